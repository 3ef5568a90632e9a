import { COUNCIL_ROLE_LABELS, type CouncilRole } from '../../../../shared/domain/council';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../../../shared/domain/nominations';
import { formatDate } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';

/** "80,0" for a share; "80" or "66,67" for a configured threshold. */
export const percent = (value: number) => formatNumber(value, 1);
export const threshold = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 2);

/** Vietnamese wording of the council area. */
export const councilMessages = {
  personNotFound: (id: number) => `Không tìm thấy người có mã ${id} trong danh bạ`,
  memberNotFound: (id: number) => `Không tìm thấy thành viên Hội đồng có mã ${id}`,
  termOrder: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu',
  seatOverlap: (name: string) => `${name} đã là thành viên Hội đồng trong khoảng thời gian này`,
  notMemberOn: (name: string, date: string) => `${name} không phải thành viên Hội đồng vào ngày ${formatDate(date)}`,
  notMemberIdOn: (id: number, date: string) => `Thành viên có mã ${id} không thuộc Hội đồng vào ngày ${formatDate(date)}`,
  chairRole: (name: string, role: CouncilRole) =>
    `${name} là ${COUNCIL_ROLE_LABELS[role]}: chủ trì phiên họp phải là Chủ tịch hoặc Phó Chủ tịch Hội đồng`,
  chairIsSecretary: 'Người chủ trì và thư ký phiên họp phải là hai người khác nhau',
  memberStale: 'Thành viên Hội đồng vừa được người khác sửa; hãy tải lại rồi làm lại',
  termEndsBeforeSession: (name: string, date: string) =>
    `${name} đã tham gia phiên họp ngày ${formatDate(date)}: ngày kết thúc nhiệm kỳ phải từ ngày đó trở đi`,
  roleAfterSessions: (name: string, date: string) =>
    `${name} đã tham gia phiên họp ngày ${formatDate(date)} với vai trò hiện tại: để đổi vai trò, hãy kết thúc nhiệm kỳ này và thêm nhiệm kỳ mới với vai trò mới`,
  noMembersOn: (date: string) => `Hội đồng không có thành viên nào vào ngày ${formatDate(date)}`,
  sessionNotFound: (id: number) => `Không tìm thấy phiên họp có mã ${id}`,
  sessionStale: 'Phiên họp vừa được người khác sửa; hãy tải lại rồi làm lại',
  opinionOfPresent: (name: string) => `${name} có mặt tại phiên họp; ý kiến bằng văn bản chỉ ghi cho thành viên vắng mặt`,
  attendanceAfterVotes: 'Phiên họp đã có kết quả biểu quyết: không sửa được danh sách có mặt',
  nominationNotFound: (id: number) => `Không tìm thấy hồ sơ đề nghị có mã ${id}`,
  notSubmitted: (name: string, status: NominationStatus) =>
    `Hồ sơ của ${name} đang ở trạng thái "${NOMINATION_STATUS_LABELS[status]}": chỉ đưa vào chương trình hồ sơ "Trình Hội đồng"`,
  votedItemRemoved: (name: string) => `Hồ sơ của ${name} đã có kết quả biểu quyết: không bỏ khỏi chương trình được`,
  notOnAgenda: 'Hồ sơ này không có trong chương trình phiên họp',
  voteNotSubmitted: (name: string, status: NominationStatus) =>
    `Hồ sơ của ${name} đang ở trạng thái "${NOMINATION_STATUS_LABELS[status]}": chỉ biểu quyết hồ sơ "Trình Hội đồng"`,
  noAttendance: 'Chưa ghi danh sách thành viên có mặt: chưa kiểm tra được điều kiện tiến hành biểu quyết',
  noQuorum: (explanation: string) => `Chưa đủ số thành viên có mặt để biểu quyết. ${explanation}`,
  withdrawnNotMember: (id: number) => `Thành viên có mã ${id} không thuộc Hội đồng tại phiên họp này`,
  correctionReason: 'Hồ sơ đã có kết quả biểu quyết: sửa kết quả phải ghi lý do',
  alreadyDecided: (number: string) => `Hồ sơ đã được đưa vào Quyết định số ${number}: không sửa kết quả biểu quyết được`,
  tooManyBallots: (ballots: number, base: number) =>
    `Tổng số phiếu (${formatNumber(ballots)}) vượt quá số thành viên được biểu quyết (${formatNumber(base)})`,
  conflictSelf: 'là người được đề nghị khen thưởng',
  conflictUnit: (unit: string) => `công tác tại đơn vị trình (${unit})`,
  decisionNotFound: (id: number) => `Không tìm thấy quyết định có mã ${id}`,
  decisionStale: 'Quyết định vừa được người khác sửa; hãy tải lại rồi làm lại',
  decisionNumberTaken: (number: string, year: number) => `Số quyết định ${number} đã có trong năm ${year}`,
  notPassed: (name: string) => `Hồ sơ của ${name} chưa được Hội đồng biểu quyết đạt: không đưa vào quyết định khen thưởng được`,
  notVoted: (name: string) => `Hồ sơ của ${name} chưa được Hội đồng biểu quyết`,
  decisionBeforeSession: (name: string, date: string) =>
    `Ngày quyết định phải từ ngày họp Hội đồng xét hồ sơ của ${name} (${formatDate(date)}) trở đi`,
  inOtherDecision: (name: string, number: string) => `Hồ sơ của ${name} đã có trong Quyết định số ${number}`,
  alreadyIssued: (number: string) => `Quyết định số ${number} đã ban hành; số vào sổ đã cấp không thay đổi`,
};

/** Wording of a vote result; the figures come from the vote computation. */
export const voteWords = {
  allMembers: 'tổng số thành viên',
  presentMembers: 'số thành viên có mặt',
  passed: 'đạt',
  failed: 'không đạt',
  withdrawn: (count: number) => ` (không tính ${count} thành viên không tham gia biểu quyết)`,
  noRule: 'Không bắt buộc bỏ phiếu theo quy định; biểu quyết theo đa số',
  noBase: 'Không còn thành viên nào được biểu quyết — không đạt',
};
