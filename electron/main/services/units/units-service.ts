import type { UnitPage, UnitPageInput, UnitSort } from '../../../../shared/contract/units';
import type {
  ArchivedFilter,
  Unit,
  UnitAlias,
  UnitAliasSource,
  UnitDetail,
  UnitKind,
  UnitListItem,
  UnitMatch,
} from '../../../../shared/domain/units';
import { KINDS_WITH_EM_FLAG, PARENT_KINDS } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { compareVietnamese } from '../../../../shared/text/collate';
import { foldText } from '../../../../shared/text/fold';
import { aliasText, parseName } from '../../../../shared/text/unit-names';
import { UNIT_KIND_SUBJECTS } from '../../../../shared/text/units-text';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { UnitsRepository, UnitWrite } from '../../db/repositories/units';
import type { Clock } from '../context';
import { unitMessages } from './messages';
import { createNameLookup, type MatchOptions } from './name-lookup';
import { compareNames } from './name-matcher';
import { registryCsv, type RegistryFile, registryXlsx } from './registry-export';
import { rankSearchResults, searchTerms } from './search';
import { plainUnit, unitSnapshot } from './snapshot';

export interface UnitListFilter {
  kind?: UnitKind;
  /** Any of these kinds; wins over `kind`. */
  kinds?: UnitKind[];
  ids?: number[];
  districtId?: number;
  parentId?: number;
  ethnicMinorityArea?: boolean;
  archived: ArchivedFilter;
  query?: string;
}

// Alias changes are filed under the unit's id, so the unit's history shows them with its own.
function aliasSnapshot(alias: UnitAlias) {
  return { id: alias.id, name: alias.name, source: alias.source };
}

/** The list filters, checked on a unit the name matcher found (the prefix search filters in SQL). */
function passes(unit: UnitListItem, filter: Omit<UnitListFilter, 'query'>): boolean {
  if (filter.archived === 'active' && unit.archived) return false;
  if (filter.archived === 'archived' && !unit.archived) return false;
  if (filter.kinds ? !filter.kinds.includes(unit.kind) : filter.kind && unit.kind !== filter.kind) return false;
  if (filter.ids && !filter.ids.includes(unit.id)) return false;
  if (filter.parentId !== undefined && unit.parentId !== filter.parentId) return false;
  if (filter.districtId !== undefined && unit.districtId !== filter.districtId) return false;
  if (filter.ethnicMinorityArea !== undefined && unit.ethnicMinorityArea !== filter.ethnicMinorityArea) return false;
  return true;
}

/** The query the word-prefix search reads: agency words dropped, type abbreviations written out. */
function searchableText(query: string): string {
  const written = parseName(query);
  const qualifiers = query
    .split(/[,;()]|\s[-–]\s/u)
    .slice(1)
    .join(' ');
  const main = written.adminType ? `${written.adminType} ${written.display}` : written.display;
  return foldText(query) === foldText(`${main} ${qualifiers}`) ? query : `${main} ${qualifiers}`.trim();
}

/** How many matches of a typed query are ranked and paged; past it the user narrows the query or filters. */
export const RANKED_LIMIT = 1000;

const KIND_RANK: Record<UnitKind, number> = { province: 0, district: 1, commune: 2, village: 3, agency: 4 };

/** A query's ranked matches ordered by a column instead (the screen's sort), Vietnamese order, ties by name. */
function sortRows(rows: UnitListItem[], sort: UnitSort, direction: 'asc' | 'desc'): UnitListItem[] {
  const key: Record<UnitSort, (unit: UnitListItem) => string | number> = {
    level: (unit) => KIND_RANK[unit.kind],
    name: (unit) => unit.name,
    kind: (unit) => KIND_RANK[unit.kind],
    code: (unit) => unit.code ?? '',
    parent: (unit) => `${unit.districtName ?? ''} ${unit.parentName ?? ''}`,
    head: (unit) => unit.headName,
  };
  const get = key[sort];
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    const by = typeof x === 'number' && typeof y === 'number' ? x - y : compareVietnamese(String(x), String(y));
    return sign * (by || compareVietnamese(a.name, b.name) || a.id - b.id);
  });
}

