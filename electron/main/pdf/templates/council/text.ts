import { COUNCIL_ROLE_LABELS, type CouncilRole } from '../../../../../shared/domain/council';
import { NOMINEE_KIND_LABELS, type NomineeKind } from '../../../../../shared/domain/nominations';
import { formatNumber } from '../../../../../shared/format/number';

const lowerFirst = (value: string) => (value.length === 0 ? value : value[0].toLocaleLowerCase('vi') + value.slice(1));

/** Vietnamese wording of the council's documents: the minutes of a session and the draft decision. */
export const councilDocText = {
  params: {
    sessionNotFound: (id: number) => `Không tìm thấy phiên họp có mã ${id}`,
    decisionNotFound: (id: number) => `Không tìm thấy quyết định có mã ${id}`,
  },
  minutes: {
    title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
    typeName: 'Biên bản',
    summary: 'Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng',
    registerTitle: (date: string) => `Biên bản họp Hội đồng Thi đua - Khen thưởng ngày ${date}`,
    opening: (time: string, place: string) => `Vào ${time}, tại ${place}, Hội đồng Thi đua - Khen thưởng họp xét đề nghị khen thưởng.`,
    attendance: 'Thành phần tham dự',
    chair: (name: string, role: CouncilRole) => `Chủ trì: ${name}, ${lowerFirst(COUNCIL_ROLE_LABELS[role])} Hội đồng.`,
    secretary: (name: string) => `Thư ký: ${name}.`,
    attendanceColumns: ['STT', 'Họ và tên', 'Chức vụ, cơ quan', 'Chức danh trong Hội đồng', 'Tham dự'],
    present: 'Có mặt',
    absent: 'Vắng mặt',
    absentWithOpinion: 'Vắng mặt, có ý kiến bằng văn bản',
    notRecorded: 'Chưa ghi',
    quorum: (explanation: string) => `Số thành viên có mặt: ${explanation}.`,
    noAttendance: 'Chưa ghi danh sách thành viên có mặt.',
    opinions: 'Ý kiến bằng văn bản của thành viên vắng mặt',
    opinion: (name: string, text: string) => `- ${name}: ${text}`,
    content: 'Nội dung và kết quả biểu quyết',
    agenda: (count: number) =>
      `Hội đồng xem xét ${formatNumber(count)} hồ sơ đề nghị khen thưởng trình tại phiên họp; kết quả biểu quyết như sau:`,
    voteColumns: [
      'STT',
      'Đối tượng đề nghị',
      'Hình thức khen thưởng',
      'Đơn vị trình',
      'Đồng ý',
      'Không đồng ý',
      'Không biểu quyết',
      'Kết quả',
    ],
    passed: 'Đạt',
    failed: 'Không đạt',
    notVoted: 'Chưa biểu quyết',
    explanations: 'Cách tính kết quả',
    explanation: (index: number, name: string, award: string, text: string) => `${index}. ${name} (${award}): ${text}.`,
    withdrawn: (name: string, reason: string) => `${name} không tham gia biểu quyết (${lowerFirst(reason)}).`,
    corrected: (reason: string) => `Kết quả đã được sửa; lý do: ${lowerFirst(reason)}.`,
    conclusions: 'Kết luận',
    conclusionPassed: (count: number) =>
      `Hội đồng thống nhất đề nghị cấp có thẩm quyền khen thưởng ${formatNumber(count)} hồ sơ đạt kết quả biểu quyết:`,
    conclusionLine: (award: string, names: string[]) => `- ${award}: ${names.join(', ')}.`,
    conclusionNone: 'Không có hồ sơ nào đạt kết quả biểu quyết.',
    conclusionFailed: (names: string[]) => `Các hồ sơ không đạt: ${names.join(', ')}.`,
    closing: 'Biên bản được thông qua tại phiên họp, các thành viên dự họp thống nhất với nội dung biên bản.',
    secretarySign: 'Thư ký',
    chairSign: 'Chủ trì',
    recipients: ['Các thành viên Hội đồng', 'Lưu: VT, TĐKT'],
  },
  ballot: {
    title: 'Phiếu bầu xét khen thưởng',
    typeName: 'Phiếu bầu',
    heading: 'Phiếu bầu',
    summary: (date: string) => `Phiên họp ngày ${date} xét đề nghị khen thưởng`,
    registerTitle: (date: string) => `Phiếu bầu phiên họp Hội đồng Thi đua - Khen thưởng ngày ${date}`,
    instruction:
      'Thành viên Hội đồng đánh dấu (x) vào cột "Đồng ý" hoặc "Không đồng ý" đối với từng trường hợp; không đánh dấu cột nào là không biểu quyết. Phiếu đánh dấu cả hai cột của một trường hợp không hợp lệ đối với trường hợp đó.',
    columns: ['STT', 'Đối tượng đề nghị', 'Đơn vị trình', 'Đồng ý', 'Không đồng ý'],
    empty: 'Phiên họp chưa có hồ sơ nào trong chương trình để lập phiếu bầu.',
  },
  submission: {
    title: 'Tờ trình đề nghị khen thưởng',
    typeName: 'Tờ trình',
    summary: 'Về việc đề nghị khen thưởng',
    registerTitle: (date: string) => `Tờ trình đề nghị khen thưởng sau phiên họp Hội đồng ngày ${date}`,
    addressee: (province: string) => `Chủ tịch Ủy ban nhân dân ${lowerFirst(province)}`,
    basis: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và các văn bản quy định chi tiết thi hành;',
    session: (date: string, quorum: string) =>
      `Ngày ${date}, Hội đồng Thi đua - Khen thưởng tỉnh họp xét các hồ sơ đề nghị khen thưởng (${lowerFirst(quorum)}). Kết quả biểu quyết của từng trường hợp có trong danh sách kèm theo.`,
    decide: (counts: string) =>
      `Hội đồng Thi đua - Khen thưởng tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định khen thưởng cho ${counts}:`,
    upward: (counts: string) =>
      `Hội đồng Thi đua - Khen thưởng tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, trình Thủ tướng Chính phủ, Chủ tịch nước khen thưởng cho ${counts}:`,
    perAward: (award: string, counts: string, last: boolean) => `- ${award}: ${counts}${last ? '.' : ';'}`,
    closing: 'Hội đồng Thi đua - Khen thưởng tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.',
    annexHeading: 'Danh sách đề nghị khen thưởng',
    annexSubtitle: (date: string) => `Các trường hợp được Hội đồng Thi đua - Khen thưởng tỉnh biểu quyết đạt tại phiên họp ngày ${date}`,
    columns: ['STT', 'Họ và tên; tên tập thể, hộ gia đình', 'Đơn vị trình', 'Kết quả biểu quyết'],
    recipients: ['Như trên', 'Các thành viên Hội đồng', 'Lưu: VT, TĐKT'],
    empty: 'Phiên họp chưa có trường hợp nào được biểu quyết đạt để lập tờ trình.',
  },
  decision: {
    title: 'Dự thảo Quyết định khen thưởng',
    typeName: 'Quyết định',
    summary: (awards: string[]) => `Về việc khen thưởng ${awards.join(', ')}`,
    registerTitle: (number: string) => `Dự thảo Quyết định khen thưởng số ${number}`,
    issuingBody: (province: string) => `Ủy ban nhân dân ${province}`,
    authority: (province: string) => `CHỦ TỊCH ỦY BAN NHÂN DÂN ${province.toLocaleUpperCase('vi')}`,
    bases: (decree: string) => [
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      `Căn cứ ${decree} của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;`,
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh.',
    ],
    decides: 'QUYẾT ĐỊNH:',
    article1: (counts: string) => `Khen thưởng ${counts} đã có thành tích xuất sắc (có danh sách kèm theo), cụ thể:`,
    perAward: (award: string, counts: string, last: boolean) => `- ${award}: ${counts}${last ? '.' : ';'}`,
    articleLabel: (n: number) => `Điều ${n}.`,
    effect: 'Quyết định này có hiệu lực kể từ ngày ký.',
    execution:
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng Ban Thi đua - Khen thưởng, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    count: (n: number, kind: NomineeKind) => `${formatNumber(n)} ${NOMINEE_KIND_LABELS[kind].toLocaleLowerCase('vi')}`,
    annexHeading: 'Danh sách được khen thưởng',
    annexColumns: ['STT', 'Họ và tên; tên tập thể, hộ gia đình', 'Đơn vị trình', 'Số vào sổ'],
    recipients: ['Như Điều 3', 'Ban Thi đua - Khen thưởng', 'Lưu: VT, TĐKT'],
  },
};
