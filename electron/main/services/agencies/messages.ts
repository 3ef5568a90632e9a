import { safeFileName } from '../../../../shared/format/file-name';

/** The workbook's first sheet, and the start of an agency's workbook's file name. */
const resultsOfYear = (year: number) => `Kết quả tiêu chí ${year}`;

/** What the criteria-owners area says to users. */
export const agenciesMessages = {
  criterionNotFound: (id: number) => `Không tìm thấy tiêu chí (mã ${id}).`,
  agencyNotFound: (id: number) => `Không tìm thấy cơ quan (mã ${id}) trong danh mục đơn vị.`,
  notAnAgency: (name: string) => `"${name}" không phải là cơ quan, sở, ban, ngành; chỉ giao tiêu chí cho đơn vị loại cơ quan.`,
  agencyArchived: (name: string) => `"${name}" đã lưu trữ; khôi phục cơ quan trước khi giao tiêu chí.`,
  movementNotFound: (id: number) => `Không tìm thấy phong trào (mã ${id}).`,
  yearOutsideMovement: (year: number, start: number, end: number) => `Năm ${year} nằm ngoài thời gian của phong trào (${start} - ${end}).`,
  noCommuneSet: (year: number) => `Không có bộ tiêu chí xã nào áp dụng cho năm ${year}.`,
  letterNotFound: (id: number) => `Không tìm thấy công văn đôn đốc (mã ${id}) trong sổ văn bản.`,
  letterCancelled: (numberSymbol: string) => `Công văn số ${numberSymbol} đã bị hủy; không ghi nhận văn bản trả lời.`,
  replyBeforeLetter: (numberSymbol: string) => `Ngày nhận văn bản trả lời không được trước ngày của công văn số ${numberSymbol}.`,
  replyStale: (numberSymbol: string) => `Văn bản trả lời công văn số ${numberSymbol} vừa được người khác sửa. Tải lại để xem bản mới nhất.`,
  xlsx: {
    sheet: resultsOfYear,
    districtsSheet: 'Theo huyện',
    shortSheet: 'Xã chưa đạt',
    title: (setName: string, year: number) => `Kết quả thực hiện từng tiêu chí năm ${year} - ${setName}`,
    scope: (name: string, recorded: number) => `${name}; số xã có số liệu: ${recorded}`,
    headers: {
      number: 'TC',
      name: 'Tiêu chí',
      agencies: 'Cơ quan phụ trách',
      recorded: 'Số xã có số liệu',
      met: 'Số xã đạt',
      share: 'Tỷ lệ đạt (%)',
      previousMet: (year: number) => `Số xã đạt năm ${year}`,
      change: 'Tăng (+)/giảm (-) so với năm trước',
      notMet: 'Số xã chưa đạt',
      district: 'Huyện, thành phố',
      commune: 'Xã',
      ordinal: 'STT',
    },
    noDistrict: 'Chưa xác định huyện',
    fileName: (year: number) => `ket-qua-tung-tieu-chi-${year}.xlsx`,
    /** An agency's workbook: its name in the file name, read like the title ("Kết quả tiêu chí 2025 Sở Y tế.xlsx"). */
    agencyFileName: (year: number, agency: string) => safeFileName([resultsOfYear(year), agency], 'xlsx', `ket-qua-tung-tieu-chi-${year}`),
    agencyScope: (agency: string) => `Các tiêu chí do ${agency} phụ trách`,
  },
};