interface Deps {
  db: Db;
  units: UnitsRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** The unit registry: rules on parents, codes and archiving; every write audited in its transaction. */
export function createUnitsService(deps: Deps) {
  const { db, units, audit, clock } = deps;
  const names = createNameLookup({ units });

  function mustGet(id: number): UnitListItem {
    const unit = units.get(id);
    if (!unit) throw new AppError('NOT_FOUND', unitMessages.notFound(id));
    return unit;
  }

  function checkFields(fields: UnitWrite, selfId: number | null): void {
    if (fields.code) {
      const other = units.getByCode(fields.code);
      if (other && other.id !== selfId) {
        const message = unitMessages.codeTaken(fields.code, other.name);
        throw new AppError('CONFLICT', message, [{ path: 'code', message }]);
      }
    }
    if (fields.ethnicMinorityArea && !KINDS_WITH_EM_FLAG.includes(fields.kind)) {
      throw new AppError('VALIDATION', unitMessages.emFlagNotAllowed, [
        { path: 'ethnicMinorityArea', message: unitMessages.emFlagNotAllowed },
      ]);
    }
    const allowed = PARENT_KINDS[fields.kind];
    const subject = UNIT_KIND_SUBJECTS[fields.kind];
    const fail = (message: string): never => {
      throw new AppError('VALIDATION', message, [{ path: 'parentId', message }]);
    };
    if (fields.parentId === null) {
      if (!allowed.includes(null)) fail(unitMessages.parentRequired(subject));
      return;
    }
    if (allowed.length === 1 && allowed[0] === null) fail(unitMessages.parentNotAllowed(subject));
    const parent = units.get(fields.parentId);
    if (!parent) return fail(unitMessages.parentNotFound);
    if (!allowed.includes(parent.kind)) {
      const names = allowed.filter((k): k is UnitKind => k !== null).map((k) => UNIT_KIND_SUBJECTS[k].toLowerCase());
      fail(unitMessages.parentWrongKind(subject, names.join(' hoặc ')));
    }
    if (parent.archived) fail(unitMessages.parentArchived(parent.name));
    if (selfId !== null && (parent.id === selfId || units.ancestors(parent.id).some((a) => a.id === selfId))) {
      fail(unitMessages.parentCycle);
    }
  }

  function insertAlias(unitId: number, name: string, source: UnitAliasSource): UnitAlias {
    const at = clock.now();
    const id = units.insertAlias(unitId, name, source, at);
    const alias = units.alias(id) as UnitAlias;
    audit.record(
      { entity: 'unit-alias', entityId: unitId, action: 'create', before: null, after: aliasSnapshot(alias), operator: deps.operator() },
      at,
    );
    return alias;
  }

  /**
   * The search box and a list's query: the name matcher's exact, folded and alias matches first (a whole
   * name as people write it: "UBND xã Đăk Ui", "TT Plei Kần"), then word-prefix hits ranked with exact
   * diacritics first, then one-letter variants when nothing closer was found. Filters apply to all three.
   */
  function findByName(query: string, filter: Omit<UnitListFilter, 'query'>, limit?: number): UnitListItem[] {
    const written = parseName(query);
    const includeArchived = filter.archived !== 'active';
    const matched = names.match(query, {
      includeArchived,
      kinds: filter.kinds ?? (filter.kind ? [filter.kind] : undefined),
      parentId: filter.parentId,
      limit: 50,
    });
    const prefixQuery = searchableText(query);
    const terms = searchTerms(prefixQuery);
    if (terms.words.length === 0 && matched.length === 0) return [];
    const candidates = terms.words.length === 0 ? [] : units.list({ ...filter, words: terms.words, compact: terms.compact, limit });
    const ranked = rankSearchResults(candidates, prefixQuery);
    // Variants only when nothing closer was found, and only a replaced letter: "ontum" is not "Kon Tum" typed short.
    const closer = ranked.length > 0 || matched.some((m) => m.quality !== 'approximate');
    const variants = closer
      ? []
      : matched.filter((m) => m.quality === 'approximate' && parseName(m.name).key.length === written.key.length);
    const byId = new Map<number, UnitListItem>();
    const take = (unit: UnitListItem | null) => {
      if (unit && !byId.has(unit.id) && passes(unit, filter)) byId.set(unit.id, unit);
    };
    matched.filter((m) => m.quality !== 'approximate').forEach((m) => take(units.get(m.unitId)));
    ranked.forEach(take);
    variants.forEach((m) => take(units.get(m.unitId)));
    return [...byId.values()];
  }

  function setArchived(id: number, version: number, archived: boolean): Unit {
    return db.transaction(() => {
      const before = mustGet(id);
      if (before.version !== version) throw new AppError('CONFLICT', unitMessages.stale(before.name));
      if (archived) {
        if (before.archived) throw new AppError('CONFLICT', unitMessages.alreadyArchived(before.name));
        const children = units.activeChildCount(id);
        if (children > 0) throw new AppError('CONFLICT', unitMessages.hasActiveChildren(before.name, children));
      } else {
        if (!before.archived) throw new AppError('CONFLICT', unitMessages.notArchived(before.name));
        const parent = before.parentId ? units.get(before.parentId) : null;
        if (parent?.archived) throw new AppError('CONFLICT', unitMessages.parentArchived(parent.name));
      }
      const at = clock.now();
      if (!units.setArchived(id, version, archived, at)) throw new AppError('CONFLICT', unitMessages.stale(before.name));
      const after = plainUnit(mustGet(id));
      audit.record(
        {
          entity: 'unit',
          entityId: id,
          action: archived ? 'archive' : 'restore',
          before: unitSnapshot(plainUnit(before)),
          after: unitSnapshot(after),
          operator: deps.operator(),
        },
        at,
      );
      return after;
    })();
  }

  /**
   * One page. Without a query SQL filters, orders, pages and counts. With one, the best RANKED_LIMIT
   * matches are ranked as the search box ranks them and paged from there; the count is still every match.
   */
  function pageOf(input: UnitPageInput): UnitPage {
    const { page, pageSize, sort, direction, query, ...filter } = input;
    const offset = (page - 1) * pageSize;
    const text = query?.trim();
    if (!text) {
      const rows = units.page(filter, { sort: sort ?? 'level', direction }, offset, pageSize);
      return { rows, total: units.countWhere(filter), rankedLimit: null };
    }
    const ranked = findByName(text, filter, RANKED_LIMIT);
    const ordered = sort ? sortRows(ranked, sort, direction) : ranked;
    let total = ranked.length;
    let rankedLimit: number | null = null;
    if (ranked.length >= RANKED_LIMIT) {
      const terms = searchTerms(searchableText(text));
      total = Math.max(ranked.length, units.countWhere({ ...filter, words: terms.words, compact: terms.compact }));
      rankedLimit = ranked.length;
    }
    return { rows: ordered.slice(offset, offset + pageSize), total, rankedLimit };
  }

  function listOf(filter: UnitListFilter): UnitListItem[] {
    if (!filter.query) return units.list(filter);
    const { query, ...rest } = filter;
    return findByName(query, rest);
  }

  return {
    /** One unit as listed, or null: the cheap read other areas check their unit ids with. */
    find(id: number): UnitListItem | null {
      return units.get(id);
    },
    findByCode(code: string): Unit | null {
      return units.getByCode(code);
    },
    /** Every unit the filters match, for server-side readers (documents, exports, imports); screens use `page`. */
    list: listOf,
    page: pageOf,
    /** The list as its filters show it, to CSV (UTF-8 with BOM) for other software. */
    exportCsv(filter: UnitListFilter): RegistryFile {
      const list = listOf(filter);
      return registryCsv(list, units.aliasNamesOf(list.map((unit) => unit.id)), clock.now().slice(0, 10));
    },
    /** The list as its filters show it, to an Excel workbook. */
    exportXlsx(filter: UnitListFilter): Promise<RegistryFile> {
      const list = listOf(filter);
      return registryXlsx(list, units.aliasNamesOf(list.map((unit) => unit.id)), clock.now().slice(0, 10));
    },
    get(id: number): UnitDetail {
      const unit = mustGet(id);
      return {
        ...unit,
        children: units.list({ parentId: id, archived: 'all' }),
        ancestors: units.ancestors(id),
      };
    },
    /**
     * Search as the search box does: case, diacritics and đ/d ignored, word prefixes, exact diacritics first.
     * A whole name as people write it ("UBND xã Đăk Ui", "TT Plei Kần") is read by the name matcher:
     * its exact, folded and alias matches come first, one-letter variants after the word-prefix hits.
     */
    search(query: string, limit: number, includeArchived = false): UnitListItem[] {
      // Fetch a wider candidate set than asked, so ranking picks the best of it rather than the first in name order.
      return findByName(query, { archived: includeArchived ? 'all' : 'active' }, Math.max(limit * 10, 200)).slice(0, limit);
    },
    /** Candidates for a name as people write it, best first, each with why it matched. */
    match(name: string, options: MatchOptions = {}): UnitMatch[] {
      return names.match(name, options);
    },
    aliases(unitId: number): UnitAlias[] {
      mustGet(unitId);
      return units.aliases(unitId);
    },
    /** Adds another name of a unit (tên gọi khác), audited with the unit; agency and parent words are left out. */
    addAlias(unitId: number, name: string, source: UnitAliasSource = 'user'): UnitAlias {
      return db.transaction(() => {
        const unit = mustGet(unitId);
        const text = aliasText(name);
        if (parseName(text).key === '') {
          throw new AppError('VALIDATION', unitMessages.aliasEmpty, [{ path: 'name', message: unitMessages.aliasEmpty }]);
        }
        const same = compareNames(parseName(text), parseName(unit.name));
        if (same && same.quality !== 'approximate') {
          const message = unitMessages.aliasIsName(text, unit.name);
          throw new AppError('VALIDATION', message, [{ path: 'name', message }]);
        }
        if (units.aliasByName(unitId, text)) throw new AppError('CONFLICT', unitMessages.aliasTaken(text));
        return insertAlias(unitId, text, source);
      })();
    },
    removeAlias(id: number): { removed: number } {
      return db.transaction(() => {
        const alias = units.alias(id);
        if (!alias) throw new AppError('NOT_FOUND', unitMessages.aliasNotFound(id));
        const at = clock.now();
        units.deleteAlias(id);
        audit.record(
          {
            entity: 'unit-alias',
            entityId: alias.unitId,
            action: 'delete',
            before: aliasSnapshot(alias),
            after: null,
            operator: deps.operator(),
          },
          at,
        );
        return { removed: id };
      })();
    },
    /**
     * Keeps a former name as an alias of the unit that carries on (renamed, merged), inside the caller's
     * transaction; nothing when the unit already answers to that name.
     */
    keepFormerName(unitId: number, formerName: string, source: UnitAliasSource): UnitAlias | null {
      const unit = mustGet(unitId);
      const same = compareNames(parseName(formerName), parseName(unit.name));
      if ((same && same.quality !== 'approximate') || units.aliasByName(unitId, formerName)) return null;
      return insertAlias(unitId, formerName.normalize('NFC').trim(), source);
    },
    create(fields: UnitWrite): Unit {
      return db.transaction(() => {
        checkFields(fields, null);
        const at = clock.now();
        const id = units.insert(fields, at);
        const created = plainUnit(mustGet(id));
        audit.record(
          { entity: 'unit', entityId: id, action: 'create', before: null, after: unitSnapshot(created), operator: deps.operator() },
          at,
        );
        return created;
      })();
    },
    update(id: number, version: number, fields: UnitWrite): Unit {
      return db.transaction(() => {
        const before = mustGet(id);
        if (before.version !== version) throw new AppError('CONFLICT', unitMessages.stale(before.name));
        if (fields.kind !== before.kind && units.activeChildCount(id) > 0) {
          const message = unitMessages.kindChangeWithChildren(before.name);
          throw new AppError('VALIDATION', message, [{ path: 'kind', message }]);
        }
        checkFields(fields, id);
        const at = clock.now();
        if (!units.update(id, version, fields, at)) throw new AppError('CONFLICT', unitMessages.stale(before.name));
        const after = plainUnit(mustGet(id));
        audit.record(
          {
            entity: 'unit',
            entityId: id,
            action: 'update',
            before: unitSnapshot(plainUnit(before)),
            after: unitSnapshot(after),
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },
    /**
     * Sets only the ethnic-minority-area flag at the version read, audited; the caller checks the
     * unit belongs where it should. Nested in the caller's transaction when there is one.
     */
    setEthnicMinorityArea(id: number, version: number, ethnicMinorityArea: boolean, at: string = clock.now()): Unit | null {
      return db.transaction(() => {
        const before = plainUnit(mustGet(id));
        if (before.version !== version) return null;
        if (ethnicMinorityArea && !KINDS_WITH_EM_FLAG.includes(before.kind)) {
          throw new AppError('VALIDATION', unitMessages.emFlagNotAllowed, [
            { path: 'ethnicMinorityArea', message: unitMessages.emFlagNotAllowed },
          ]);
        }
        const { id: _id, archived: _a, version: _v, createdAt: _c, updatedAt: _u, ...fields } = before;
        if (!units.update(id, version, { ...fields, ethnicMinorityArea }, at)) return null;
        const after = plainUnit(mustGet(id));
        audit.record(
          {
            entity: 'unit',
            entityId: id,
            action: 'update',
            before: unitSnapshot(before),
            after: unitSnapshot(after),
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },
    archive(id: number, version: number): Unit {
      return setArchived(id, version, true);
    },
    restore(id: number, version: number): Unit {
      return setArchived(id, version, false);
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
