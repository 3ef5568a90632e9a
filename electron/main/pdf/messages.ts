/** "12,5": millimetres and points as Vietnamese write them. */
const formatMm = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');

/** Vietnamese messages of the PDF engine (fonts and rendering). */
export const pdfMessages = {
  fontMissing: (file: string) =>
    `Thiếu tệp phông chữ ${file}. Phần mềm cần bốn tệp phông Tinos trong thư mục fonts để in văn bản tiếng Việt; hãy cài đặt lại phần mềm.`,
  fontUnreadable: (file: string, detail: string) => `Không đọc được tệp phông chữ ${file} (${detail}); hãy cài đặt lại phần mềm.`,
  renderFailed: (detail: string) => `Không tạo được tệp PDF: ${detail}`,
  fieldDoesNotFit: (name: string, widthMm: number, heightMm: number, minSize: number) =>
    `Nội dung trường "${name}" không vừa khung ${formatMm(widthMm)} x ${formatMm(heightMm)} mm, kể cả khi thu nhỏ chữ đến cỡ ${formatMm(minSize)}. Hãy rút gọn nội dung hoặc nới rộng khung của trường này.`,
  /** The same, for one sheet of a batch: "Bằng khen của Ông Nguyễn Văn An: nội dung trường ...". */
  sheetFieldDoesNotFit: (sheet: string, detail: string) => `${sheet}: ${detail.charAt(0).toLocaleLowerCase('vi')}${detail.slice(1)}`,
};
