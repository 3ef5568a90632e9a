/** Vietnamese messages of backups and restores. */
export const backupMessages = {
  busy: 'Đang sao lưu hoặc khôi phục dữ liệu; hãy đợi việc đó xong rồi thử lại.',
  maintenance: 'Đang khôi phục dữ liệu từ bản sao lưu; hãy đợi trong giây lát rồi thử lại.',
  notFound: (id: string) => `Không tìm thấy bản sao lưu ${id}; có thể bản sao lưu đã được dọn bớt. Hãy tải lại danh sách.`,
  copyDamaged: (id: string, detail: string) =>
    `Bản sao lưu ${id} bị hỏng (${detail}) nên không được dùng để khôi phục. Dữ liệu hiện tại không thay đổi; hãy chọn bản sao lưu khác.`,
  notOurs: (id: string) => `Bản sao lưu ${id} không phải là dữ liệu của phần mềm Thi đua nên không được khôi phục.`,
  newer: (id: string, detail: string) => `Không khôi phục được bản sao lưu ${id}: ${detail}`,
  filesMissing: (id: string, count: number) =>
    `Bản sao lưu ${id} thiếu ${count} tệp văn bản hoặc tệp đính kèm nên không được dùng để khôi phục. Dữ liệu hiện tại không thay đổi.`,
  cannotWrite: (detail: string) => `Không ghi được bản sao lưu: ${detail}. Hãy kiểm tra dung lượng ổ đĩa và quyền ghi thư mục dữ liệu.`,
  mirrorFailed: (dir: string, detail: string) => `Không chép được sang thư mục thứ hai ${dir}: ${detail}`,
  mirrorNotAbsolute: 'Thư mục sao lưu thứ hai phải là đường dẫn đầy đủ (ví dụ E:\\SaoLuu hoặc \\\\may-chu\\chung\\SaoLuu).',
  mirrorInsideData: 'Thư mục sao lưu thứ hai phải nằm ngoài thư mục dữ liệu (nên ở ổ đĩa khác hoặc USB).',
  /** The portable archive (one zip to move the data to a new PC) and its import. */
  archive: {
    notZip: 'Tệp đã chọn không phải là tệp nén (.zip) đọc được. Dữ liệu hiện tại không thay đổi.',
    noManifest:
      'Tệp nén không có bảng kê (manifest.json) hợp lệ của phần mềm Thi đua nên không được nhập. Dữ liệu hiện tại không thay đổi.',
    strangePath: (name: string) =>
      `Tệp nén có mục "${name}" không thuộc dữ liệu Thi đua (hoặc đường dẫn không an toàn) nên không được nhập. Dữ liệu hiện tại không thay đổi.`,
    duplicate: (name: string) => `Tệp nén có hai mục cùng tên "${name}" nên không được nhập. Dữ liệu hiện tại không thay đổi.`,
    oversize: 'Tệp nén lớn hơn mức cho phép hoặc có mục giải nén ra lớn hơn khai báo nên không được nhập. Dữ liệu hiện tại không thay đổi.',
    missing: (name: string) => `Tệp nén thiếu "${name}" có trong bảng kê nên không được nhập. Dữ liệu hiện tại không thay đổi.`,
    unlisted: (name: string) => `Tệp nén có "${name}" không có trong bảng kê nên không được nhập. Dữ liệu hiện tại không thay đổi.`,
    mismatch: (name: string) =>
      `Nội dung "${name}" trong tệp nén khác với bảng kê (mã kiểm tra SHA-256 hoặc kích thước không khớp): tệp có thể đã bị hỏng hoặc bị sửa. Dữ liệu hiện tại không thay đổi.`,
    damaged: (detail: string) => `Cơ sở dữ liệu trong tệp nén bị hỏng (${detail}) nên không được nhập. Dữ liệu hiện tại không thay đổi.`,
    notOurs: 'Cơ sở dữ liệu trong tệp nén không phải của phần mềm Thi đua nên không được nhập. Dữ liệu hiện tại không thay đổi.',
    newer: (detail: string) => `Không nhập được tệp nén: ${detail}`,
    filesMissing: (count: number) =>
      `Tệp nén thiếu ${count} tệp văn bản hoặc tệp đính kèm mà dữ liệu cần nên không được nhập. Dữ liệu hiện tại không thay đổi.`,
    sourceMissing: (count: number) =>
      `Thiếu ${count} tệp văn bản hoặc tệp đính kèm trong thư mục dữ liệu nên chưa tạo được tệp chuyển máy đầy đủ. Hãy khôi phục các tệp đó từ bản sao lưu rồi thử lại.`,
    noFile: (file: string) => `Không tìm thấy tệp ${file}.`,
    fileName: 'Dữ liệu Thi đua chuyển máy',
  },
};
