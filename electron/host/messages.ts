/** Vietnamese messages of the browser host. */
export const hostMessages = {
  badHost: 'Yêu cầu bị từ chối: địa chỉ máy chủ không hợp lệ.',
  postOnly: 'Giao diện lập trình chỉ nhận yêu cầu POST.',
  getOnly: 'Chỉ hỗ trợ yêu cầu GET.',
  badJson: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  missingToken: 'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ (có ?token=...) mà lệnh npm run start:browser đã in ra.',
  noRenderer: 'Chưa có giao diện đã biên dịch. Hãy chạy npm run build trước.',
  notFound: 'Không tìm thấy tệp.',
  internal: 'Máy chủ gặp lỗi không mong muốn.',
  tooLarge: 'Dữ liệu gửi lên quá lớn.',
};
