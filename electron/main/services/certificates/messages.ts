/** Vietnamese wording of the certificates area (layouts of pre-printed blanks and their printing). */
export const certificateMessages = {
  layoutNotFound: (id: number) => `Không tìm thấy mẫu phôi có mã ${id}`,
  nameTaken: (name: string) => `Đã có mẫu phôi tên "${name}"; hãy đặt tên khác`,
  stale: (name: string) =>
    `Mẫu phôi "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại để xem bản mới rồi sửa lại; thay đổi của bạn chưa được lưu.`,
  imageType: 'Ảnh phôi phải là tệp PNG hoặc JPG',
  imageTooLarge: 'Ảnh phôi quá lớn: tối đa 10 MB',
  imageEmpty: 'Tệp ảnh rỗng',
};
