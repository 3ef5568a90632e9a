import {
  AWARD_LEVEL_LABELS,
  type AwardLevel,
  COMMENDATION_KIND_LABELS,
  type CommendationKind,
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
  NOMINEE_KIND_LABELS,
  type NomineeKind,
} from '../../../../shared/domain/nominations';
import { formatDate } from '../../../../shared/format/date';

const MANUAL_PREFIX = 'Cần xem hồ sơ: ';
const status = (s: NominationStatus) => `"${NOMINATION_STATUS_LABELS[s]}"`;

/** Reasons of the eligibility engine, in Vietnamese. */
export const eligibilityMessages = {
  manualPrefix: MANUAL_PREFIX,
  manual: (text: string) => `${MANUAL_PREFIX}${text}`,
  noYear: 'chưa có năm nào',
  ratingOrBetter: (label: string) => `${label} trở lên`,
  consecutiveMet: (years: number, label: string, window: number[]) =>
    years === 1 ? `Có ${label} năm ${window[0]}` : `Đủ ${years} năm liên tục ${label} (${window.join(', ')})`,
  consecutiveMissing: (years: number, label: string, end: number, held: string) =>
    years === 1 ? `Chưa có ${label} năm ${end}` : `Chưa đủ ${years} năm liên tục ${label} (có: ${held})`,
  noRating: (years: number[]) => `Chưa có kết quả xếp loại mức độ hoàn thành nhiệm vụ năm ${years.join(', ')}`,
  noAward: (name: string) => `Chưa có ${name}`,
  tooSoonAfter: (name: string, year: number, got: number, need: number) => `Từ ${name} năm ${year} mới được ${got} năm, cần ${need} năm`,
  afterMet: (name: string, year: number, years: number, label: string) => `Sau ${name} năm ${year}: đủ ${years} năm liên tục ${label}`,
  afterMissing: (years: number, label: string, name: string, year: number, held: string) =>
    `Chưa đủ ${years} năm liên tục ${label} sau ${name} năm ${year} (có: ${held})`,
  withinMet: (count: number, label: string, years: number[]) => `Đủ ${count} lần ${label} (${years.join(', ')})`,
  withinMissing: (count: number, label: string, name: string, year: number, held: string) =>
    `Chưa đủ ${count} lần ${label} sau ${name} năm ${year} (có: ${held})`,
  initiativesMet: (count: number, scope: string, from: number, to: number) =>
    `Có ${count} sáng kiến, đề tài ${scope} (${from === to ? `năm ${to}` : `${from}-${to}`})`,
  initiativesMissing: (count: number, scope: string, from: number, to: number, got: number) =>
    `Chưa đủ ${count} sáng kiến, đề tài ${scope} trong ${from === to ? `năm ${to}` : `các năm ${from}-${to}`} (có: ${got})`,
  disciplined: (year: number, detail: string) => `Bị kỷ luật năm ${year}${detail ? ` (${detail})` : ''}`,
  notCounted: (name: string, year: number, kind: CommendationKind) =>
    `${name} năm ${year} là khen thưởng ${COMMENDATION_KIND_LABELS[kind].toLowerCase()}, không được tính làm căn cứ đề nghị khen thưởng công trạng (Điều 4 Nghị định 152/2025/NĐ-CP)`,
  noHistory: 'Chưa có quá trình khen thưởng, xếp loại của đối tượng để đối chiếu',
  noRule: (award: string, kind: CommendationKind, date: string) =>
    `Chưa có quy tắc xét ${award} cho loại hình "${COMMENDATION_KIND_LABELS[kind]}" áp dụng ngày ${formatDate(date)}`,
};

