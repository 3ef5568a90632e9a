/** Vietnamese text of the Công văn đôn đốc to an agency responsible for new-rural criteria. */
export const criteriaReminderText = {
  title: 'Công văn đôn đốc thực hiện tiêu chí nông thôn mới',
  typeName: 'Công văn',
  regarding: (year: number) => `V/v đôn đốc thực hiện các tiêu chí nông thôn mới năm ${year}`,
  registerTitle: (agency: string, year: number) => `Đôn đốc ${agency} thực hiện các tiêu chí nông thôn mới năm ${year}`,
  council: 'Hội đồng Thi đua - Khen thưởng tỉnh',

  params: {
    movementId: 'Chưa chọn phong trào thi đua',
    agencyId: 'Chưa chọn cơ quan nhận công văn',
    idInvalid: 'Mã không hợp lệ',
    year: 'Năm phải là số',
    yearInteger: 'Năm phải là số nguyên',
    yearMin: 'Năm không được trước năm 2000',
    yearMax: 'Năm không được sau năm 2100',
    movementNotFound: 'Không tìm thấy phong trào thi đua đã chọn. Có thể phong trào đã bị xóa; hãy chọn lại.',
    agencyNotFound: 'Không tìm thấy cơ quan đã chọn trong danh mục đơn vị, hoặc đơn vị đó không phải là cơ quan.',
    noCriteria: (agency: string) => `${agency} chưa được giao phụ trách tiêu chí nào; hãy giao tiêu chí ở màn hình Bộ tiêu chí trước.`,
    noRecords: (year: number) => `Năm ${year} chưa có số liệu tiêu chí của các xã để lập công văn đôn đốc.`,
  },

  intro: (launch: string, year: number, agency: string) =>
    `${launch}; căn cứ kết quả thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới năm ${year} của các xã, ` +
    `Hội đồng Thi đua - Khen thưởng tỉnh thông báo kết quả các tiêu chí do ${agency} được phân công phụ trách như sau:`,
  annexNote: 'Danh sách các xã chưa đạt từng tiêu chí tại Phụ lục kèm theo Công văn này.',
  allMet: (year: number) => `Năm ${year}, tất cả các xã có số liệu đều đã đạt các tiêu chí nêu trên.`,
  request: (movement: string, agency: string) =>
    `Để hoàn thành các chỉ tiêu của phong trào thi đua "${movement}", Hội đồng Thi đua - Khen thưởng tỉnh đề nghị ${agency}:`,
  tasks: (days: number) => [
    '1. Chỉ đạo, hướng dẫn, hỗ trợ các xã chưa đạt các tiêu chí nêu trên có giải pháp cụ thể để sớm hoàn thành tiêu chí; ' +
      'đôn đốc các xã cập nhật kết quả thực hiện theo quy định.',
    '2. Báo cáo kết quả thực hiện, lộ trình hoàn thành từng tiêu chí (nêu rõ khó khăn, vướng mắc và đề xuất, kiến nghị) ' +
      `về Hội đồng Thi đua - Khen thưởng tỉnh (qua cơ quan thường trực) trong thời hạn ${days} ngày kể từ ngày ký Công văn này.`,
  ],
  closing: (agency: string) => `Hội đồng Thi đua - Khen thưởng tỉnh đề nghị ${agency} quan tâm, phối hợp thực hiện./.`,
  recipients: ['Như trên', 'Chủ tịch, các Phó Chủ tịch Hội đồng (b/c)'],

  columns: {
    ordinal: 'STT',
    criterion: 'Tiêu chí',
    met: 'Số xã đạt',
    share: 'Tỷ lệ đạt',
    previous: (year: number) => `Số xã đạt năm ${year}`,
    notMet: 'Số xã chưa đạt',
  },
  criterion: (number: number, name: string) => `Tiêu chí số ${number}: ${name}`,
  noPrevious: 'Chưa có số liệu',

  annex: {
    heading: 'Danh sách các xã chưa đạt tiêu chí nông thôn mới',
    subtitle: (agency: string, year: number) => `Các tiêu chí do ${agency} phụ trách, năm ${year}`,
    group: (number: number, name: string, count: string) => `Tiêu chí số ${number}: ${name} (${count} xã)`,
    columns: { ordinal: 'STT', commune: 'Xã', district: 'Huyện, thành phố' },
    noDistrict: 'Chưa xác định',
  },
};
