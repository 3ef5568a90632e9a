/** Vietnamese messages of the PDF engine (fonts and rendering). */
export const pdfMessages = {
  fontMissing: (file: string) =>
    `Thiếu tệp phông chữ ${file}. Phần mềm cần bốn tệp phông Tinos trong thư mục fonts để in văn bản tiếng Việt; hãy cài đặt lại phần mềm.`,
  fontUnreadable: (file: string, detail: string) => `Không đọc được tệp phông chữ ${file} (${detail}); hãy cài đặt lại phần mềm.`,
  renderFailed: (detail: string) => `Không tạo được tệp PDF: ${detail}`,
};
