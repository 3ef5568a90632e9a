/** Vietnamese text of the people directory (cán bộ tham gia đoàn kiểm tra, ký văn bản, Hội đồng). */
export const peopleText = {
  nav: 'Cán bộ, thành viên',
  title: 'Cán bộ, thành viên',
  intro: 'Danh bạ những người tham gia đoàn kiểm tra, ký văn bản hoặc là thành viên Hội đồng; dùng chung cho mọi đợt kiểm tra.',
  add: 'Thêm người',
  search: 'Tìm theo họ tên',
  searchHint: 'Gõ họ hoặc tên, không cần dấu',
  loadFailed: 'Không đọc được danh bạ cán bộ',
  empty: 'Danh bạ chưa có ai. Bấm "Thêm người" để thêm.',
  noMatch: (query: string) => `Không có ai khớp "${query}".`,
  shown: (n: number) => `${n} người`,
  shownLimited: (n: number) => `${n} người đầu tiên; gõ thêm để thu hẹp`,
  tableLabel: 'Danh bạ cán bộ, thành viên',
  columns: { fullName: 'Họ và tên', position: 'Chức vụ', agency: 'Cơ quan', phone: 'Số điện thoại', actions: '' },
  editLabel: (name: string) => `Sửa thông tin ${name}`,
  fields: { fullName: 'Họ và tên', position: 'Chức vụ', agency: 'Cơ quan, đơn vị công tác', phone: 'Số điện thoại' },
  hints: {
    fullName: 'Ví dụ: Nguyễn Văn An',
    position: 'Ví dụ: Phó Trưởng ban Ban Thi đua - Khen thưởng',
    agency: 'Ví dụ: Sở Nội vụ tỉnh Kon Tum',
  },
  form: {
    createTitle: 'Thêm người vào danh bạ',
    editTitle: (name: string) => `Sửa thông tin: ${name}`,
    created: (name: string) => `Đã thêm ${name} vào danh bạ.`,
    saved: (name: string) => `Đã lưu thông tin của ${name}.`,
    conflictTitle: 'Thông tin người này đã được thay đổi ở nơi khác',
  },
  // The same words as shared/contract/people.ts, checked before sending.
  errors: {
    required: (label: string) => `${label} không được để trống`,
    tooLong: (label: string, max: number) => `${label} dài quá ${max} ký tự`,
  },
};
