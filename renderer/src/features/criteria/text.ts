import { ACCEPTED_MARKS_TEXT } from '@shared/domain/criteria-marks';

/** Vietnamese text of the criteria grid screen (Tiêu chí nông thôn mới). Level names come from shared/text/movements-text.ts. */
export const criteriaText = {
  title: 'Tiêu chí nông thôn mới',
  setsLink: 'Bộ tiêu chí',
  district: 'Huyện, thành phố',
  districtPlaceholder: 'Gõ tên huyện, không cần dấu',
  year: 'Năm',
  chooseDistrict: 'Chọn huyện và năm để nhập kết quả tiêu chí của các xã.',
  districtsFailed: 'Không đọc được danh sách huyện',
  loadFailed: 'Không đọc được kết quả tiêu chí',
  loading: 'Đang đọc kết quả tiêu chí',
  noRows: (district: string) => `${district} không có xã nào áp dụng bộ tiêu chí xã trong năm này.`,
  setLine: (name: string, legal: string) => (legal ? `${name} (${legal})` : name),

  grid: {
    label: (district: string, year: number) => `Kết quả tiêu chí năm ${year} - ${district}`,
    help: 'Phím mũi tên để di chuyển, phím cách để đánh dấu đạt/chưa đạt, Home/End để về đầu/cuối dòng. Dán (Ctrl+V) một cột từ Excel để điền từ ô đang chọn trở xuống.',
    index: 'STT',
    commune: 'Xã',
    count: 'Số TC',
    countTitle: 'Số tiêu chí đạt trong năm',
    previous: 'Năm trước',
    previousTitle: (year: number) => `Số tiêu chí đạt năm ${year}`,
    level: 'Mức công nhận',
    criterionTitle: (number: number, name: string) => `${number}. ${name}`,
    cellLabel: (number: number, commune: string) => `Tiêu chí ${number}, ${commune}`,
    countValue: (met: number, total: number) => `${met}/${total}`,
    none: '—',
    notEntered: 'Chưa nhập',
    changeLevel: (commune: string) => `Đổi mức công nhận của ${commune}`,
    changed: 'Ô đã thay đổi, chưa lưu',
  },

  dirty: 'Có thay đổi chưa lưu',
  save: 'Lưu',
  revert: 'Hủy thay đổi',
  saved: (district: string, year: number) => `Đã lưu kết quả tiêu chí năm ${year} của ${district}`,
  saveFailed: 'Chưa lưu được',
  conflict:
    'Dữ liệu đã được người khác sửa trong lúc bạn nhập. Thay đổi của bạn chưa được lưu. Bấm "Tải lại" để xem bản mới nhất (các thay đổi chưa lưu sẽ mất) rồi nhập lại.',
  reload: 'Tải lại',

  paste: {
    title: 'Không dán được',
    badValue: (commune: string, number: number, value: string) =>
      `Dòng "${commune}", tiêu chí ${number}: giá trị "${value}" không hợp lệ. Chỉ dùng ${ACCEPTED_MARKS_TEXT}. Chưa ô nào bị thay đổi.`,
    tooManyRows: (rows: number, room: number) =>
      `Nội dung dán có ${rows} dòng nhưng từ ô đang chọn trở xuống chỉ còn ${room} xã. Chưa ô nào bị thay đổi.`,
    tooManyColumns: (columns: number, room: number) =>
      `Nội dung dán có ${columns} cột nhưng từ ô đang chọn sang phải chỉ còn ${room} tiêu chí. Chưa ô nào bị thay đổi.`,
  },

  leave: {
    title: 'Rời trang khi chưa lưu?',
    body: 'Kết quả tiêu chí vừa nhập chưa được lưu. Nếu rời trang, các thay đổi này sẽ mất.',
    stay: 'Ở lại',
    leave: 'Rời trang, bỏ thay đổi',
  },

  xlsx: {
    template: 'Tải mẫu Excel',
    import: 'Nhập từ Excel',
    templateFailed: 'Không tải được mẫu Excel',
    readFailed: 'Không đọc được tệp đã chọn',
    dirtyFirst: 'Hãy lưu hoặc hủy các thay đổi trên bảng trước khi nhập từ Excel.',
    previewTitle: (fileName: string) => `Xem trước dữ liệu nhập: ${fileName}`,
    summary: (rows: string, errors: string) => `${rows} dòng, ${errors} dòng có lỗi`,
    allGood: 'Không có lỗi. Bấm "Ghi dữ liệu" để ghi kết quả của tất cả các dòng.',
    needChoice: (count: string) =>
      `${count} tên đơn vị chưa chắc chắn (gần đúng hoặc có thể là nhiều xã): hãy chọn xã đúng ở các dòng tô đỏ bên dưới. Phần mềm không tự chọn thay.`,
    hasErrors: 'Tệp còn dòng có lỗi nên chưa ghi được dòng nào. Hãy sửa các dòng báo lỗi trong tệp Excel rồi nhập lại.',
    tableLabel: 'Các dòng của tệp Excel',
    rowNumber: 'Dòng',
    code: 'Mã',
    name: 'Tên đơn vị',
    met: 'Tiêu chí đạt',
    count: 'Số TC',
    errors: 'Lỗi',
    ok: 'Hợp lệ',
    picked: 'Hợp lệ (đã chọn)',
    written: (name: string) => `Trong tệp: ${name}`,
    commit: 'Ghi dữ liệu',
    close: 'Đóng',
    committed: (rows: string, year: number) => `Đã ghi kết quả tiêu chí năm ${year} của ${rows} xã từ tệp Excel`,
  },
};
