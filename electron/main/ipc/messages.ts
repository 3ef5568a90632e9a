/** Vietnamese messages of the IPC boundary itself. */
export const ipcMessages = {
  invalidInput: 'Dữ liệu nhập chưa hợp lệ. Hãy kiểm tra lại các trường được đánh dấu.',
  unknownChannel: (channel: string) => `Chức năng "${channel}" không tồn tại.`,
  forbidden: 'Yêu cầu bị từ chối: không xác định được nguồn gửi hợp lệ.',
  internal:
    'Đã xảy ra lỗi không mong muốn; dữ liệu không bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy báo cho bộ phận kỹ thuật kèm thời điểm xảy ra.',
  malformedText: 'Văn bản chứa ký tự lỗi mã hóa hoặc ký tự rỗng (NUL); hãy gõ lại hoặc dán lại từ nguồn khác.',
  busy: 'Cơ sở dữ liệu đang bận, hãy thử lại sau giây lát.',
};
