import type { EthnicFlagImport, EthnicFlagImportRow, EthnicFlagRow } from '../../../../shared/domain/criteria';
import { parseMark } from '../../../../shared/domain/criteria-marks';
import { AppError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/text/fold';
import { loadWorkbook } from '../files/xlsx-guard';
import { ethnicListMessages as msg, importMessages } from './messages';
import { cellText } from './xlsx';

const NAME_HEADER = 'ten don vi';
const CODE_HEADER = 'ma don vi';
/** "Vùng DTTS", "Vùng đồng bào DTTS", "Vùng đồng bào dân tộc thiểu số": any header naming the area. */
const FLAG_HEADER = /(dtts|dan toc thieu so)/u;

/** "Xã Đắk La" and "Đắk La" compare equal; so do "Thôn 1" and "1" only with the prefix. */
const withoutPrefix = (name: string) => foldText(name).replace(/^(xa|phuong|thi tran|thon|lang|to dan pho) /u, '');

/**
 * Reads a list of the district's communes and villages: by code when given, else by name (with or
 * without "Xã", "Thôn"). Without a flag column every listed unit is in the area; with one, its cell
 * says yes or no in the grid's accepted values. Nothing is written: the screen ticks the rows.
 */
export async function readEthnicList(base64: string, units: EthnicFlagRow[]): Promise<EthnicFlagImport> {
  const workbook = await loadWorkbook(base64, { unreadableMessage: importMessages.unreadable });
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', importMessages.unreadable);
  let header = 0;
  let nameCol = 0;
  let codeCol = 0;
  let flagCol = 0;
  for (let r = 1; r <= Math.min(10, sheet.rowCount) && header === 0; r += 1) {
    sheet.getRow(r).eachCell((cell, col) => {
      const text = foldText(cellText(cell.value));
      if (text === NAME_HEADER) nameCol = col;
      else if (text === CODE_HEADER) codeCol = col;
      else if (FLAG_HEADER.test(text)) flagCol = col;
    });
    if (nameCol) header = r;
    else codeCol = flagCol = 0;
  }
  if (!header) throw new AppError('VALIDATION', msg.noHeader);

  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code as string, u]));
  const byFull = new Map<string, EthnicFlagRow[]>();
  const byShort = new Map<string, EthnicFlagRow[]>();
  const add = (map: Map<string, EthnicFlagRow[]>, key: string, unit: EthnicFlagRow) => map.set(key, [...(map.get(key) ?? []), unit]);
  for (const unit of units) {
    add(byFull, foldText(unit.name), unit);
    add(byShort, withoutPrefix(unit.name), unit);
  }

  const rows: EthnicFlagImportRow[] = [];
  for (let r = header + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const name = cellText(row.getCell(nameCol).value);
    const code = codeCol ? cellText(row.getCell(codeCol).value) : '';
    const flagText = flagCol ? cellText(row.getCell(flagCol).value) : '';
    if (!name && !code && !flagText) continue;
    const errors: string[] = [];
    let unit: EthnicFlagRow | null = code ? (byCode.get(code) ?? null) : null;
    if (!unit) {
      const full = byFull.get(foldText(name)) ?? [];
      const matches = full.length > 0 ? full : (byShort.get(withoutPrefix(name)) ?? []);
      if (matches.length === 1) unit = matches[0];
      else errors.push(matches.length > 1 ? msg.ambiguous(r, name) : msg.unknownUnit(r, name || code));
    }
    const flag = flagCol ? parseMark(flagText) : true;
    if (flag === null) errors.push(msg.badFlag(r, flagText));
    rows.push({ rowNumber: r, name: unit?.name ?? name, unitId: unit?.unitId ?? null, ethnicMinorityArea: flag, errors });
  }
  if (rows.length === 0) throw new AppError('VALIDATION', msg.noRows);
  return { rows, errorCount: rows.filter((row) => row.errors.length > 0).length };
}
