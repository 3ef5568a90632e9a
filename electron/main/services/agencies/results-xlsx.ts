import type ExcelJS from 'exceljs';

import { type CriteriaResults, criterionByDistrict } from '../../../../shared/domain/agencies';
import { loadExcelJs } from '../files/lazy-modules';
import { agenciesMessages } from './messages';

const text = agenciesMessages.xlsx;
const h = text.headers;

function headerRow(sheet: ExcelJS.Worksheet, rowNumber: number, values: string[]): void {
  const row = sheet.getRow(rowNumber);
  row.values = values;
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

/**
 * Results criterion by criterion as a workbook: one sheet of criteria (counts as numbers, shares as
 * percentages), one by district and one listing the communes short of each criterion. `owner` (an agency's
 * workbook) is said under the title.
 */
export async function buildResultsXlsx(data: CriteriaResults, scopeName: string, owner: string | null = null): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  const main = workbook.addWorksheet(text.sheet(data.year), { views: [{ state: 'frozen', ySplit: 3 }] });
  main.getCell(1, 1).value = text.title(data.setName, data.year);
  main.getCell(1, 1).font = { bold: true, size: 13 };
  main.getCell(2, 1).value = owner ? `${text.scope(scopeName, data.recorded)}. ${owner}` : text.scope(scopeName, data.recorded);
  main.getCell(2, 1).font = { italic: true };
  headerRow(main, 3, [h.number, h.name, h.agencies, h.recorded, h.met, h.share, h.previousMet(data.year - 1), h.change, h.notMet]);
  main.columns = [
    { width: 6 },
    { width: 42 },
    { width: 36 },
    { width: 12 },
    { width: 11 },
    { width: 12 },
    { width: 14 },
    { width: 16 },
    { width: 12 },
  ];
  data.criteria.forEach((c, index) => {
    const row = main.getRow(4 + index);
    row.values = [
      c.number,
      c.name,
      c.agencies.map((agency) => agency.name).join('; '),
      c.recorded,
      c.met,
      c.share === null ? null : c.share / 100,
      c.previousMet,
      c.previousMet === null ? null : c.met - c.previousMet,
      c.recorded - c.met,
    ];
    row.getCell(6).numFmt = '0.0%';
    row.getCell(8).numFmt = '+0;-0;0';
    row.getCell(2).alignment = { wrapText: true };
    row.getCell(3).alignment = { wrapText: true };
  });

  const districts = workbook.addWorksheet(text.districtsSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  headerRow(districts, 1, [h.number, h.name, h.district, h.recorded, h.met, h.share]);
  districts.columns = [{ width: 6 }, { width: 42 }, { width: 26 }, { width: 12 }, { width: 11 }, { width: 12 }];
  let line = 2;
  for (const c of data.criteria) {
    for (const d of criterionByDistrict(data.districts, c)) {
      const row = districts.getRow(line++);
      row.values = [c.number, c.name, d.districtName, d.recorded, d.met, d.recorded === 0 ? null : d.met / d.recorded];
      row.getCell(6).numFmt = '0.0%';
    }
  }

  const short = workbook.addWorksheet(text.shortSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  headerRow(short, 1, [h.ordinal, h.number, h.name, h.commune, h.district]);
  short.columns = [{ width: 6 }, { width: 6 }, { width: 42 }, { width: 26 }, { width: 26 }];
  line = 2;
  for (const c of data.criteria) {
    for (const unit of c.notMet) {
      short.getRow(line).values = [line - 1, c.number, c.name, unit.name, unit.districtName ?? text.noDistrict];
      line += 1;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
