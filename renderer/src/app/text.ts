/** Vietnamese text of the app frame: header, navigation, loading and error states. */
export const appText = {
  appName: 'Thi đua',
  navLabel: 'Chức năng',
  loading: 'Đang tải...',
  startFailed: 'Không mở được dữ liệu',
  retry: 'Thử lại',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Địa chỉ này không có trong phần mềm.',
  backHome: 'Về danh sách đơn vị',
  operator: (name: string) => `Người dùng: ${name}`,
  confirm: 'Đồng ý',
  cancel: 'Hủy',
  toggleNav: 'Mở hoặc đóng thanh chức năng',
  close: 'Đóng',
  closeWindow: 'Đóng cửa sổ',
  clearDate: 'Xóa ngày',
  pagination: { first: 'Trang đầu', previous: 'Trang trước', next: 'Trang sau', last: 'Trang cuối' },
};
