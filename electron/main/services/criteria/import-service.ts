import type { CriteriaGridRow, CriteriaImportPreview, CriteriaImportRow } from '../../../../shared/domain/criteria';
import type { UnitMatch } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../../shared/format/file-name';
import { foldText } from '../../../../shared/text/fold';
import { autoPick } from '../units/name-lookup';
import type { UnitsService } from '../units/units-service';
import type { CriteriaService } from './criteria-service';
import { importMessages as msg } from './messages';
import { buildTemplate, readSheet } from './xlsx';

/** Per sheet row (by its number), the unit the user picked where the name was not taken without asking. */
export type ImportResolutions = Record<string, number>;

interface Deps {
  criteria: CriteriaService;
  /** The name matcher: names as the sheet writes them ("UBND xã Đăk Ui"), scoped to the district. */
  units: Pick<UnitsService, 'match'>;
}

/** The district grid as an XLSX file: template, preview with row errors, all-or-nothing commit. */
export function createCriteriaImportService(deps: Deps) {
  const { criteria, units } = deps;

  async function preview(
    districtId: number,
    year: number,
    base64: string,
    resolutions: ImportResolutions = {},
  ): Promise<CriteriaImportPreview> {
    const grid = criteria.forDistrictYear(districtId, year);
    const sheetRows = await readSheet(base64, grid.set);
    const byCode = new Map(grid.rows.filter((r) => r.code).map((r) => [r.code as string, r]));
    const byId = new Map(grid.rows.map((r) => [r.unitId, r]));
    const firstRowOf = new Map<number, number>();
    // Candidates among the grid's communes only: the matcher is scoped to the district, the grid to the set.
    const matchesOf = (name: string) =>
      units.match(name, { parentId: districtId, kinds: ['commune'], limit: 10 }).filter((m) => byId.has(m.unitId));

    const rows: CriteriaImportRow[] = sheetRows.map((sheetRow) => {
      const errors = [...sheetRow.errors];
      let unit: CriteriaGridRow | null = null;
      let candidates: UnitMatch[] | undefined;
      let resolved = false;
      const picked = resolutions[String(sheetRow.rowNumber)];
      if (sheetRow.code) {
        unit = byCode.get(sheetRow.code) ?? null;
        if (!unit) errors.unshift(msg.unknownUnit(sheetRow.code, sheetRow.name));
        else if (sheetRow.name && !matchesOf(sheetRow.name).some((m) => m.unitId === unit?.unitId)) {
          errors.unshift(msg.codeNameMismatch(sheetRow.code, sheetRow.name, unit.name));
          unit = null;
        }
      } else if (picked !== undefined) {
        unit = byId.get(picked) ?? null;
        resolved = unit !== null;
        if (!unit) errors.unshift(msg.resolutionNotInDistrict(sheetRow.name));
      } else {
        const matches = matchesOf(sheetRow.name);
        unit = byIdOf(autoPick(matches));
        if (!unit && matches.length > 0) {
          candidates = matches;
          errors.unshift(msg.chooseUnit(sheetRow.name, matches.length));
        } else if (!unit) errors.unshift(msg.unknownUnit('', sheetRow.name));
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
        writtenName: sheetRow.name,
        ...(candidates ? { candidates } : {}),
        ...(resolved ? { resolved } : {}),
      };
    });
    return { year, setId: grid.set.id, rows, errorCount: rows.filter((r) => r.errors.length > 0).length };

    function byIdOf(match: UnitMatch | null): CriteriaGridRow | null {
      return match ? (byId.get(match.unitId) ?? null) : null;
    }
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
    async commit(districtId: number, year: number, base64: string, resolutions: ImportResolutions = {}): Promise<CriteriaImportPreview> {
      const result = await preview(districtId, year, base64, resolutions);
      if (result.errorCount > 0) throw new AppError('VALIDATION', msg.refused(result.errorCount));
      // The sheet carries no notes: the notes stored now are kept (read per row, not the whole grid again).
      const notes = new Map(result.rows.map((r) => [r.unitId, criteria.getUnitYear(r.unitId as number, year)?.notes ?? []]));
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
