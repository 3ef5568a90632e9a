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
};
