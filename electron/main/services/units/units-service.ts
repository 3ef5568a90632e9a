import type { UnitPage, UnitPageInput, UnitSort } from '../../../../shared/contract/units';
import type {
  AliasImportPreview,
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
import { createAliasImport, type Resolutions } from './alias-import';
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

/** A row of units.createBulk: a new unit, under an existing unit or an earlier row (`parentRow`), with its other names. */
export interface BulkUnitRow extends UnitWrite {
  parentRow?: number;
  aliases?: string[];
}

/** Word-prefix hits a page ranks in TypeScript at least (exact diacritics first); further hits keep the list order. */
const RANK_WINDOW = 200;
const RANK_WINDOW_MAX = 1000;

/** Same-name units the search box's matcher reads at most: it shows 50, and each is parsed to be ranked. */
const SAME_KEY_CAP = 200;

export interface SearchPage {
  offset: number;
  limit: number;
}

export interface SearchResult {
  items: UnitListItem[];
  hasMore: boolean;
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
  const aliasImport = createAliasImport({ units, names });

  function mustGet(id: number): UnitListItem {
    const unit = units.get(id);
    if (!unit) throw new AppError('NOT_FOUND', unitMessages.notFound(id));
    return unit;
  }

  /**
   * One province per database: a province is only added as the successor of the one already there
   * (a merger or a renaming, recorded with its link in one transaction by `unitHistory.createSuccessor`).
   */
  function checkOneProvince(fields: UnitWrite, selfId: number | null, successorOfProvince: boolean, prefix = ''): void {
    if (fields.kind !== 'province' || successorOfProvince) return;
    const other = units.provinces().find((p) => p.id !== selfId);
    if (other) {
      const message = unitMessages.secondProvince(other.name);
      throw new AppError('CONFLICT', message, [{ path: `${prefix}kind`, message }]);
    }
  }

  /**
   * The rules on a unit's fields. `known` lets a batch answer codes and parents from maps it read once
   * (a code absent from `codes` is free; `parents` holds every parent the batch names); `prefix` is
   * the row's path ("rows.3.") in a batch's field errors.
   */
  function checkFields(
    fields: UnitWrite,
    selfId: number | null,
    known?: { codes: Map<string, { id: number; name: string }>; parents: Map<number, UnitListItem | null>; prefix: string },
  ): void {
    const prefix = known?.prefix ?? '';
    if (fields.code) {
      const other = known ? (known.codes.get(fields.code) ?? null) : units.getByCode(fields.code);
      if (other && other.id !== selfId) {
        const message = unitMessages.codeTaken(fields.code, other.name);
        throw new AppError('CONFLICT', message, [{ path: `${prefix}code`, message }]);
      }
    }
    if (fields.ethnicMinorityArea && !KINDS_WITH_EM_FLAG.includes(fields.kind)) {
      throw new AppError('VALIDATION', unitMessages.emFlagNotAllowed, [
        { path: `${prefix}ethnicMinorityArea`, message: unitMessages.emFlagNotAllowed },
      ]);
    }
    const allowed = PARENT_KINDS[fields.kind];
    const subject = UNIT_KIND_SUBJECTS[fields.kind];
    const fail = (message: string): never => {
      throw new AppError('VALIDATION', message, [{ path: `${prefix}parentId`, message }]);
    };
    if (fields.parentId === null) {
      if (!allowed.includes(null)) fail(unitMessages.parentRequired(subject));
      return;
    }
    if (allowed.length === 1 && allowed[0] === null) fail(unitMessages.parentNotAllowed(subject));
    const parent = known ? (known.parents.get(fields.parentId) ?? null) : units.get(fields.parentId);
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
   * Word-prefix hits come from the search index; a page ranks the first of them (in list order), any
   * further ones follow in list order, so pages of one size never overlap. Only the page's units are read in full.
   */
  function findByName(query: string, filter: Omit<UnitListFilter, 'query'>, page: SearchPage | null): SearchResult {
    const { ids, hasMore } = rankedIds(query, filter, page);
    return { items: units.getMany(ids), hasMore };
  }

  /** The ids findByName reads, best first (the page's when one is given), with whether more follow. */
  function rankedIds(query: string, filter: Omit<UnitListFilter, 'query'>, page: SearchPage | null): { ids: number[]; hasMore: boolean } {
    const written = parseName(query);
    const includeArchived = filter.archived !== 'active';
    const matchOptions: MatchOptions = {
      includeArchived,
      kinds: filter.kinds ?? (filter.kind ? [filter.kind] : undefined),
      parentId: filter.parentId,
      limit: 50,
      sameKeyCap: SAME_KEY_CAP,
    };
    const matched = names.match(query, { ...matchOptions, approximate: false });
    const prefixQuery = searchableText(query);
    const terms = searchTerms(prefixQuery);
    if (terms.words.length === 0 && matched.length === 0) return { ids: [], hasMore: false };
    const wanted = page ? page.offset + page.limit + 1 : Number.MAX_SAFE_INTEGER;
    // As before the index: a page ranks the first ten pages' worth (200 to 1000); a whole list ranks all.
    const window = page ? Math.min(Math.max(page.limit * 10, RANK_WINDOW), RANK_WINDOW_MAX) : Number.MAX_SAFE_INTEGER;
    const hits =
      terms.words.length === 0
        ? []
        : units.searchMatches({ ...filter, words: terms.words, compact: terms.compact, limit: Math.max(window, wanted) });
    const ranked = [...rankSearchResults(hits.slice(0, window), prefixQuery), ...hits.slice(window)];
    // Variants only when nothing closer was found, and only a replaced letter: "ontum" is not "Kon Tum" typed short.
    const closer = ranked.length > 0 || matched.length > 0;
    const variants = closer
      ? []
      : names.match(query, matchOptions).filter((m) => m.quality === 'approximate' && parseName(m.name).key.length === written.key.length);
    const ids: number[] = [];
    const seen = new Set<number>();
    const take = (id: number) => {
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    };
    // Matcher hits and variants are read in full to apply the filters the index path applies in SQL.
    const filtered = (list: UnitMatch[]) => units.getMany(list.map((m) => m.unitId)).filter((unit) => passes(unit, filter));
    filtered(matched).forEach((unit) => take(unit.id));
    ranked.forEach((hit) => take(hit.id));
    filtered(variants).forEach((unit) => take(unit.id));
    const pageIds = page ? ids.slice(page.offset, page.offset + page.limit) : ids;
    return { ids: pageIds, hasMore: page ? ids.length > page.offset + page.limit : false };
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
    const ranked = rankedIds(text, filter, { offset: 0, limit: RANKED_LIMIT }).ids;
    // In ranked order only the page's units are read in full; another column's order needs them all.
    const rows = sort
      ? sortRows(units.getMany(ranked), sort, direction).slice(offset, offset + pageSize)
      : units.getMany(ranked.slice(offset, offset + pageSize));
    let total = ranked.length;
    let rankedLimit: number | null = null;
    if (ranked.length >= RANKED_LIMIT) {
      const terms = searchTerms(searchableText(text));
      total = Math.max(ranked.length, units.countWhere({ ...filter, words: terms.words, compact: terms.compact }));
      rankedLimit = ranked.length;
    }
    return { rows, total, rankedLimit };
  }

  function listOf(filter: UnitListFilter): UnitListItem[] {
    if (!filter.query) return units.list(filter);
    const { query, ...rest } = filter;
    return findByName(query, rest, null).items;
  }

  return {
    /**
     * The administrative type of an area (a movement's scope): the unit's own, or for the whole register its
     * one active province's; null when the register holds several provinces (a ministry's, or after a merger).
     */
    areaAdminType(scopeUnitId: number | null): string | null {
      if (scopeUnitId !== null) return units.get(scopeUnitId)?.adminType ?? null;
      const provinces = units.typesOfKind('province', 2);
      return provinces.length === 1 ? provinces[0] : null;
    },
    /** One unit as listed, or null: the cheap read other areas check their unit ids with. */
    find(id: number): UnitListItem | null {
      return units.get(id);
    },
    findByCode(code: string): Unit | null {
      return units.getByCode(code);
    },
    /** The units holding any of these codes, by code: a batch's codes in one read. */
    findByCodes(codes: string[]): Map<string, Unit> {
      return units.byCodes(codes);
    },
    /** parent id -> folded names of its units of `kind`: what a batch checks "already there" against, in one read. */
    foldedNamesUnder(parentIds: number[], kind: UnitKind): Map<number, Set<string>> {
      return units.foldedNamesUnder(parentIds, kind);
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
    search(query: string, limit: number, includeArchived = false, offset = 0): UnitListItem[] {
      return findByName(query, { archived: includeArchived ? 'all' : 'active' }, { offset, limit }).items;
    },
    /**
     * One page of a list's query (units.list's filters), ranked as the search box ranks, with whether
     * more follow: for a paged list screen, so no query sends the whole registry.
     */
    searchPage(filter: UnitListFilter & { query: string }, page: SearchPage): SearchResult {
      const { query, ...rest } = filter;
      return findByName(query, rest, page);
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
    /** What a registry file's "Tên gọi khác" column would add (units.exportXlsx / exportCsv read back). */
    aliasImportPreview(base64: string, resolutions?: Resolutions): Promise<AliasImportPreview> {
      return aliasImport.preview(base64, resolutions);
    },
    /**
     * Adds the file's new aliases in one transaction, each audited under its unit, and one entry for the
     * batch naming the units changed; a row in error refuses the whole file, nothing written.
     */
    async aliasImportCommit(fileName: string, base64: string, resolutions?: Resolutions): Promise<{ units: number; aliases: number }> {
      const checked = await aliasImport.checked(base64, resolutions);
      return db.transaction(() => {
        const changed = new Map<number, { id: number; name: string; aliases: string[] }>();
        for (const row of checked.rows) {
          const unit = mustGet(row.unitId as number);
          for (const name of row.add) {
            // Another window may have added it while the file was read.
            if (units.aliasByName(unit.id, name)) continue;
            insertAlias(unit.id, name, 'import');
            const entry = changed.get(unit.id) ?? { id: unit.id, name: unit.name, aliases: [] };
            entry.aliases.push(name);
            changed.set(unit.id, entry);
          }
        }
        const list = [...changed.values()];
        const aliases = list.reduce((sum, entry) => sum + entry.aliases.length, 0);
        audit.record(
          {
            entity: 'unit-registry',
            entityId: 0,
            action: 'update',
            before: null,
            after: { aliasImport: fileName, units: list, aliases },
            operator: deps.operator(),
          },
          clock.now(),
        );
        return { units: list.length, aliases };
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
    /**
     * `successorOfProvince` is for the unit-history service only, which records the new province as the
     * successor of the existing one in the same transaction; the IPC handler never passes it.
     */
    create(fields: UnitWrite, options: { successorOfProvince?: boolean } = {}): Unit {
      return db.transaction(() => {
        checkFields(fields, null);
        checkOneProvince(fields, null, options.successorOfProvince === true);
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
    /**
     * Many new units in one transaction (an import): codes and parents read once for the whole batch
     * into maps, each row checked by the same rules as `create`, inserted through the repository, and
     * one audit entry for the batch naming every unit (each unit's history shows its part); their other
     * names likewise, in one entry. A row's parent is an existing unit (`parentId`) or an earlier row
     * of the batch (`parentRow`). A refused row throws with its path (`rows.N.field`); nothing is written.
     */
    createBulk(rows: BulkUnitRow[], paths: string[] = rows.map((_, index) => `rows.${index}`)): Unit[] {
      return db.transaction(() => {
        const codes = new Map<string, { id: number; name: string }>();
        for (const [code, unit] of units.byCodes([...new Set(rows.flatMap((r) => (r.code ? [r.code] : [])))])) codes.set(code, unit);
        const parents = new Map<number, UnitListItem | null>();
        for (const row of rows) if (row.parentId !== null && !parents.has(row.parentId)) parents.set(row.parentId, units.get(row.parentId));
        const at = clock.now();
        const aliases: { unitId: number; alias: UnitAlias }[] = [];
        const created: Unit[] = [];
        rows.forEach((row, index) => {
          const { parentRow, aliases: names = [], ...given } = row;
          const fields: UnitWrite = parentRow === undefined ? given : { ...given, parentId: created[parentRow]?.id ?? null };
          checkFields(fields, null, { codes, parents, prefix: `${paths[index]}.` });
          checkOneProvince(fields, null, false, `${paths[index]}.`);
          // The unit as stored, without reading it back.
          const unit = units.insertStored(fields, at);
          const id = unit.id;
          // A code is taken by the row that brings it: a later row of the batch with the same code is refused.
          if (fields.code) codes.set(fields.code, { id, name: fields.name });
          created.push(unit);
          // A later row may sit under this one: it is its parent as lists show it.
          parents.set(id, { ...unit, parentName: null, districtId: null, districtName: null, childCount: 0 });
          for (const name of names) {
            const text = aliasText(name);
            const same = compareNames(parseName(text), parseName(unit.name));
            if (parseName(text).key === '' || (same && same.quality !== 'approximate') || units.aliasByName(id, text)) continue;
            aliases.push({ unitId: id, alias: units.alias(units.insertAlias(id, text, 'import', at)) as UnitAlias });
          }
        });
        const operator = deps.operator();
        audit.recordBatch(
          {
            entity: 'unit',
            action: 'create',
            items: created.map((unit) => ({ entityId: unit.id, before: null, after: unitSnapshot(unit) })),
            operator,
          },
          at,
        );
        audit.recordBatch(
          {
            entity: 'unit-alias',
            action: 'create',
            items: aliases.map(({ unitId, alias }) => ({ entityId: unitId, before: null, after: aliasSnapshot(alias) })),
            operator,
          },
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
        if (before.kind !== 'province') checkOneProvince(fields, id, false);
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
