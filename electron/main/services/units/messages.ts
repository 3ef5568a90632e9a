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
  secondProvince: (existing: string) =>
    `Cơ sở dữ liệu này đã có ${existing}; mỗi cơ sở dữ liệu chỉ quản lý một tỉnh. Tỉnh mới sau sáp nhập hoặc đổi tên chỉ được tạo cùng với liên kết kế thừa từ ${existing}.`,
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
  /** The registry file read back (units.importPreview / importCommit). */
  registryImport: {
    unreadable: 'Không đọc được tệp. Hãy chọn tệp Excel (.xlsx) hoặc CSV xuất từ "Xuất Excel" / "Xuất CSV" của danh bạ đơn vị.',
    noHeader: 'Không thấy dòng tiêu đề của danh bạ (các cột "Mã", "Tên đơn vị", "Loại", "Cấp trên"). Hãy dùng tệp xuất từ danh bạ đơn vị.',
    noRows: 'Tệp không có dòng đơn vị nào để nhập.',
    tooManyRows: (max: string) => `Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${max} đơn vị.`,
    nameRequired: 'Thiếu tên đơn vị.',
    typeRequired: 'Thiếu loại (ví dụ: Xã, Phường, Thôn, Huyện, Sở).',
    unknownType: (type: string) =>
      `Loại "${type}" không phải loại đơn vị đã biết (Tỉnh, Huyện, Thành phố, Thị xã, Xã, Phường, Thị trấn, Thôn, Làng, Tổ dân phố, Sở, Ban...).`,
    badFlag: (value: string) => `Cột "Vùng DTTS" ghi "${value}": chỉ ghi "Có" hoặc để trống.`,
    badStatus: (value: string) => `Cột "Trạng thái" ghi "${value}": chỉ ghi "Đang hoạt động", "Đã lưu trữ" hoặc để trống.`,
    archivedRow: 'Đơn vị ghi "Đã lưu trữ": không nhập.',
    existing: (name: string) => `Đã có trong danh bạ ("${name}"): giữ nguyên, không nhập lại.`,
    codeOther: (code: string, other: string) => `Mã ${code} đã là mã của "${other}" trong danh bạ. Mỗi mã chỉ dùng cho một đơn vị.`,
    codeTwice: (code: string, row: number) => `Mã ${code} đã có ở dòng ${row} của tệp.`,
    rowTwice: (row: number) => `Trùng với dòng ${row} của tệp (cùng tên, cùng cấp trên).`,
    parentNotFound: (text: string) => `Không tìm thấy đơn vị cấp trên "${text}" trong danh bạ hay ở các dòng trên của tệp.`,
    parentAmbiguous: (text: string, count: number) =>
      `"${text}" ứng với ${count} đơn vị trong danh bạ; ghi mã của đơn vị cấp trên, hoặc tên kèm cấp trên của nó (ví dụ "Xã Ia Chim, Thành phố Kon Tum").`,
    parentLaterRow: (text: string) => `Đơn vị cấp trên "${text}" phải đứng ở một dòng phía trên trong tệp.`,
    parentErrorRow: (row: number) => `Đơn vị cấp trên ở dòng ${row} có lỗi; sửa dòng đó trước.`,
    refused: (count: number) => `Còn ${count} dòng có lỗi nên chưa nhập đơn vị nào. Hãy sửa các dòng báo lỗi trong tệp rồi nhập lại.`,
  },
};
