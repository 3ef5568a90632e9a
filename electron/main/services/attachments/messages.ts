/** Vietnamese messages of the attachments service. */
export const attachmentMessages = {
  notFound: (id: number) => `Không tìm thấy tệp đính kèm số ${id}. Có thể tệp đã bị gỡ; hãy tải lại trang.`,
  ownerNotFound: 'Không tìm thấy hồ sơ để đính kèm tệp. Hãy lưu hồ sơ trước rồi đính kèm.',
  empty: (name: string) => `Tệp "${name}" rỗng (0 byte).`,
  tooLarge: (name: string, size: string) =>
    `Tệp "${name}" nặng ${size}, quá giới hạn 25 MB. Hãy nén hoặc quét lại với độ phân giải thấp hơn.`,
  badExtension: (name: string) =>
    `Tệp "${name}" không thuộc loại được nhận. Chỉ nhận PDF, Word (.doc, .docx), Excel (.xls, .xlsx) và ảnh (.jpg, .png).`,
  contentMismatch: (name: string) =>
    `Nội dung tệp "${name}" không đúng với phần mở rộng của tên tệp. Có thể tệp bị hỏng hoặc bị đổi tên; hãy mở thử rồi lưu lại đúng định dạng.`,
  duplicate: (name: string, existing: string) => `Tệp "${name}" đã được đính kèm vào hồ sơ này (tên "${existing}").`,
  cannotStore: (detail: string) => `Không lưu được tệp vào thư mục dữ liệu: ${detail}`,
  cannotRead: (name: string, detail: string) => `Không đọc được tệp "${name}": ${detail}`,
  fileMissing: (name: string) => `Tệp "${name}" không còn trong thư mục dữ liệu. Hãy gỡ và đính kèm lại.`,
  fileChanged: (name: string) => `Tệp "${name}" trong thư mục dữ liệu đã bị thay đổi so với lúc đính kèm. Hãy gỡ và đính kèm lại.`,
  noShell: 'Chức năng này chỉ có trong ứng dụng trên máy tính. Trên trình duyệt, hãy dùng nút Tải lên và Tải xuống.',
  cannotOpen: (name: string, detail: string) => `Không mở được tệp "${name}": ${detail}`,
  cannotSave: (detail: string) => `Không lưu được tệp: ${detail}`,
  dialogTitle: 'Chọn tệp đính kèm',
  saveTitle: 'Lưu tệp đính kèm',
  filterName: 'Tệp được nhận (PDF, Word, Excel, ảnh)',
};
