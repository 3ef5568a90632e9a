/** Vietnamese messages of the document register. */
export const documentMessages = {
  notFound: (id: number) => `Không tìm thấy văn bản (mã bản ghi ${id}) trong sổ văn bản. Hãy tải lại danh sách.`,
  stale: (numberSymbol: string) =>
    `Văn bản số ${numberSymbol} vừa được thay đổi ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại rồi thử lại.`,
  alreadyCancelled: (numberSymbol: string) => `Văn bản số ${numberSymbol} đã bị hủy trước đó. Số của văn bản đã hủy không được cấp lại.`,
  fileMissing: (numberSymbol: string, file: string) =>
    `Không tìm thấy tệp PDF của văn bản số ${numberSymbol} (${file}). Tệp có thể đã bị xóa hoặc di chuyển khỏi thư mục dữ liệu; hãy khôi phục từ bản sao lưu.`,
  fileChanged: (numberSymbol: string) =>
    `Tệp PDF của văn bản số ${numberSymbol} đã bị thay đổi sau khi phát hành (mã kiểm tra SHA-256 không khớp với sổ văn bản). Phần mềm không mở tệp này; hãy khôi phục tệp từ bản sao lưu.`,
  badFilePath: (numberSymbol: string) => `Đường dẫn tệp PDF của văn bản số ${numberSymbol} không hợp lệ.`,
  numberBusy: 'Không cấp được số văn bản vì nhiều văn bản đang được phát hành cùng lúc. Hãy thử lại.',
  unknownRecordKind: (entity: string) => `Không có loại hồ sơ "${entity}" để lưu văn bản kèm theo; văn bản chưa được cấp số.`,
  recordNotFound: (entity: string, id: number) =>
    `Không tìm thấy hồ sơ kèm theo văn bản (${entity}, mã bản ghi ${id}); hồ sơ có thể đã bị xóa. Văn bản chưa được cấp số.`,
  cannotStore: (detail: string) => `Không lưu được tệp PDF vào thư mục dữ liệu: ${detail}`,
  workingList: (title: string) =>
    `"${title}" là danh sách làm việc, không phải văn bản ban hành: danh sách được in không có số và không lấy số trong sổ văn bản. Hãy xem trước, lưu PDF hoặc in; danh sách cần số phải là phụ lục của một văn bản có số.`,
};

/** Vietnamese messages of Save as and Print through the desktop shell. */
export const exportMessages = {
  noShell:
    'Hộp thoại lưu và in của máy tính chỉ có trong ứng dụng Thi đua cài trên máy. Trên trình duyệt, hãy bấm "Lưu PDF" để tải tệp xuống và in từ trình xem PDF của trình duyệt.',
  cannotSave: (detail: string) => `Không lưu được tệp PDF: ${detail}`,
  cannotPrint: (detail: string) => `Không mở được văn bản để in: ${detail}`,
};
