export const clientMessages = {
  offline: 'Không kết nối được với phần mềm. Hãy kiểm tra cửa sổ dòng lệnh "npm run start:browser" còn chạy không.',
  badResponse: 'Phản hồi không hợp lệ từ phần mềm.',
};
