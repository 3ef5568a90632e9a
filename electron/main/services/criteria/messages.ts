import { ACCEPTED_MARKS_TEXT } from '../../../../shared/domain/criteria-marks';
import { formatDate } from '../../../../shared/format/date';

/** Vietnamese messages of criteria, yearly records, recognitions, income and the XLSX import. */
export const criteriaMessages = {
  unitNotFound: (id: number) => `Không tìm thấy đơn vị (mã bản ghi ${id}); hãy tải lại.`,
  notDistrict: (name: string) => `"${name}" không phải đơn vị cấp huyện.`,
  unitNotValidInYear: (name: string, year: number, validTo: string | null, validFrom: string | null) =>
    validTo && validTo < `${year}-01-01`
      ? `Đơn vị "${name}" chỉ còn hiệu lực đến ngày ${formatDate(validTo)}; không nhập được số liệu năm ${year}.`
      : `Đơn vị "${name}" có hiệu lực từ ngày ${formatDate(validFrom)}; không nhập được số liệu năm ${year}.`,
  noSetForUnit: (name: string, year: number) =>
    `Chưa có bộ tiêu chí áp dụng cho "${name}" trong năm ${year}. Hãy kiểm tra thời gian hiệu lực của các bộ tiêu chí.`,
  emptySet: (setName: string) => `${setName} chưa có tiêu chí nào; hãy thêm tiêu chí trước khi nhập kết quả.`,
  unknownCriterion: (number: number, setName: string) => `Tiêu chí số ${number} không có trong ${setName}.`,
  recordStale: (name: string, year: number) =>
    `Kết quả tiêu chí năm ${year} của "${name}" vừa được lưu ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại rồi nhập lại.`,
  notInDistrict: (name: string, district: string) => `"${name}" không thuộc ${district} hoặc không áp dụng bộ tiêu chí xã.`,
  duplicateRow: (name: string) => `"${name}" xuất hiện hai lần trong danh sách cần lưu.`,
  setNotFound: (id: number) => `Không tìm thấy bộ tiêu chí (mã bản ghi ${id}).`,
  setStale: (name: string) => `${name} vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  setNotEditable: (name: string) => `${name} là bộ tiêu chí quốc gia; không thêm, bớt hoặc đổi tên tiêu chí được.`,
  criterionNotFound: (id: number) => `Không tìm thấy tiêu chí (mã bản ghi ${id}).`,
  criterionStale: (name: string) => `Tiêu chí "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  numberTaken: (number: number) => `Số thứ tự ${number} đã có tiêu chí khác trong bộ này.`,
  levelNotForKind: (level: string, name: string) => `Mức "${level}" không áp dụng cho "${name}".`,
  kindHasNoLevels: (name: string) => `"${name}" không thuộc loại đơn vị được công nhận nông thôn mới.`,
  recognitionStale: (name: string, year: number) =>
    `Kết quả công nhận năm ${year} của "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại.`,
  recognitionNotFound: (id: number) => `Không tìm thấy quyết định công nhận (mã bản ghi ${id}); có thể đã bị xóa ở nơi khác. Hãy tải lại.`,
  recognitionYearTaken: (name: string, year: number) =>
    `"${name}" đã có quyết định công nhận năm ${year}. Hãy sửa quyết định đó thay vì chuyển quyết định này sang năm ${year}.`,
  recognitionGone: (name: string, year: number) => `Quyết định công nhận năm ${year} của "${name}" vừa bị xóa ở nơi khác. Hãy tải lại.`,
  communeNotInGrid: (name: string, district: string) => `"${name}" không phải xã thuộc ${district} trong năm đang nhập.`,
  unitNotInDistrict: (name: string, district: string) => `"${name}" không phải xã, thôn thuộc ${district}.`,
  unitStale: (name: string) => `Đơn vị "${name}" vừa được sửa ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại rồi chọn lại.`,
  incomeUnitKind: 'Thu nhập bình quân chỉ nhập cho tỉnh hoặc đơn vị cấp huyện.',
  incomeStale: (name: string, year: number) => `Thu nhập năm ${year} của "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại.`,
};