/** Vietnamese messages of rounds, nominees, nominations and the list import. */
export const nominationMessages = {
  ruleNotFound: (id: number) => `Không tìm thấy quy tắc (mã bản ghi ${id}); hãy tải lại danh mục.`,
  ruleStale: 'Quy tắc vừa được thay đổi ở nơi khác. Hãy tải lại danh mục rồi sửa lại.',
  thresholdRequired: 'Có bỏ phiếu thì cần tỷ lệ tán thành.',
  awardNotFound: (code: string) => `Không có danh hiệu, hình thức khen thưởng mã "${code}" trong danh mục.`,
  roundNotFound: (id: number) => `Không tìm thấy đợt xét khen thưởng (mã bản ghi ${id}); hãy tải lại danh sách.`,
  roundStale: (name: string) => `Đợt xét "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  roundInUse: (name: string, count: number) =>
    `Đợt xét "${name}" đã có ${count} hồ sơ đề nghị; không đổi năm hoặc loại hình khen thưởng được nữa.`,
  roundClosed: (name: string) => `Đợt xét "${name}" đã kết thúc; không thêm hồ sơ được nữa.`,
  movementNotFound: (id: number) => `Không tìm thấy phong trào (mã bản ghi ${id}).`,
  unitNotFound: (id: number) => `Không tìm thấy đơn vị (mã bản ghi ${id}).`,
  nomineeNotFound: (id: number) => `Không tìm thấy đối tượng (mã bản ghi ${id}); hãy tải lại.`,
  birthDateYear: 'Ngày sinh và năm sinh không khớp nhau.',
  /** A refused row of nominees.createBulk, numbered from 1 as the list shows it. */
  bulkRow: (row: number, message: string) => `Dòng ${row}: ${message}`,
  kindCannotChange: 'Không đổi được loại đối tượng (cá nhân, tập thể, hộ gia đình); hãy tạo đối tượng mới.',
  nomineeStale: (name: string) => `Thông tin của "${name}" vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`,
  nominationLocked: (s: NominationStatus) => `Hồ sơ đang ở trạng thái ${status(s)}; không sửa nội dung đề nghị được nữa.`,
  historyTwice: (name: string, year: number) => `Đối tượng đã có ${name} năm ${year} trong quá trình.`,
  historyYearAfter: (year: number) => `Năm ${year} chưa tới; chỉ ghi quá trình đến năm hiện tại.`,
  decisionBeforeYear: 'Ngày quyết định không được trước năm khen thưởng.',
  nominationNotFound: (id: number) => `Không tìm thấy hồ sơ đề nghị (mã bản ghi ${id}); hãy tải lại.`,
  nominationStale: (name: string) => `Hồ sơ của "${name}" vừa được thay đổi ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại.`,
  nominationTwice: (name: string, award: string) => `"${name}" đã được đề nghị ${award} trong đợt này.`,
  wrongNomineeKind: (award: string, kind: NomineeKind) => `${award} không xét cho đối tượng là ${NOMINEE_KIND_LABELS[kind].toLowerCase()}.`,
  wrongCommendationKind: (award: string, kind: CommendationKind) =>
    `${award} không xét theo loại hình "${COMMENDATION_KIND_LABELS[kind]}" của đợt này.`,
  badTransition: (from: NominationStatus, to: NominationStatus) => `Không chuyển được hồ sơ từ ${status(from)} sang ${status(to)}.`,
  sameStatus: (s: NominationStatus) => `Hồ sơ đã ở trạng thái ${status(s)}.`,
  reasonRequired: 'Cần ghi lý do trả hồ sơ để đơn vị bổ sung.',
  missingDocuments: (labels: string[]) => `Hồ sơ chưa đủ thành phần: ${labels.join('; ')}.`,
  documentNotInChecklist: (code: string, award: string) => `Thành phần "${code}" không thuộc hồ sơ ${award}.`,
  attachmentNotOwned: (id: number) => `Tệp (mã ${id}) không phải tệp đính kèm của hồ sơ này.`,
  documentsLocked: (s: NominationStatus) => `Hồ sơ đang ở trạng thái ${status(s)}; không sửa thành phần hồ sơ được nữa.`,
  // Flags
  flagSameRound: (award: string) => `Đối tượng cũng được đề nghị ${award} trong cùng đợt`,
  flagOtherLevel: (award: string, level: AwardLevel, round: string) =>
    `Đối tượng cũng được đề nghị ${award} (${AWARD_LEVEL_LABELS[level].toLowerCase()}) trong đợt "${round}" cùng năm`,
  flagOverdue: (unit: string, count: number) => `${unit} có ${count} kiến nghị kiểm tra quá hạn chưa thực hiện`,
  // Import
  importBadFile: 'Không đọc được tệp: tệp không phải bảng tính Excel (.xlsx) hợp lệ.',
  importTooManyRows: (max: number) => `Danh sách có quá ${max} dòng; hãy chia thành nhiều tệp.`,
  importNoSheet: (name: string) => `Không có trang tính "${name}" trong tệp.`,
  importNoList:
    'Không tìm thấy danh sách trong tệp: cần một dòng tiêu đề có cột "Họ và tên" (hoặc "Tên tập thể") và cột "Hình thức khen thưởng".',
  importNoRows: 'Danh sách không có dòng nào có dữ liệu.',
  importHasErrors: (count: number, first?: { row: number; error: string }) =>
    `Còn ${count} dòng có lỗi${first ? ` (dòng ${first.row}: ${first.error})` : ''}; hãy sửa tệp rồi nhập lại. Chưa có dòng nào được ghi.`,
  importNeedsUnit: 'Hãy chọn đơn vị đề nghị trước khi nhập danh sách.',
  rowNoName: 'Thiếu tên đối tượng',
  rowUnknownAward: (value: string) => `Không nhận ra hình thức khen thưởng "${value}"`,
  rowNoAward: 'Thiếu hình thức khen thưởng',
  rowUnknownKind: (value: string) => `Không nhận ra loại đối tượng "${value}" (cá nhân, tập thể, hộ gia đình)`,
  rowUnknownGender: (value: string) => `Không nhận ra giới tính "${value}" (Nam, Nữ)`,
  rowBadBirth: (value: string) => `Ngày sinh, năm sinh không hợp lệ: "${value}"`,
  rowUnknownClass: (value: string) => `Không nhận ra phân loại "${value}"`,
  rowWrongKind: (award: string, kind: NomineeKind) => `${award} không xét cho ${NOMINEE_KIND_LABELS[kind].toLowerCase()}`,
  rowTwice: (row: number) => `Trùng với dòng ${row}`,
  rowAlreadyInRound: 'Đối tượng đã được đề nghị hình thức này trong đợt',
};
