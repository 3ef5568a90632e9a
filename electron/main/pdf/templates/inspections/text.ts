/** Vietnamese text of the inspection documents: Kế hoạch kiểm tra, Biên bản kiểm tra, Báo cáo kết quả kiểm tra. */

/** Movement names in curly quotes, as documents cite them: “Kon Tum chung sức xây dựng nông thôn mới”. */
const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(', ');

export const inspectionDocText = {
  params: {
    inspectionId: 'Chưa chọn đợt kiểm tra',
    inspectionIdInvalid: 'Đợt kiểm tra không hợp lệ',
    visitId: 'Chưa chọn lần kiểm tra (đơn vị được kiểm tra)',
    visitIdInvalid: 'Lần kiểm tra không hợp lệ',
    inspectionNotFound: (id: number) =>
      `Không tìm thấy đợt kiểm tra (mã bản ghi ${id}) để lập văn bản. Có thể đợt kiểm tra đã bị xóa; hãy tải lại danh sách rồi chọn lại.`,
    visitNotFound: (id: number) =>
      `Không tìm thấy lần kiểm tra (mã bản ghi ${id}) để lập biên bản. Có thể lần kiểm tra đã bị xóa; hãy tải lại rồi chọn lại.`,
    noVisits: (title: string) => `Đợt kiểm tra "${title}" chưa có đơn vị nào trong lịch kiểm tra; chưa thể lập báo cáo kết quả.`,
  },

  /** Body paragraphs left for the office to fill in by hand when a field is still empty. */
  blankLine: '…'.repeat(32),
  /** Where a visit is held when no place was recorded. */
  defaultPlace: 'Tại trụ sở đơn vị',
  sectionNumbers: ['I', 'II', 'III', 'IV', 'V', 'VI'],

  plan: {
    title: 'Kế hoạch kiểm tra',
    typeName: 'Kế hoạch',
    registerTitle: (title: string) => `Kế hoạch ${title}`,
    /** Used when the round records no legal basis of its own. */
    defaultBasis: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;'],
    issuing: (body: string, title: string) => `${body} ban hành Kế hoạch ${title} như sau:`,
    purposeHeading: 'MỤC ĐÍCH, YÊU CẦU',
    defaultPurpose: [
      'Đánh giá kết quả tổ chức thực hiện phong trào thi đua và công tác thi đua, khen thưởng của các đơn vị; kịp thời phát hiện ưu điểm, hạn chế, chấn chỉnh những thiếu sót và kiến nghị giải pháp nâng cao chất lượng, hiệu quả công tác thi đua, khen thưởng.',
      'Việc kiểm tra bảo đảm khách quan, đúng nội dung, thời gian; không gây khó khăn, ảnh hưởng đến hoạt động bình thường của đơn vị được kiểm tra.',
    ],
    contentHeading: 'NỘI DUNG, PHẠM VI KIỂM TRA',
    contentLead: (movements: string[]) =>
      movements.length === 0
        ? 'Kiểm tra việc tổ chức thực hiện các phong trào thi đua gắn với công tác thi đua, khen thưởng của đơn vị, gồm các nội dung sau:'
        : `Kiểm tra việc tổ chức thực hiện phong trào thi đua ${quoted(movements)} gắn với công tác thi đua, khen thưởng của đơn vị, gồm các nội dung sau:`,
    itemLine: (code: string, text: string, max: string | null) => `- ${code}. ${text}${max ? ` (${max} điểm)` : ''};`,
    recordsNote:
      'Kết quả thực hiện các chỉ tiêu, tiêu chí của phong trào được đối chiếu với số liệu theo dõi của phong trào tại đơn vị, không nhập lại.',
    scheduleHeading: 'THỜI GIAN, ĐỊA ĐIỂM KIỂM TRA',
    period: (from: string, to: string) => `Thời gian kiểm tra: từ ngày ${from} đến ngày ${to}. Lịch kiểm tra cụ thể như sau:`,
    periodOnly: (from: string, to: string) => `Thời gian kiểm tra: từ ngày ${from} đến ngày ${to}.`,
    noVisits: 'Lịch kiểm tra tại từng đơn vị sẽ được thông báo sau.',
    scheduleColumns: { ordinal: 'STT', date: 'Ngày kiểm tra', unit: 'Đơn vị được kiểm tra', place: 'Địa điểm', team: 'Đoàn kiểm tra' },
    teamHeading: 'THÀNH PHẦN ĐOÀN KIỂM TRA',
    decision: (number: string, date: string | null) =>
      `Đoàn kiểm tra được thành lập theo Quyết định số ${number}${date ? ` ${date}` : ''}, gồm các thành viên sau:`,
    noDecision: 'Đoàn kiểm tra gồm các thành viên sau:',
    noTeams: 'Thành phần Đoàn kiểm tra sẽ được quyết định sau.',
    noMembers: 'Chưa có thành viên.',
    memberColumns: { ordinal: 'STT', name: 'Họ và tên', position: 'Chức vụ, cơ quan', role: 'Nhiệm vụ trong đoàn' },
    organisationHeading: 'TỔ CHỨC THỰC HIỆN',
    organisation: [
      'Các đơn vị được kiểm tra tự kiểm tra theo các nội dung tại Mục II, gửi báo cáo tự kiểm tra về Đoàn kiểm tra trước ngày kiểm tra; bố trí thành phần làm việc với Đoàn và chuẩn bị đầy đủ hồ sơ, tài liệu liên quan.',
      'Đoàn kiểm tra làm việc theo lịch; lập biên bản kiểm tra tại từng đơn vị; tổng hợp, báo cáo kết quả kiểm tra sau khi kết thúc đợt kiểm tra.',
      'Thường trực Hội đồng Thi đua - Khen thưởng theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
    ],
    closing:
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Thường trực Hội đồng Thi đua - Khen thưởng để được hướng dẫn./.',
    recipients: (province: string) => [
      ...(province ? [`Ủy ban nhân dân ${province} (b/c)`] : []),
      'Các thành viên Hội đồng Thi đua - Khen thưởng',
      'Các thành viên Đoàn kiểm tra',
      'Các đơn vị được kiểm tra',
    ],
  },

  minutes: {
    title: 'Biên bản kiểm tra',
    typeName: 'Biên bản',
    summary: (title: string, unit: string) => `${title} tại ${unit}`,
    registerTitle: (title: string, unit: string) => `Biên bản ${title} tại ${unit}`,
    opening: (date: string, place: string, team: string, unit: string) =>
      `Hôm nay, ${date}, ${place}, ${team} tiến hành kiểm tra việc tổ chức thực hiện phong trào thi đua và công tác thi đua, khen thưởng của ${unit}.`,
    atPlace: (place: string) => (/^tại\s/iu.test(place) ? place.replace(/^Tại/u, 'tại') : `tại ${place}`),
    /** "Đoàn kiểm tra số 1" as named; a team named otherwise ("Tổ 1") is introduced as the inspection team. */
    team: (name: string | null) =>
      !name ? 'Đoàn kiểm tra' : /^đoàn\s/iu.test(name.trim()) ? name.trim() : `Đoàn kiểm tra (${name.trim()})`,
    decision: (number: string, date: string | null) => ` thành lập theo Quyết định số ${number}${date ? ` ${date}` : ''}`,
    presentHeading: 'THÀNH PHẦN',
    teamSide: 'Đoàn kiểm tra:',
    unitSide: (unit: string) => `Đại diện ${unit}:`,
    member: (role: string, name: string, position: string) => `- ${role}: ông (bà) ${name}${position ? `, ${position}` : ''};`,
    representative: (name: string, position: string) => `- Ông (bà) ${name}${position ? `, ${position}` : ''};`,
    blankPerson: `- Ông (bà): ${'…'.repeat(22)}`,
    resultsHeading: 'KẾT QUẢ KIỂM TRA',
    checklistHeading: 'Kết quả theo nội dung kiểm tra',
    checklistColumns: { code: 'Mục', item: 'Nội dung kiểm tra', result: 'Kết quả', points: 'Điểm', max: 'Tối đa', note: 'Ghi chú' },
    notAssessed: 'Chưa đánh giá',
    total: 'Tổng cộng',
    score: (total: string, max: string, band: string | null) =>
      `Tổng điểm đạt: ${total}/${max} điểm; xếp loại: ${band ?? 'chưa xếp loại'}.`,
    recordsHeading: 'Kết quả thực hiện phong trào theo số liệu theo dõi',
    recordYear: (year: number, criteria: string | null, recognitions: string[]) =>
      `- Năm ${year}: ${criteria === null ? 'chưa có số liệu tiêu chí' : `đạt ${criteria} tiêu chí nông thôn mới`}` +
      (recognitions.length ? `; ${recognitions.join('; ')}` : '') +
      ';',
    recordsNone: (years: number[]) =>
      `Chưa có số liệu theo dõi của phong trào đối với đơn vị trong ${years.map((y) => `năm ${y}`).join(' và ')}.`,
    recognition: (level: string, number: string, date: string | null) =>
      `${level.toLocaleLowerCase('vi')}${number ? ` (Quyết định số ${number}${date ? ` ngày ${date}` : ''})` : ''}`,
    strengthsHeading: 'Ưu điểm',
    shortcomingsHeading: 'Hạn chế, tồn tại',
    causesHeading: 'Nguyên nhân',
    recommendationsHeading: 'KIẾN NGHỊ',
    recommendationsLead: (unit: string) => `Đoàn kiểm tra kiến nghị ${unit} thực hiện các nội dung sau:`,
    noRecommendations: 'Đoàn kiểm tra không có kiến nghị.',
    recommendationColumns: { ordinal: 'STT', text: 'Nội dung kiến nghị', responsible: 'Đơn vị thực hiện', deadline: 'Thời hạn' },
    carriedHeading: 'Kiến nghị của các đợt kiểm tra trước',
    carriedColumns: { ordinal: 'STT', text: 'Nội dung kiến nghị', year: 'Năm', deadline: 'Thời hạn', status: 'Tình trạng' },
    closing: (copies: string) =>
      `Biên bản được lập thành ${copies} bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, đơn vị được kiểm tra giữ 01 bản; đã được đọc lại cho những người dự cùng nghe, nhất trí và ký tên dưới đây./.`,
    copies: '02',
    unitSignature: 'Đại diện đơn vị được kiểm tra',
    leaderSignature: 'Trưởng đoàn kiểm tra',
  },

  report: {
    title: 'Báo cáo kết quả kiểm tra',
    typeName: 'Báo cáo',
    summary: (title: string) => `Kết quả ${title}`,
    registerTitle: (title: string) => `Báo cáo kết quả ${title}`,
    intro: (title: string, from: string, to: string, count: string) =>
      `Thực hiện Kế hoạch ${title}, từ ngày ${from} đến ngày ${to}, Đoàn kiểm tra đã tiến hành kiểm tra tại ${count} đơn vị. Kết quả như sau:`,
    overviewHeading: 'KHÁI QUÁT ĐỢT KIỂM TRA',
    content: (movements: string[]) =>
      movements.length === 0
        ? 'Nội dung kiểm tra: việc tổ chức thực hiện các phong trào thi đua và công tác thi đua, khen thưởng của đơn vị.'
        : `Nội dung kiểm tra: việc tổ chức thực hiện phong trào thi đua ${quoted(movements)} và công tác thi đua, khen thưởng của đơn vị.`,
    units: (total: string, done: string) => `Số đơn vị được kiểm tra theo kế hoạch: ${total}; đã có kết quả kiểm tra: ${done}.`,
    teams: (count: string, decision: string) => `Số đoàn kiểm tra: ${count}${decision}.`,
    decision: (number: string, date: string | null) => ` (Quyết định số ${number}${date ? ` ${date}` : ''})`,
    resultsHeading: 'KẾT QUẢ KIỂM TRA',
    scoresHeading: 'Kết quả chấm điểm, xếp loại',
    resultColumns: {
      ordinal: 'STT',
      unit: 'Đơn vị được kiểm tra',
      date: 'Ngày kiểm tra',
      score: 'Điểm đạt',
      max: 'Tối đa',
      band: 'Xếp loại',
      status: 'Tình trạng',
    },
    noScore: '-',
    bandCount: (parts: string[]) => `Kết quả xếp loại: ${parts.join('; ')}.`,
    bandPart: (label: string, count: string) => `${label}: ${count} đơn vị`,
    notScored: 'chưa xếp loại',
    strengthsHeading: 'Ưu điểm',
    shortcomingsHeading: 'Hạn chế, tồn tại',
    recommendationsHeading: 'KIẾN NGHỊ ĐỐI VỚI CÁC ĐƠN VỊ ĐƯỢC KIỂM TRA',
    noRecommendations: 'Đoàn kiểm tra không có kiến nghị đối với các đơn vị.',
    recommendationColumns: {
      ordinal: 'STT',
      text: 'Nội dung kiến nghị',
      responsible: 'Đơn vị thực hiện',
      deadline: 'Thời hạn',
      status: 'Tình trạng',
    },
    proposalsHeading: 'ĐỀ XUẤT, KIẾN NGHỊ',
    closing: (title: string) => `Trên đây là báo cáo kết quả ${title}./.`,
    recipients: (province: string) => [
      ...(province ? [`Ủy ban nhân dân ${province} (b/c)`] : []),
      'Các thành viên Hội đồng Thi đua - Khen thưởng',
      'Các đơn vị được kiểm tra',
    ],
  },
};
