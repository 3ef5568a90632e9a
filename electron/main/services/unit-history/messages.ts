import { formatDate } from '../../../../shared/format/date';

/** Vietnamese messages of unit validity, successor links and the village import. */
export const historyMessages = {
  unitNotFound: (id: number) => `Không tìm thấy đơn vị (mã bản ghi ${id}); hãy tải lại.`,
  stale: (name: string) => `Đơn vị "${name}" vừa được thay đổi ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại rồi sửa lại.`,
  differentKinds: 'Chỉ liên kết được hai đơn vị cùng cấp (tỉnh với tỉnh, xã với xã...).',
  linkExists: (from: string, to: string) => `Đã có liên kết giữa "${from}" và "${to}".`,
  cycle: 'Liên kết này tạo thành vòng lặp (đơn vị kế thừa lại là tiền thân của chính nó).',
  effectiveBeforeFounding: (name: string, date: string) => `Ngày có hiệu lực phải sau ngày thành lập của "${name}" (${formatDate(date)}).`,
  provinceSucceeded: (name: string) =>
    `${name} đã có tỉnh kế thừa; tỉnh mới chỉ được tạo kế thừa tỉnh đang quản lý (tỉnh chưa sáp nhập, chưa đổi tên).`,
  linkNotFound: (id: number) => `Không tìm thấy liên kết đơn vị (mã bản ghi ${id}).`,
  village: {
    nameRequired: 'Thiếu tên thôn, làng.',
    nameTooLong: 'Tên thôn, làng dài quá 200 ký tự.',
    communeRequired: 'Thiếu mã hoặc tên xã.',
    communeNotFound: (value: string) => `Không tìm thấy xã "${value}" (theo mã, mã bản ghi hoặc tên).`,
    communeAmbiguous: (value: string) => `Có nhiều xã tên "${value}"; hãy ghi mã xã.`,
    chooseCommune: (value: string, count: number) =>
      count === 1
        ? `Tên xã "${value}" chỉ gần đúng: hãy chọn xã đúng trong danh sách (sẽ không tự chọn).`
        : `Tên xã "${value}" có thể là ${count} xã: hãy chọn xã đúng trong danh sách.`,
    notCommune: (name: string) => `"${name}" không phải đơn vị cấp xã.`,
    communeArchived: (name: string) => `Xã "${name}" đang ở trạng thái lưu trữ.`,
    exists: (name: string, commune: string) => `Thôn "${name}" đã có trong ${commune}.`,
    duplicate: (row: number) => `Trùng với dòng ${row} của tệp.`,
    refused: (count: number) => `Còn ${count} dòng có lỗi nên chưa nhập dòng nào. Hãy sửa các dòng báo lỗi rồi nhập lại.`,
  },
};
