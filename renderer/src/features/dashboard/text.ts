import { wholeAreaOf } from '@shared/domain/units';

/** Vietnamese text of the dashboard (Tổng quan). Status and level names come from shared/text/movements-text.ts. */
export const dashboardText = {
  title: 'Tổng quan',
  loadFailed: 'Không đọc được số liệu tổng quan',
  ofYear: (label: string, year: number) => `${label} năm ${year}`,
  noMovement: {
    title: 'Chưa có phong trào thi đua nào',
    body: 'Hãy tạo phong trào và các chỉ tiêu của nó trước, rồi quay lại trang này để theo dõi kết quả.',
    link: 'Mở danh sách phong trào',
  },

  controls: {
    movement: 'Phong trào',
    year: 'Năm đánh giá',
    print: 'In báo cáo',
    /** The same trích yếu the register gives the movement report: it names the movement. */
    reportTitle: (movementName: string, year: number) => `Báo cáo kết quả phong trào thi đua “${movementName}” năm ${year}`,
    period: (from: number, to: number) => `Giai đoạn ${from} - ${to}`,
  },

  empty: {
    title: (year: number) => `Chưa có số liệu năm ${year}`,
    body: 'Chưa có xã nào được nhập kết quả tiêu chí nông thôn mới và chưa có quyết định công nhận nào tính đến năm này, nên chưa đánh giá được chỉ tiêu. Các con số như "0 xã đạt chuẩn" lúc này không phải số liệu thực; hãy nhập số liệu gốc dưới đây.',
  },

  /** What a new database still lacks, each with where to enter it. */
  baseline: {
    partialTitle: 'Còn thiếu số liệu gốc',
    criteria: (year: number) => `Chưa có kết quả tiêu chí năm ${year} của xã nào: các số liệu về tiêu chí để trống.`,
    criteriaLink: 'Nhập kết quả tiêu chí',
    recognitions: (year: number) =>
      `Chưa có quyết định công nhận nông thôn mới nào đến hết năm ${year}: số xã đạt chuẩn chưa phản ánh thực tế.`,
    recognitionsLink: 'Nhập các quyết định công nhận',
    ethnic: 'Chưa đánh dấu xã, thôn nào thuộc vùng đồng bào dân tộc thiểu số: chỉ tiêu về thôn vùng đồng bào DTTS chưa tính được.',
    ethnicLink: 'Đánh dấu vùng đồng bào DTTS',
  },

  stats: {
    ntm: 'Xã đạt chuẩn nông thôn mới',
    ntmHint: 'trên tổng số xã',
    average: 'Bình quân tiêu chí mỗi xã',
    averageHint: (recorded: string) => `tính trên ${recorded} xã đã nhập kết quả`,
    under: (threshold: number) => `Xã dưới ${threshold} tiêu chí`,
    underHint: 'trong số xã đã nhập kết quả',
    noGain: 'Xã không tăng tiêu chí',
    noGainHint: 'so với năm trước',
    noGainHintMissing: (count: string) => `so với năm trước; ${count} xã chưa có số liệu năm trước`,
    ntmNoDecisions: 'chưa nhập quyết định công nhận',
    missing: 'Xã chưa nhập kết quả',
    missingHint: 'của năm đánh giá',
    none: '—',
  },

  targets: {
    title: 'Chỉ tiêu của phong trào',
    code: (code: string) => `Chỉ tiêu ${code}`,
    result: 'Kết quả',
    goal: 'Mục tiêu',
    noGoal: 'Không có mức định lượng',
    atLeast: 'ít nhất',
    atMost: 'không quá',
    noValue: 'Chưa có số liệu',
    share: (numerator: string, denominator: string, noun: string) => `${numerator}/${denominator} ${noun}`,
    lowest: 'tiêu chí (xã thấp nhất)',
    below: (goal: string) => `xã dưới ${goal} tiêu chí`,
    gain: (minGain: number) =>
      minGain <= 1 ? 'xã không tăng tiêu chí so với năm trước' : `xã tăng ít hơn ${minGain} tiêu chí so với năm trước`,
    considered: (count: string) => `trong ${count} xã được xét`,
    times: 'lần',
    income: (now: string, base: string) => `${now} / ${base} triệu đồng/người/năm`,
    projection: (year: number) => `Dự báo năm ${year}:`,
    noProjection: 'chưa đủ số liệu để dự báo',
    yearlyTarget: 'chỉ tiêu hằng năm, không dự báo',
    method: 'Cách tính dự báo',
    methodTitle: 'Cách tính giá trị, dự báo và đánh giá',
    trend: 'Diễn biến theo năm',
    trendValue: 'Giá trị',
    trendGoal: 'Mục tiêu',
    noTrend: 'Chưa có số liệu các năm.',
    showUnits: (label: string) => `Xem danh sách: ${label}`,
    drawerTitle: (code: string, year: number) => `Chỉ tiêu ${code} năm ${year}`,
  },

  nouns: { commune: 'xã', village: 'thôn, làng', district: 'huyện, thành phố', criteria: 'tiêu chí' },

  under: {
    title: (threshold: number) => `Xã dưới ${threshold} tiêu chí`,
    empty: (threshold: number, year: number) => `Năm ${year} không có xã nào dưới ${threshold} tiêu chí.`,
  },
  noGain: {
    title: 'Xã không tăng tiêu chí trong năm',
    empty: (year: number) => `Năm ${year} không có xã không tăng tiêu chí so với năm trước.`,
    noPrevious: (count: string) => `${count} xã chưa có số liệu năm trước nên chưa xét tăng tiêu chí.`,
    noPreviousList: 'Xã chưa có số liệu năm trước',
  },
  communeColumns: { name: 'Xã', district: 'Huyện, thành phố', count: 'Số tiêu chí', previous: 'Năm trước' },
  moreUnits: (count: number) => `Xem tất cả ${count} xã`,

  districts: {
    title: 'Kết quả theo huyện, thành phố',
    empty: 'Chưa có xã nào thuộc địa bàn phong trào trong năm này.',
    name: 'Huyện, thành phố',
    communes: 'Số xã',
    ntm: 'Đạt chuẩn NTM',
    advanced: 'NTM nâng cao',
    model: 'NTM kiểu mẫu',
    average: 'Bình quân tiêu chí',
    under: (threshold: number) => `Dưới ${threshold} tiêu chí`,
    /** The total row, named after the movement's area ("Toàn tỉnh", "Toàn huyện"); a register of several provinces: "Tổng cộng". */
    total: (adminType: string | null) => (adminType === null ? 'Tổng cộng' : wholeAreaOf(adminType)),
    drawer: (district: string, column: string) => `${district} — ${column}`,
  },

  overdue: {
    title: 'Văn bản nộp quá hạn',
    empty: 'Không có văn bản nào quá hạn.',
    unit: 'Đơn vị',
    milestone: 'Mốc thực hiện',
    due: 'Hạn nộp',
    days: 'Số ngày quá hạn',
    daysValue: (days: string) => `${days} ngày`,
    asOf: (date: string) => `Tính đến ngày ${date}`,
    /** Past milestones met before the app was used are marked received in bulk there. */
    receiveLink: 'Ghi nhận đã nhận (cả hàng loạt) ở mục Hồ sơ đơn vị nộp',
  },

  drawer: {
    count: (count: string) => `${count} đơn vị`,
    empty: 'Không có đơn vị nào.',
    index: 'STT',
    name: 'Đơn vị',
    district: 'Huyện, thành phố',
    criteria: 'Số tiêu chí',
    previous: 'Năm trước',
    level: 'Mức công nhận',
    loading: 'Đang tải danh sách đơn vị',
    loadFailed: 'Không đọc được danh sách đơn vị',
  },
};
