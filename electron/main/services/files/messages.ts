/** Vietnamese messages about files the user gives the app. */
export const fileMessages = {
  xlsxUnreadable:
    'Không đọc được tệp: tệp không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi thử lại.',
  xlsxTooLarge:
    'Tệp Excel quá lớn khi giải nén (quá 64 MB dữ liệu bảng tính) nên không được đọc. Hãy chia danh sách thành nhiều tệp nhỏ hơn, hoặc xóa các trang tính không cần thiết.',
  xlsxTooManyParts: (count: number) =>
    `Tệp Excel có ${count} thành phần bên trong, nhiều bất thường, nên không được đọc. Hãy lưu lại tệp bằng Excel rồi thử lại.`,
  xlsxTooManyRows: (max: string) => `Tệp Excel có hơn ${max} dòng nên không được đọc. Hãy chia danh sách thành nhiều tệp nhỏ hơn.`,
  xlsxTooManyCells: (max: string) =>
    `Tệp Excel có hơn ${max} ô dữ liệu nên không được đọc. Hãy xóa các cột, trang tính không cần thiết hoặc chia thành nhiều tệp.`,
  cellFormulaWithoutResult: (place: string) =>
    `Ô ${place} chứa công thức nhưng tệp không lưu kết quả của công thức nên không đọc được giá trị. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại, hoặc dán giá trị thay cho công thức.`,
  cellError: (place: string, error: string) => `Ô ${place} có lỗi ${error}: công thức không tính được. Hãy sửa ô này rồi nhập lại.`,
  mergedCell: (place: string, master: string) =>
    `Ô ${place} nằm trong vùng ô gộp bắt đầu từ ô ${master}: mỗi ô dữ liệu phải có giá trị riêng. Hãy bỏ gộp ô (Merge & Center) và ghi giá trị vào từng ô rồi nhập lại.`,
};