/** Why a recognition looks unlikely (shown as a warning; the user may still save). */
export const recognitionWarnings = {
  noEarlier: (name: string, year: number, level: string, required: string) =>
    `${name} chưa có quyết định công nhận "${required}" nào trước năm ${year}; mức "${level}" thường chỉ xét cho đơn vị đã đạt "${required}".`,
  fewCriteria: (name: string, year: number, count: number, total: number) =>
    `Kết quả tiêu chí năm ${year} của ${name} mới đạt ${count}/${total} tiêu chí; đơn vị được công nhận thường đạt đủ ${total} tiêu chí.`,
};

/** Messages of the ethnic-minority-area list read from XLSX. */
export const ethnicListMessages = {
  noHeader: 'Không tìm thấy dòng tiêu đề có cột "Tên đơn vị" trong 10 dòng đầu của trang tính.',
  noRows: 'Tệp không có dòng dữ liệu nào.',
  unknownUnit: (row: number, name: string) => `Dòng ${row}: không tìm thấy xã, thôn "${name}" trong huyện đã chọn.`,
  ambiguous: (row: number, name: string) =>
    `Dòng ${row}: có nhiều đơn vị tên "${name}" trong huyện; hãy ghi mã đơn vị hoặc tên đầy đủ (Thôn ..., Xã ...).`,
  approximate: (row: number, name: string, near: string[]) =>
    `Dòng ${row}: tên "${name}" chỉ gần đúng với ${near.map((n) => `"${n}"`).join(', ')}; hãy ghi đúng tên hoặc mã đơn vị (phần mềm không tự chọn).`,
  badFlag: (row: number, value: string) => `Dòng ${row}, cột vùng DTTS: giá trị '${value}' không hợp lệ. Chỉ ghi ${ACCEPTED_MARKS_TEXT}.`,
};

/** Messages of the XLSX template and import. */
export const importMessages = {
  unreadable: 'Không đọc được tệp Excel. Hãy dùng tệp .xlsx tải từ mẫu của phần mềm.',
  noHeader: 'Không tìm thấy dòng tiêu đề có cột "Mã đơn vị" và "Tên đơn vị" trong 10 dòng đầu của trang tính.',
  missingColumn: (label: string) => `Thiếu cột "${label}" trong dòng tiêu đề.`,
  unknownColumn: (label: string) => `Cột "${label}" không phải tiêu chí của bộ tiêu chí đang áp dụng.`,
  noRows: 'Tệp không có dòng dữ liệu nào.',
  unknownUnit: (code: string, name: string) => `Không tìm thấy xã có mã "${code}"${name ? ` hoặc tên "${name}"` : ''} trong huyện đã chọn.`,
  ambiguousName: (name: string) => `Có nhiều xã tên "${name}"; hãy ghi mã đơn vị.`,
  chooseUnit: (name: string, count: number) =>
    count === 1
      ? `Tên "${name}" chỉ gần đúng với một xã: hãy chọn xã đúng trong danh sách (sẽ không tự chọn).`
      : `Tên "${name}" có thể là ${count} xã: hãy chọn xã đúng trong danh sách.`,
  resolutionNotInDistrict: (name: string) => `Xã đã chọn cho "${name}" không thuộc huyện này hoặc không áp dụng bộ tiêu chí; hãy chọn lại.`,
  codeNameMismatch: (code: string, name: string, actual: string) => `Mã "${code}" là của "${actual}", không phải "${name}".`,
  badCell: (row: number, code: string, name: string, value: string) =>
    `Dòng ${row}, tiêu chí ${code}${name ? ` (${name})` : ''}: giá trị '${value}' không hợp lệ. Chỉ ghi ${ACCEPTED_MARKS_TEXT}.`,
  validationTitle: 'Giá trị không hợp lệ',
  validationError: `Chỉ ghi ${ACCEPTED_MARKS_TEXT}.`,
  duplicate: (name: string, firstRow: number) => `"${name}" đã có ở dòng ${firstRow}.`,
  refused: (count: number) => `Tệp còn ${count} dòng có lỗi nên chưa nhập dòng nào. Hãy sửa các dòng báo lỗi rồi nhập lại.`,
  sheetTitle: (year: number, district: string) =>
    `KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM ${year} - ${district.toLocaleUpperCase('vi')}`,
  sheetHint: `Ô tiêu chí: ghi ${ACCEPTED_MARKS_TEXT}. Không sửa cột Mã đơn vị.`,
};
