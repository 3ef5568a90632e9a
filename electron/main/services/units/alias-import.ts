import type { AliasImportPreview, AliasImportRow, UnitListItem, UnitMatch } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/text/fold';
import { aliasText, parseName } from '../../../../shared/text/unit-names';
import type { UnitsRepository } from '../../db/repositories/units';
import { unitMessages } from './messages';
import { autoPick, type NameLookup } from './name-lookup';
import { compareNames } from './name-matcher';
import { readRegistryFile, type RegistryFileRow } from './registry-file';

const text = unitMessages.aliasImport;

interface Deps {
  units: Pick<UnitsRepository, 'get' | 'getByCode' | 'aliasByName'>;
  names: NameLookup;
}

export type Resolutions = Record<string, number>;

/** The names a cell lists ("Đăk Ui; UBND xã Đắk Ui cũ"), as aliases are stored: agency and parent words left out. */
function namesOf(cell: string): string[] {
  return cell
    .split(/[;\n]/u)
    .map((name) => aliasText(name.trim()).trim())
    .filter((name) => name !== '' && parseName(name).key !== '');
}

/**
 * Reads a registry file's "Tên gọi khác" column back: each row's unit by its code, else by its name
 * under its parent through the name matcher (an ambiguous or approximate one is for the user to pick),
 * and the names the unit does not answer to yet. Reads only; the commit writes what this finds.
 */
export function createAliasImport(deps: Deps) {
  const { units, names } = deps;

  function unitOf(
    row: RegistryFileRow,
    picked: number | undefined,
  ): { unit: UnitListItem | null; error?: string; candidates?: UnitMatch[] } {
    if (picked !== undefined) {
      const unit = units.get(picked);
      return unit ? { unit } : { unit: null, error: text.pickedMissing };
    }
    if (row.code) {
      const byCode = units.getByCode(row.code);
      if (byCode) return { unit: units.get(byCode.id) };
    }
    if (!row.name) return { unit: null, error: row.code ? text.codeNotFound(row.code, row.name) : text.unitRequired };
    const written = row.parentName ? `${row.name}, ${row.parentName}` : row.name;
    const matches = names.match(written, { limit: 10 });
    const best = autoPick(matches);
    if (best) return { unit: units.get(best.unitId) };
    if (matches.length > 0) return { unit: null, error: text.choose(row.name, matches.length), candidates: matches };
    return { unit: null, error: row.code ? text.codeNotFound(row.code, row.name) : text.notFound(row.name) };
  }

  async function preview(base64: string, resolutions: Resolutions = {}): Promise<AliasImportPreview> {
    const fileRows = await readRegistryFile(base64);
    const listed = fileRows.filter((row) => namesOf(row.aliases).length > 0);
    // A unit listed twice gets each name once.
    const planned = new Map<number, Set<string>>();
    const rows = listed.map((row): AliasImportRow => {
      const picked = resolutions[String(row.rowNumber)];
      const { unit, error, candidates } = unitOf(row, picked);
      const add: string[] = [];
      const unchanged: string[] = [];
      if (unit) {
        const own = parseName(unit.name);
        const seen = planned.get(unit.id) ?? new Set<string>();
        planned.set(unit.id, seen);
        for (const name of namesOf(row.aliases)) {
          const same = compareNames(parseName(name), own);
          const known = (same && same.quality !== 'approximate') || units.aliasByName(unit.id, name) !== null || seen.has(foldText(name));
          if (known) unchanged.push(name);
          else {
            add.push(name);
            seen.add(foldText(name));
          }
        }
      }
      return {
        rowNumber: row.rowNumber,
        code: row.code || null,
        name: row.name,
        parentName: row.parentName,
        unitId: unit?.id ?? null,
        unitName: unit?.name ?? null,
        add,
        unchanged,
        errors: error ? [error] : [],
        ...(candidates ? { candidates } : {}),
        ...(picked !== undefined && unit ? { resolved: true } : {}),
      };
    });
    const changed = rows.filter((row) => row.add.length > 0);
    return {
      rows,
      skipped: fileRows.length - listed.length,
      units: new Set(changed.map((row) => row.unitId)).size,
      aliases: changed.reduce((sum, row) => sum + row.add.length, 0),
    };
  }

  return {
    preview,
    /** The preview a commit writes: refused whole while a row is in error or nothing is new. */
    async checked(base64: string, resolutions: Resolutions = {}): Promise<AliasImportPreview> {
      const found = await preview(base64, resolutions);
      const bad = found.rows.filter((row) => row.errors.length > 0).length;
      if (bad > 0) throw new AppError('VALIDATION', text.refused(bad));
      if (found.aliases === 0) throw new AppError('VALIDATION', text.nothing);
      return found;
    },
  };
}
