import type { CriteriaGridRow, CriteriaImportPreview, CriteriaImportRow } from '../../../../shared/domain/criteria';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../../shared/format/file-name';
import { foldText } from '../../../../shared/text/fold';
import type { CriteriaService } from './criteria-service';
import { importMessages as msg } from './messages';
import { buildTemplate, readSheet } from './xlsx';

/** "Xã Đắk Pxi" and "Đắk Pxi" compare equal: the type prefix is optional in the sheet. */
function nameKey(name: string): string {
  return foldText(name).replace(/^(xa|phuong|thi tran) /, '');
}

/** The district grid as an XLSX file: template, preview with row errors, all-or-nothing commit. */
export function createCriteriaImportService(deps: { criteria: CriteriaService }) {
  const { criteria } = deps;

  async function preview(districtId: number, year: number, base64: string): Promise<CriteriaImportPreview> {
    const grid = criteria.forDistrictYear(districtId, year);
    const sheetRows = await readSheet(base64, grid.set);
    const byCode = new Map(grid.rows.filter((r) => r.code).map((r) => [r.code as string, r]));
    const byName = new Map<string, CriteriaGridRow[]>();
    for (const row of grid.rows) byName.set(nameKey(row.name), [...(byName.get(nameKey(row.name)) ?? []), row]);
    const firstRowOf = new Map<number, number>();

    const rows: CriteriaImportRow[] = sheetRows.map((sheetRow) => {
      const errors = [...sheetRow.errors];
      let unit: CriteriaGridRow | null = null;
      if (sheetRow.code) {
        unit = byCode.get(sheetRow.code) ?? null;
        if (!unit) errors.unshift(msg.unknownUnit(sheetRow.code, sheetRow.name));
        else if (sheetRow.name && nameKey(sheetRow.name) !== nameKey(unit.name)) {
          errors.unshift(msg.codeNameMismatch(sheetRow.code, sheetRow.name, unit.name));
          unit = null;
        }
      } else {
        const matches = byName.get(nameKey(sheetRow.name)) ?? [];
        if (matches.length === 1) unit = matches[0];
        else if (matches.length > 1) errors.unshift(msg.ambiguousName(sheetRow.name));
        else errors.unshift(msg.unknownUnit('', sheetRow.name));
      }
      if (unit) {
        const first = firstRowOf.get(unit.unitId);
        if (first !== undefined) errors.push(msg.duplicate(unit.name, first));
        else firstRowOf.set(unit.unitId, sheetRow.rowNumber);
      }
      return {
        rowNumber: sheetRow.rowNumber,
        unitId: unit?.unitId ?? null,
        code: sheetRow.code,
        name: unit?.name ?? sheetRow.name,
        criteriaMet: sheetRow.criteriaMet,
        errors,
      };
    });
    return { year, setId: grid.set.id, rows, errorCount: rows.filter((r) => r.errors.length > 0).length };
  }

  return {
    async template(districtId: number, year: number): Promise<{ fileName: string; base64: string }> {
      const grid = criteria.forDistrictYear(districtId, year);
      const buffer = await buildTemplate(grid.set, year, grid.district.name, grid.rows);
      const safeName = foldText(grid.district.name).replace(/ /g, '-');
      return { fileName: safeFileName([`tieu-chi-ntm-${year}-${safeName}`], 'xlsx'), base64: buffer.toString('base64') };
    },
    preview,
    /** Writes every row in one transaction, or nothing when any row has an error. */
    async commit(districtId: number, year: number, base64: string): Promise<CriteriaImportPreview> {
      const result = await preview(districtId, year, base64);
      if (result.errorCount > 0) throw new AppError('VALIDATION', msg.refused(result.errorCount));
      // The sheet carries no notes: the notes already stored are kept.
      const notes = new Map(criteria.forDistrictYear(districtId, year).rows.map((r) => [r.unitId, r.notes]));
      criteria.writeDistrictRows(
        districtId,
        year,
        result.rows.map((row) => ({
          unitId: row.unitId as number,
          criteriaMet: row.criteriaMet,
          notes: notes.get(row.unitId as number) ?? [],
          path: `rows.${row.rowNumber}`,
        })),
      );
      return result;
    },
  };
}

export type CriteriaImportService = ReturnType<typeof createCriteriaImportService>;
