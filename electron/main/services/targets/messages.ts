import type { Movement } from '../../../../shared/domain/movements';
import type { Target, UnitFilter } from '../../../../shared/domain/targets';
import { LEVEL_LABELS } from '../../../../shared/text/movements-text';

/** Vietnamese texts of target evaluation: how each value and projection is computed. */

export const targetMessages = {
  movementNotFound: (id: number) => `Không tìm thấy phong trào (mã bản ghi ${id}); hãy tải lại.`,
  targetNotFound: (id: number) => `Không tìm thấy chỉ tiêu (mã bản ghi ${id}); hãy tải lại.`,
  stale: (code: string) => `Chỉ tiêu ${code} vừa được thay đổi ở nơi khác. Thay đổi của bạn chưa được lưu; hãy tải lại rồi sửa lại.`,
  codeTaken: (code: string) => `Phong trào đã có chỉ tiêu mã "${code}".`,
  levelNotForUnits: (level: string) => `Mức "${level}" không áp dụng cho loại đơn vị mà chỉ tiêu tính trên đó.`,
  partsOnlyForCount: 'Chỉ tiêu thành phần chỉ dùng với cách tính "số đơn vị đạt mức".',
  partNotFound: (code: string) => `Chỉ tiêu ${code} không có chỉ tiêu thành phần này; hãy tải lại.`,
  districtNotInArea: (id: number) =>
    `Huyện, thành phố (mã bản ghi ${id}) không có xã nào trên địa bàn phong trào trong năm này; hãy tải lại.`,
};

function unitsText(filter: UnitFilter): string {
  const kind = { commune: 'xã', village: 'thôn, làng', district: 'huyện, thành phố' }[filter.kind];
  const types = filter.adminTypes.length > 0 ? ` (loại hình: ${filter.adminTypes.join(', ')})` : '';
  const em =
    filter.ethnicMinorityArea === true
      ? ' thuộc vùng đồng bào dân tộc thiểu số'
      : filter.ethnicMinorityArea === false
        ? ' ngoài vùng đồng bào dân tộc thiểu số'
        : '';
  return `các ${kind}${types}${em} trên địa bàn phong trào, còn hiệu lực trong năm đánh giá`;
}

const LEVEL_RULE =
  'Mức công nhận của một đơn vị trong năm là mức theo quyết định gần nhất đến hết năm đó (công nhận còn giá trị cho đến khi có quyết định khác).';

function valueText(target: Target): string {
  const d = target.definition;
  switch (d.metric) {
    case 'level-count':
      return `Giá trị = số ${unitsText(d.units)} đạt mức "${LEVEL_LABELS[d.level]}" trở lên. ${LEVEL_RULE}`;
    case 'level-share':
      return `Giá trị = tỷ lệ % ${unitsText(d.units)} đạt mức "${LEVEL_LABELS[d.level]}" trở lên trên tổng số các đơn vị đó. ${LEVEL_RULE}`;
    case 'min-criteria':
      return `Giá trị = số tiêu chí thấp nhất trong ${unitsText(d.units)} đã nhập kết quả năm đánh giá; danh sách kèm theo là các đơn vị dưới mức chỉ tiêu.`;
    case 'criteria-gain':
      return `Giá trị = số ${unitsText(d.units)} ${d.minGain <= 1 ? 'không tăng tiêu chí' : `tăng ít hơn ${d.minGain} tiêu chí`} so với năm trước (chỉ xét đơn vị có kết quả cả hai năm và năm trước chưa đạt đủ tiêu chí; đơn vị chưa có số liệu năm trước không được tính mà ghi là "chưa có số liệu năm trước"). Đây là chỉ tiêu hằng năm: năm nào còn đơn vị không đạt thì đánh giá "có nguy cơ không đạt" và không dự báo.`;
    case 'income-ratio':
      return `Giá trị = thu nhập bình quân đầu người khu vực nông thôn của địa bàn phong trào năm đánh giá chia cho năm ${target.baseYear}.`;
  }
}

/** The `method` text shown beside each target. */
export function methodText(target: Target, movement: Movement): string {
  const projection =
    target.definition.metric === 'criteria-gain'
      ? ''
      : ` Dự báo cuối kỳ (năm ${movement.endYear}) theo tốc độ hiện tại: tốc độ bình quân mỗi năm = (giá trị năm đánh giá − giá trị năm gốc) / số năm giữa hai năm; ` +
        `dự báo = giá trị năm đánh giá + tốc độ × số năm còn lại đến ${movement.endYear}, không vượt quá tổng số đơn vị (hoặc 100%). ` +
        `Năm gốc là năm ${target.baseYear} hoặc năm đầu tiên sau đó có số liệu nhập đúng năm; nếu chưa có năm gốc trước năm đánh giá thì chưa dự báo.`;
  const status =
    target.goal === null
      ? ' Chỉ tiêu không có mức định lượng nên chỉ theo dõi.'
      : ' Đánh giá: "Đã đạt" khi giá trị đạt mức chỉ tiêu; "Có nguy cơ không đạt" khi dự báo cuối kỳ không đạt mức chỉ tiêu hoặc đã hết giai đoạn mà chưa đạt; còn lại là "Chưa đạt".';
  return `${valueText(target)}${projection}${status}`;
}
