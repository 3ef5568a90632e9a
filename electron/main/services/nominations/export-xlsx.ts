import {
  COLLECTIVE_CLASS_LABELS,
  type CollectiveClass,
  ELIGIBILITY_LABELS,
  GENDER_LABELS,
  INDIVIDUAL_CLASS_LABELS,
  type IndividualClass,
  type Nomination,
  NOMINATION_STATUS_LABELS,
  type NominationRound,
  type Nominee,
  NOMINEE_KIND_LABELS,
} from '../../../../shared/domain/nominations';
import { formatDate } from '../../../../shared/format/date';
import { loadExcelJs } from '../files/lazy-modules';

/** Headers the import reads back, so an exported list can be sent out, filled and imported again. */
const HEADERS = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Loại đối tượng',
  'Giới tính',
  'Ngày sinh / Năm sinh',
  'Chức vụ',
  'Đơn vị công tác / Địa chỉ',
  'Phân loại',
  'Hình thức khen thưởng',
  'Đơn vị đề nghị',
  'Trạng thái hồ sơ',
  'Điều kiện',
  'Lưu ý',
];
const WIDTHS = [6, 30, 12, 9, 12, 24, 30, 22, 30, 22, 14, 16, 40];

const title = (round: NominationRound) => `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG: ${round.name.toLocaleUpperCase('vi')}`;

function classLabel(nominee: Nominee): string {
  if (!nominee.classification) return '';
  if (nominee.kind === 'individual') return INDIVIDUAL_CLASS_LABELS[nominee.classification as IndividualClass] ?? '';
  if (nominee.kind === 'collective') return COLLECTIVE_CLASS_LABELS[nominee.classification as CollectiveClass] ?? '';
  return '';
}

/** The round's list as it shows on screen (filters applied), one row per nomination, as an XLSX workbook. */
export async function nominationsWorkbook(round: NominationRound, items: { nomination: Nomination; nominee: Nominee }[]): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getCell(1, 1).value = title(round);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(3);
  header.values = HEADERS;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  items.forEach(({ nomination: n, nominee }, index) => {
    const address = nominee.kind === 'household' ? [nominee.village, nominee.commune].filter(Boolean).join(', ') : nominee.workplace;
    const row = sheet.getRow(4 + index);
    row.values = [
      index + 1,
      nominee.name,
      NOMINEE_KIND_LABELS[nominee.kind],
      nominee.gender ? GENDER_LABELS[nominee.gender] : '',
      nominee.birthDate ? formatDate(nominee.birthDate) : (nominee.birthYear ?? ''),
      nominee.position,
      address,
      classLabel(nominee),
      n.awardName,
      n.proposingUnitName,
      NOMINATION_STATUS_LABELS[n.status],
      ELIGIBILITY_LABELS[n.eligibility],
      n.flags.join('; '),
    ];
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
