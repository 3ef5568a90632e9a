/** Vietnamese messages about the database file itself, shown when it cannot be used. */
export const dbMessages = {
  cannotOpen: (file: string, detail: string) => `Không mở được tệp dữ liệu ${file}: ${detail}`,
  notADatabase: (file: string) =>
    `Tệp ${file} không phải là cơ sở dữ liệu của phần mềm Thi đua. Hãy kiểm tra lại thư mục dữ liệu hoặc khôi phục từ bản sao lưu.`,
  damaged: (file: string, detail: string) =>
    `Tệp dữ liệu ${file} bị hỏng (${detail}). Phần mềm không ghi gì vào tệp này; hãy khôi phục từ bản sao lưu.`,
  empty: (file: string) =>
    `Tệp dữ liệu ${file} rỗng (0 byte): dữ liệu trong tệp đã bị mất, có thể do đầy ổ đĩa hoặc sao chép bị lỗi. Phần mềm không tạo dữ liệu mới đè lên tệp này; hãy khôi phục từ bản sao lưu mới nhất.`,
  newerThanApp: (applied: number, known: number) =>
    `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (cấu trúc số ${applied}, phiên bản này chỉ biết đến số ${known}). Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.`,
  migrationChanged: (id: number, name: string) =>
    `Cấu trúc dữ liệu số ${id} (${name}) đã áp dụng không khớp với phiên bản phần mềm này. Dữ liệu không bị thay đổi; hãy liên hệ bộ phận kỹ thuật.`,
  migrationFailed: (id: number, name: string, detail: string) =>
    `Không cập nhật được cấu trúc dữ liệu số ${id} (${name}): ${detail}. Dữ liệu giữ nguyên như trước.`,
};
