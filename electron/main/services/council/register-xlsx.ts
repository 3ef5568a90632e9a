import type { RegisterEntry } from '../../../../shared/domain/council';
import { NOMINEE_KIND_LABELS } from '../../../../shared/domain/nominations';
import { formatDate } from '../../../../shared/format/date';
import { loadExcelJs } from '../files/lazy-modules';

const HEADERS = [
  'Số vào sổ',
  'Năm',
  'Họ và tên / Tên tập thể',
  'Loại đối tượng',
  'Hình thức khen thưởng',
  'Đơn vị trình',
  'Số quyết định',
  'Ngày quyết định',
  'Thẩm quyền',
];
const WIDTHS = [10, 8, 32, 14, 34, 26, 18, 14, 30];

/** The award register as on screen (filters applied), newest first, as an XLSX workbook. */
export async function registerWorkbook(rows: readonly RegisterEntry[], year: number | null): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet('Sổ khen thưởng', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getCell(1, 1).value = year === null ? 'SỔ KHEN THƯỞNG' : `SỔ KHEN THƯỞNG NĂM ${year}`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(3);
  header.values = HEADERS;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  rows.forEach((r, index) => {
    sheet.getRow(4 + index).values = [
      r.registerNumber,
      r.registerYear,
      r.nomineeName,
      NOMINEE_KIND_LABELS[r.nomineeKind],
      r.awardName,
      r.proposingUnitName,
      r.decisionNumber,
      formatDate(r.decisionDate),
      r.signerAuthority,
    ];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
