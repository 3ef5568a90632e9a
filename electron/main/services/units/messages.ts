/** Vietnamese messages of the unit registry's rules. */
export const unitMessages = {
  notFound: (id: number) => `Không tìm thấy đơn vị (mã bản ghi ${id}). Có thể đơn vị đã bị xóa khỏi danh sách hiển thị; hãy tải lại.`,
  stale: (name: string) =>
    `Đơn vị "${name}" vừa được thay đổi ở nơi khác (cửa sổ hoặc thẻ khác). Thay đổi của bạn chưa được lưu; hãy tải lại để xem dữ liệu mới rồi sửa lại.`,
  codeTaken: (code: string, other: string) => `Mã đơn vị ${code} đã được dùng cho "${other}". Mỗi mã chỉ dùng cho một đơn vị.`,
  parentNotFound: 'Không tìm thấy đơn vị cấp trên đã chọn.',
  parentRequired: (kindLabel: string) => `${kindLabel} phải có đơn vị cấp trên.`,
  parentNotAllowed: (kindLabel: string) => `${kindLabel} không có đơn vị cấp trên.`,
  parentWrongKind: (kindLabel: string, parentKinds: string) => `Đơn vị cấp trên của ${kindLabel.toLowerCase()} phải là ${parentKinds}.`,
  parentArchived: (name: string) => `Đơn vị cấp trên "${name}" đang ở trạng thái lưu trữ; hãy khôi phục đơn vị đó trước.`,
  parentCycle: 'Không thể chọn chính đơn vị này hoặc đơn vị trực thuộc nó làm đơn vị cấp trên.',
  emFlagNotAllowed: 'Chỉ xã, phường, thị trấn và thôn, làng mới được đánh dấu thuộc vùng đồng bào dân tộc thiểu số.',
  alreadyArchived: (name: string) => `Đơn vị "${name}" đã ở trạng thái lưu trữ.`,
  notArchived: (name: string) => `Đơn vị "${name}" đang hoạt động, không cần khôi phục.`,
  hasActiveChildren: (name: string, count: number) =>
    `Đơn vị "${name}" còn ${count} đơn vị trực thuộc đang hoạt động. Hãy lưu trữ các đơn vị đó trước.`,
  kindChangeWithChildren: (name: string) => `Không thể đổi loại của đơn vị "${name}" khi còn đơn vị trực thuộc.`,
  /** Why a written name matched a unit (units.match, import previews). */
  match: {
    exact: 'trùng tên',
    folded: 'trùng tên khi bỏ dấu, không phân biệt hoa thường',
    alias: (alias: string) => `tên gọi khác: ${alias}`,
    approximate: (pairs: string) => `gần đúng: ${pairs}`,
    approximateAlias: (pairs: string) => `gần đúng tên gọi khác: ${pairs}`,
    otherType: (adminType: string) => `khác loại (${adminType})`,
    archived: 'đơn vị đã lưu trữ',
  },
  aliasNotFound: (id: number) => `Không tìm thấy tên gọi khác (mã bản ghi ${id}); có thể đã bị xóa. Hãy tải lại.`,
  aliasIsName: (name: string, official: string) =>
    `"${name}" đã khớp với tên chính thức "${official}" (kể cả khi bỏ dấu), không cần thêm làm tên gọi khác.`,
  aliasTaken: (name: string) => `Đơn vị đã có tên gọi khác "${name}".`,
  aliasEmpty: 'Tên gọi khác phải có ít nhất một chữ cái hoặc chữ số.',
  /** A registry file read back for its aliases. */
  aliasImport: {
    unreadable: 'Không đọc được tệp. Hãy chọn tệp danh bạ đơn vị đã xuất ra Excel (.xlsx) hoặc CSV từ phần mềm.',
    noHeader: (name: string, aliases: string) =>
      `Không tìm thấy dòng tiêu đề có cột "${name}" và cột "${aliases}". Hãy dùng tệp danh bạ đơn vị xuất từ phần mềm.`,
    unitRequired: 'Thiếu mã và tên đơn vị.',
    notFound: (name: string) => `Không tìm thấy đơn vị "${name}" trong danh bạ.`,
    codeNotFound: (code: string, name: string) => `Không có đơn vị mã ${code}; cũng không tìm thấy đơn vị tên "${name}".`,
    choose: (name: string, count: number) => `"${name}" có thể là ${count} đơn vị: hãy chọn đúng đơn vị.`,
    pickedMissing: 'Đơn vị đã chọn không còn trong danh bạ; hãy kiểm tra lại.',
    refused: (count: number) => `Chưa thêm tên gọi khác nào: còn ${count} dòng cần xử lý (đơn vị chưa xác định).`,
    nothing: 'Tệp không có tên gọi khác mới nào để thêm.',
  },
  /** The registry exported to CSV and Excel: headers, values and file names. */
  registryExport: {
    columns: {
      code: 'Mã',
      name: 'Tên đơn vị',
      adminType: 'Loại',
      parent: 'Cấp trên',
      ethnicMinorityArea: 'Vùng DTTS',
      aliases: 'Tên gọi khác',
      phone: 'Điện thoại',
      email: 'Email',
      address: 'Địa chỉ',
      notes: 'Ghi chú',
      status: 'Trạng thái',
    },
    yes: 'Có',
    active: 'Đang hoạt động',
    archived: 'Đã lưu trữ',
    fileName: 'Danh bạ đơn vị',
    sheetName: 'Danh bạ đơn vị',
    title: 'DANH BẠ ĐƠN VỊ',
    subtitle: (date: string, count: string) => `Xuất ngày ${date}; ${count} đơn vị theo bộ lọc đang chọn`,
  },
};
