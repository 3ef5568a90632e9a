/** Vietnamese text of the first-run screen. */
export const setupText = {
  appName: 'Thi đua',
  title: 'Thiết lập lần đầu',
  intro:
    'Chọn tỉnh, thành phố mà phần mềm phục vụ và điền các thông tin in trên văn bản. Phần mềm sẽ tạo sẵn danh sách đơn vị hành chính cấp huyện, cấp xã của tỉnh theo danh mục chính thức.',
  provinceLabel: 'Tỉnh, thành phố',
  provincePlaceholder: 'Gõ để tìm tỉnh, thành phố',
  provinceNothing: 'Không có tỉnh, thành phố phù hợp',
  provinceRequired: 'Chưa chọn tỉnh, thành phố',
  provinceCounts: (districts: number, communes: number) => `${districts} đơn vị cấp huyện, ${communes} đơn vị cấp xã`,
  operatorLegend: 'Người dùng',
  operatorLabel: 'Tên người dùng',
  operatorDescription: 'Họ tên cán bộ sử dụng phần mềm; ghi vào lịch sử thay đổi',
  operatorPlaceholder: 'Ví dụ: Nguyễn Văn An',
  submit: 'Bắt đầu sử dụng',
  doneTitle: (count: string) => `Đã tạo ${count} đơn vị`,
  doneMessage: (province: string) => `Danh sách đơn vị của ${province} đã sẵn sàng.`,
  failed: 'Chưa thiết lập được',
  provincesFailed: 'Không đọc được danh mục tỉnh, thành phố',
};
