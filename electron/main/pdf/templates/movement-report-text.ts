/** Vietnamese text of the movement report (Báo cáo kết quả thực hiện phong trào). */
export const movementReportText = {
  title: 'Báo cáo kết quả thực hiện phong trào',
  typeName: 'Báo cáo',
  summary: (name: string, year: number) => `Kết quả thực hiện phong trào thi đua "${name}" năm ${year}`,
  /** The register's trích yếu names the movement, so the register finds the report by it. */
  registerTitle: (name: string, year: number) => `Báo cáo kết quả phong trào thi đua “${name}” năm ${year}`,

  params: {
    movementId: 'Chưa chọn phong trào thi đua',
    movementIdInvalid: 'Phong trào thi đua không hợp lệ',
    year: 'Năm báo cáo phải là số',
    yearInteger: 'Năm báo cáo phải là số nguyên',
    yearMin: 'Năm báo cáo không được trước năm 2000',
    yearMax: 'Năm báo cáo không được sau năm 2100',
    movementNotFound: 'Không tìm thấy phong trào thi đua đã chọn. Có thể phong trào đã bị xóa; hãy chọn lại.',
    noRecords: (year: number) =>
      `Năm ${year} chưa có số liệu tiêu chí nào để lập báo cáo. Hãy nhập kết quả tiêu chí của các xã năm ${year} trước.`,
  },

  /** "Thực hiện Kế hoạch số 2017/KH-UBND ngày 28 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Kon Tum về ...". */
  intro: {
    lead: 'Thực hiện',
    document: 'văn bản',
    number: (number: string) => `số ${number}`,
    of: (issuer: string) => `của ${issuer}`,
    about: 'về',
    tail: (year: number, area: string) => `, kết quả thực hiện phong trào năm ${year}${area ? ` trên địa bàn ${area}` : ''} như sau:`,
  },

  targets: {
    heading: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    overview: (year: number, scope: string, ntm: string, average: string | null) =>
      `Năm ${year}, ${scope} có ${ntm} xã đạt chuẩn nông thôn mới` +
      (average ? `, bình quân đạt ${average} tiêu chí/xã` : '') +
      '; kết quả thực hiện từng chỉ tiêu như sau:',
    missing: (count: string, year: number) => `Còn ${count} xã chưa có số liệu tiêu chí năm ${year}, chưa được tính vào bình quân.`,
    columns: {
      ordinal: 'STT',
      label: 'Chỉ tiêu',
      goal: (endYear: number) => `Mục tiêu đến năm ${endYear}`,
      result: (year: number) => `Kết quả năm ${year}`,
      status: 'Đánh giá',
      projection: (endYear: number) => `Dự báo năm ${endYear}`,
    },
    atLeast: 'Ít nhất',
    atMost: 'Không quá',
    qualitative: 'Định tính',
    noValue: 'Chưa có số liệu',
    none: '-',
    yearly: 'Hằng năm',
    lowest: (value: string) => `Thấp nhất ${value} tiêu chí`,
    below: (count: string, goal: string) => `${count} xã dưới ${goal} tiêu chí`,
    minGoal: (goal: string) => `Không còn xã dưới ${goal} tiêu chí`,
    gainGoal: (minGain: string) => `Mỗi xã tăng ít nhất ${minGain} tiêu chí/năm`,
    // A minimum gain of 1 means "did not gain": said plainly, never "tăng dưới 1 tiêu chí".
    gainResult: (failing: string, considered: string, minGain: string) =>
      minGain === '1' ? `${failing}/${considered} xã không tăng tiêu chí` : `${failing}/${considered} xã tăng ít hơn ${minGain} tiêu chí`,
    incomeGoal: (goal: string, baseYear: number) => `Gấp ${goal} lần năm ${baseYear}`,
    incomeResult: (ratio: string) => `Gấp ${ratio} lần`,
    incomeDetail: (now: string, base: string) => `(${now}/${base} triệu đồng/người/năm)`,
    times: (value: string) => `${value} lần`,
  },

  districts: {
    heading: 'KẾT QUẢ THEO ĐƠN VỊ CẤP HUYỆN',
    columns: {
      ordinal: 'STT',
      name: 'Đơn vị',
      communes: 'Số xã',
      ntm: 'Đạt chuẩn NTM',
      advanced: 'NTM nâng cao',
      model: 'NTM kiểu mẫu',
      average: 'Bình quân tiêu chí',
      under: (threshold: number) => `Dưới ${threshold} tiêu chí`,
    },
    none: '-',
    empty: 'Chưa có xã nào thuộc địa bàn phong trào trong năm này.',
  },

  under: {
    heading: (threshold: number) => `CÁC XÃ ĐẠT DƯỚI ${threshold} TIÊU CHÍ`,
    none: (threshold: number) => `Không có xã nào dưới ${threshold} tiêu chí.`,
    some: (year: number, count: string, threshold: number, committees: string) =>
      `Năm ${year}, còn ${count} xã đạt dưới ${threshold} tiêu chí (có danh sách kèm theo). ` +
      `Đề nghị ${committees} tập trung chỉ đạo, hỗ trợ các xã này nâng số tiêu chí đạt chuẩn trong năm tiếp theo.`,
    annexHeading: (threshold: number) => `Danh sách các xã đạt dưới ${threshold} tiêu chí`,
    annexSubtitle: (year: number) => `Năm ${year}`,
    columns: {
      ordinal: 'STT',
      name: 'Tên xã',
      district: 'Huyện, thành phố',
      count: (year: number) => `Số tiêu chí đạt năm ${year}`,
      previous: (year: number) => `Số tiêu chí đạt năm ${year}`,
    },
    noCount: '-',
  },

  closing: (name: string, year: number, area: string) =>
    `Trên đây là báo cáo kết quả thực hiện phong trào thi đua "${name}" năm ${year}${area ? ` trên địa bàn ${area}` : ''}./.`,

  criteria: {
    heading: 'KẾT QUẢ THỰC HIỆN TỪNG TIÊU CHÍ',
    intro: (year: number, recorded: string) => `Kết quả thực hiện từng tiêu chí năm ${year} của ${recorded} xã có số liệu như sau:`,
    empty: 'Chưa có số liệu tiêu chí của các xã để tổng hợp theo từng tiêu chí.',
    columns: {
      number: 'TC',
      name: 'Tiêu chí',
      met: 'Số xã đạt',
      share: 'Tỷ lệ đạt',
      change: (year: number) => `So với năm ${year}`,
      notMet: 'Số xã chưa đạt',
    },
  },
  /**
   * The people's committees that direct the movement's communes: a province's districts, or the one district
   * (or commune) a movement is scoped to. Named in full where the report asks them to act, short as a recipient.
   */
  committees: {
    ofProvince: { full: 'Ủy ban nhân dân các huyện, thành phố', short: 'UBND các huyện, thành phố' },
    of: (unitName: string) => ({ full: `Ủy ban nhân dân ${unitName}`, short: `UBND ${unitName}` }),
  },
  /** committees is null where the launch's issuer is that committee: it is sent the report once, as the issuer. */
  recipients: (launchIssuer: string, committees: string | null) => [
    ...(launchIssuer ? [`${launchIssuer} (b/c)`] : []),
    'Các thành viên Hội đồng Thi đua - Khen thưởng',
    ...(committees ? [committees] : []),
  ],
};
