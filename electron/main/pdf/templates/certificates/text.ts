import { formatNumber } from '../../../../../shared/format/number';

const signed = (value: number) => (value > 0 ? `+${formatNumber(value, 1)}` : value < 0 ? `−${formatNumber(-value, 1)}` : '0');

/** Vietnamese wording of the certificate batch and the calibration page. */
export const certificateText = {
  batchTitle: 'Bằng khen, giấy khen in trên phôi',
  batchRegisterTitle: (decisionNumber: string) => `Bằng khen, giấy khen theo Quyết định số ${decisionNumber}`,
  calibrationTitle: 'Trang căn chỉnh phôi bằng khen, giấy khen',
  calibrationRegisterTitle: (layoutName: string) => `Trang căn chỉnh phôi: ${layoutName}`,
  decision: (number: string, dateWords: string) => `Quyết định số ${number} ${dateWords}`,
  registerNumber: (number: number, year: number) => `${number}/${year}`,
  sheet: (awardName: string, awardee: string, register: string) => `${awardName} tặng ${awardee} (số vào sổ ${register})`,
  calibrationNote: (layoutName: string, x: number, y: number) => [
    `TRANG CĂN CHỈNH: ${layoutName}`,
    `Độ lệch máy in đang dùng: ngang ${signed(x)} mm, dọc ${signed(y)} mm.`,
    'Vạch kẻ cách nhau 5 mm, số ghi milimét tính từ mép trên và mép trái của giấy. Đặt trang này lên phôi (hoặc in thẳng lên phôi hỏng) để xem các khung có nằm đúng dòng; nếu cả trang lệch, đo vạch 10 mm cách mép giấy bao nhiêu rồi sửa độ lệch trong Cài đặt.',
  ],
  params: {
    decisionNotFound: (id: number) => `Không tìm thấy quyết định có mã ${id}`,
    layoutNotFound: (id: number) => `Không tìm thấy mẫu phôi có mã ${id}`,
    notIssued: (number: string) => `Quyết định số ${number} chưa ban hành: chỉ in bằng khen cho quyết định đã ban hành (đã có số vào sổ)`,
    unknownAward: (number: string, code: string) => `Quyết định số ${number} không có hình thức khen thưởng mã "${code}"`,
  },
};
