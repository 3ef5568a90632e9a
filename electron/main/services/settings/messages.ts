export const settingsMessages = {
  notInitialized: 'Phần mềm chưa được thiết lập. Hãy chọn tỉnh và điền thông tin ở màn hình thiết lập ban đầu.',
  alreadyInitialized: 'Cơ sở dữ liệu đã được thiết lập trước đó; không thể thiết lập lại.',
  staleVersion:
    'Cài đặt vừa được người khác (hoặc ở cửa sổ khác) thay đổi. Hãy tải lại để xem giá trị mới rồi sửa lại; thay đổi của bạn chưa được lưu.',
  provinceNotFound: (code: string) => `Không tìm thấy tỉnh có mã ${code} trong danh mục đơn vị hành chính.`,
};
