import type { EthnicFlagImport, EthnicFlagImportRow, EthnicFlagRow } from '../../../../shared/domain/criteria';
import { parseMark } from '../../../../shared/domain/criteria-marks';
import { AppError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/text/fold';
import { parseName } from '../../../../shared/text/unit-names';
import { cellText, importedText, refuseMerged } from '../files/xlsx-cells';
import { loadWorkbook } from '../files/xlsx-guard';
import { compareNames, otherType } from '../units/name-matcher';
import { ethnicListMessages as msg, importMessages } from './messages';

const NAME_HEADER = 'ten don vi';
const CODE_HEADER = 'ma don vi';
/** "Vùng DTTS", "Vùng đồng bào DTTS", "Vùng đồng bào dân tộc thiểu số": any header naming the area. */
const FLAG_HEADER = /(dtts|dan toc thieu so)/u;

const QUALITY_RANK = { exact: 0, folded: 1, approximate: 2 } as const;

/**
 * The district's units a written name means, by the name matcher's rules ("UBND xã Đắk La", "Dak La",
 * "thôn 3, xã Đắk Mar"): the best-ranked ones, and whether they are only approximate ("Đăk La").
 * A written commune after a comma narrows villages to that commune.
 */
function candidatesFor(written: string, units: EthnicFlagRow[]): { best: EthnicFlagRow[]; approximate: boolean } {
  const parsed = parseName(written);
  const commune = parsed.qualifiers[0];
  const scoped = commune
    ? units.filter(
        (u) => u.kind === 'village' && u.communeName && compareNames(commune, parseName(u.communeName))?.quality !== 'approximate',
      )
    : units;
  const ranked = scoped
    .map((unit) => ({ unit, compared: compareNames(parsed, parseName(unit.name)) }))
    .filter((c): c is { unit: EthnicFlagRow; compared: NonNullable<typeof c.compared> } => c.compared !== null)
    .map((c) => ({
      unit: c.unit,
      quality: c.compared.quality,
      rank: QUALITY_RANK[c.compared.quality] * 4 + c.compared.distance * 2 + (otherType(parsed, c.unit.adminType) ? 1 : 0),
    }));
  if (ranked.length === 0) return { best: [], approximate: false };
  const top = Math.min(...ranked.map((c) => c.rank));
  const best = ranked.filter((c) => c.rank === top);
  return { best: best.map((c) => c.unit), approximate: best[0].quality === 'approximate' };
}

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
  const rows: EthnicFlagImportRow[] = [];
  for (let r = header + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const read = (col: number) => {
      const cell = row.getCell(col);
      refuseMerged(cell);
      return importedText(cell);
    };
    const name = read(nameCol);
    const code = codeCol ? read(codeCol) : '';
    const flagText = flagCol ? read(flagCol) : '';
    if (!name && !code && !flagText) continue;
    const errors: string[] = [];
    let unit: EthnicFlagRow | null = code ? (byCode.get(code) ?? null) : null;
    if (!unit) {
      // Never taken without asking: an approximate or ambiguous name is an error naming what it may be.
      const { best, approximate } = name ? candidatesFor(name, units) : { best: [], approximate: false };
      if (best.length === 1 && !approximate) unit = best[0];
      else if (approximate)
        errors.push(
          msg.approximate(
            r,
            name,
            best.map((u) => u.name),
          ),
        );
      else errors.push(best.length > 1 ? msg.ambiguous(r, name) : msg.unknownUnit(r, name || code));
    }
    const flag = flagCol ? parseMark(flagText) : true;
    if (flag === null) errors.push(msg.badFlag(r, flagText));
    rows.push({ rowNumber: r, name: unit?.name ?? name, unitId: unit?.unitId ?? null, ethnicMinorityArea: flag, errors });
  }
  if (rows.length === 0) throw new AppError('VALIDATION', msg.noRows);
  return { rows, errorCount: rows.filter((row) => row.errors.length > 0).length };
}
