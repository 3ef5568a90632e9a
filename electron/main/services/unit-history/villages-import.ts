import type { VillageImportRow } from '../../../../shared/domain/unit-history';
import type { UnitListItem, UnitMatch } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { foldText, normalizeText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import { autoPick } from '../units/name-lookup';
import type { UnitsService } from '../units/units-service';
import { historyMessages } from './messages';

const msg = historyMessages.village;

export interface VillageInputRow {
  name: string;
  commune: string;
  ethnicMinorityArea: boolean;
  adminType: string;
}

interface Deps {
  db: Db;
  /** The unit registry writes the villages (one audit entry for the batch) inside this import's transaction. */
  units: Pick<UnitsService, 'find' | 'findByCode' | 'foldedNamesUnder' | 'createBulk' | 'match'>;
}

const DEFAULT_ADMIN_TYPE = 'Thôn';

/** Villages (thôn, làng) from a pasted or imported list: preview with row errors, all-or-nothing commit. */
export function createVillagesImportService(deps: Deps) {
  const { db, units } = deps;

  interface Resolved {
    unit: UnitListItem | null;
    error: string | null;
    candidates?: UnitMatch[];
    resolved?: boolean;
  }

  function resolveCommune(value: string, picked: number | undefined): Resolved {
    const text = normalizeText(value);
    if (text === '') return { unit: null, error: msg.communeRequired };
    if (picked !== undefined) {
      const unit = units.find(picked);
      if (!unit || unit.kind !== 'commune') return { unit: null, error: msg.notCommune(unit?.name ?? text) };
      return { unit, error: null, resolved: true };
    }
    const byCode = units.findByCode(text);
    const byId = /^\d+$/.test(text) && !byCode ? units.find(Number(text)) : null;
    const direct = byCode ? units.find(byCode.id) : byId;
    if (direct) {
      if (direct.kind !== 'commune') return { unit: null, error: msg.notCommune(direct.name) };
      return { unit: direct, error: null };
    }
    // Scoped lookups through the name matcher ("UBND xã Đăk Ui", "xã Ngọc Wang, huyện Đăk Hà"), never every commune.
    const matches = units.match(text, { kinds: ['commune'], limit: 10 });
    const best = autoPick(matches);
    if (best) return { unit: units.find(best.unitId), error: null };
    if (matches.length > 0) return { unit: null, error: msg.chooseCommune(text, matches.length), candidates: matches };
    return { unit: null, error: msg.communeNotFound(text) };
  }

  function preview(rows: VillageInputRow[], resolutions: Record<string, number> = {}): VillageImportRow[] {
    const seen = new Map<string, number>();
    // A list names the same commune on many rows: each written commune is looked up once.
    const communeCache = new Map<string, Resolved>();
    const communeOf = (value: string, picked: number | undefined) => {
      const key = `${picked ?? ''}|${normalizeText(value)}`;
      let found = communeCache.get(key);
      if (!found) {
        found = resolveCommune(value, picked);
        communeCache.set(key, found);
      }
      return found;
    };
    const resolved = rows.map((row, index) => communeOf(row.commune, resolutions[String(index + 1)]));
    // The villages already under every commune named, archived ones included, in one read (their stored folded names).
    const existingNames = units.foldedNamesUnder([...new Set(resolved.flatMap((r) => (r.unit ? [r.unit.id] : [])))], 'village');
    const none = new Set<string>();
    const existing = (communeId: number) => existingNames.get(communeId) ?? none;
    return rows.map((row, index) => {
      const rowNumber = index + 1;
      const name = normalizeText(row.name);
      const errors: string[] = [];
      if (name === '') errors.push(msg.nameRequired);
      else if (name.length > 200) errors.push(msg.nameTooLong);
      const { unit, error, candidates, resolved: picked } = resolved[index];
      if (error) errors.push(error);
      if (unit?.archived) errors.push(msg.communeArchived(unit.name));
      if (unit && name) {
        const folded = foldText(name);
        const key = `${unit.id}|${folded}`;
        if (existing(unit.id).has(folded)) errors.push(msg.exists(name, unit.name));
        const first = seen.get(key);
        if (first !== undefined) errors.push(msg.duplicate(first));
        else seen.set(key, rowNumber);
      }
      return {
        rowNumber,
        name,
        commune: normalizeText(row.commune),
        communeId: unit?.id ?? null,
        communeName: unit?.name ?? null,
        ethnicMinorityArea: row.ethnicMinorityArea,
        errors,
        ...(candidates ? { candidates } : {}),
        ...(picked ? { resolved: picked } : {}),
      };
    });
  }

  return {
    preview,
    commit(rows: VillageInputRow[], resolutions: Record<string, number> = {}): { created: number } {
      return db.transaction(() => {
        const checked = preview(rows, resolutions);
        const bad = checked.filter((r) => r.errors.length > 0).length;
        if (bad > 0) throw new AppError('VALIDATION', msg.refused(bad));
        const fields = checked.map((row, index) => ({
          code: null,
          name: row.name,
          kind: 'village' as const,
          adminType: normalizeText(rows[index].adminType) || DEFAULT_ADMIN_TYPE,
          parentId: row.communeId,
          ethnicMinorityArea: row.ethnicMinorityArea,
          headName: '',
          phone: '',
          email: '',
          address: '',
          notes: '',
        }));
        units.createBulk(fields);
        return { created: checked.length };
      })();
    },
  };
}

export type VillagesImportService = ReturnType<typeof createVillagesImportService>;
