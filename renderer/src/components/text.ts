/** Vietnamese text of the shared components. */
export const commonText = {
  retry: 'Thử lại',
  reload: 'Tải lại',
  save: 'Lưu',
  cancel: 'Hủy',
  saveFailed: 'Chưa lưu được',
  conflictTitle: 'Dữ liệu đã được người khác thay đổi',
  datePlaceholder: 'dd/mm/yyyy',
  invalidDate: 'Ngày không hợp lệ',
  discardTitle: 'Bỏ các thay đổi chưa lưu?',
  discardMessage: 'Những gì vừa nhập trong hộp thoại này sẽ không được lưu.',
  discardConfirm: 'Bỏ thay đổi',
  keepEditing: 'Tiếp tục sửa',
  exportXlsx: 'Xuất Excel',
  xlsxFailed: 'Chưa tải được tệp Excel',
  xlsxFailedDetail: 'Đã có lỗi khi lập tệp Excel. Hãy thử lại.',
} as const;
