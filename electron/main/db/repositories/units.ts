import type { Unit, UnitAlias, UnitAliasSource, UnitKind, UnitListItem } from '../../../../shared/domain/units';
import { foldText } from '../../../../shared/text/fold';
import { nameKeys } from '../../../../shared/text/unit-names';
import type { Db } from '../connection';

interface UnitRow {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  admin_type: string;
  parent_id: number | null;
  ethnic_minority_area: number;
  head_name: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
  archived: number;
  version: number;
  created_at: string;
  updated_at: string;
}

interface UnitListRow extends UnitRow {
  parent_name: string | null;
  district_id: number | null;
  district_name: string | null;
  child_count: number;
}

/** Fields written on create and update; name_folded is derived here so it can never drift. */
export type UnitWrite = Omit<Unit, 'id' | 'archived' | 'version' | 'createdAt' | 'updatedAt'>;

export interface UnitQuery {
  kind?: UnitKind;
  /** Any of these kinds (a parent picker); wins over `kind`. */
  kinds?: UnitKind[];
  ids?: number[];
  districtId?: number;
  parentId?: number;
  ethnicMinorityArea?: boolean;
  archived: 'active' | 'archived' | 'all';
  /** Folded words, each starting a word of the folded name (a typed query's count). */
  words?: string[];
  /** The folded query without spaces, running on from a word start ("hdrai"), on the search index. */
  compact?: string;
  limit?: number;
}

/** A search of the registry by words (migration 013's index), with the list filters. */
export interface UnitSearchQuery extends Omit<UnitQuery, 'limit'> {
  /** Folded words; each must start a word of the folded name. */
  words: string[];
  /** The folded query without spaces, which may run on from the start of a word ("hdrai", "dakha"). */
  compact: string;
  /** Matches read, in list order (level, then name). */
  limit: number;
}

/** A unit a search matched: enough to rank it before its list fields are read. */
export interface UnitSearchHit {
  id: number;
  name: string;
  kind: UnitKind;
  nameFolded: string;
}

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    adminType: row.admin_type,
    parentId: row.parent_id,
    ethnicMinorityArea: row.ethnic_minority_area === 1,
    headName: row.head_name,
    phone: row.phone,
    email: row.email,
    address: row.address,
    notes: row.notes,
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toListItem(row: UnitListRow): UnitListItem {
  return {
    ...toUnit(row),
    parentName: row.parent_name,
    districtId: row.district_id,
    districtName: row.district_name,
    childCount: row.child_count,
  };
}

// The district of a unit is itself, its parent or its grandparent (villages); found by walking up
// at most three levels so lists can filter and group by district without a stored column.
const LIST_SELECT = `
SELECT u.*,
  p.name AS parent_name,
  CASE
    WHEN u.kind = 'district' THEN u.id
    WHEN p.kind = 'district' THEN p.id
    WHEN g.kind = 'district' THEN g.id
  END AS district_id,
  CASE
    WHEN u.kind = 'district' THEN u.name
    WHEN p.kind = 'district' THEN p.name
    WHEN g.kind = 'district' THEN g.name
  END AS district_name,
  (SELECT COUNT(*) FROM units c WHERE c.parent_id = u.id AND c.archived = 0) AS child_count
FROM units u
LEFT JOIN units p ON p.id = u.parent_id
LEFT JOIN units g ON g.id = p.parent_id`;

const KIND_RANKS: Record<UnitKind, number> = { province: 0, district: 1, commune: 2, village: 3, agency: 4 };
const KIND_ORDER = `CASE u.kind WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 WHEN 'village' THEN 3 ELSE 4 END`;

/**
 * The rule the search index implements (its terms are the folded words joined from each word on):
 * true when the query typed without spaces ("hdrai", "kontum") runs on from the start of one of the
 * name's folded words ("ia h drai", "kon tum"), so a query never matches from inside a word ("on" in "kon").
 */
export function compactWordMatch(nameFolded: string, compact: string): boolean {
  const words = nameFolded.split(' ');
  for (let i = 0; i < words.length; i++) if (words.slice(i).join('').startsWith(compact)) return true;
  return false;
}

/** All SQL about units. */
export function createUnitsRepository(db: Db) {
  const byId = db.prepare(`${LIST_SELECT} WHERE u.id = ?`);
  const byCode = db.prepare('SELECT * FROM units WHERE code = ?');
  const plainById = db.prepare('SELECT * FROM units WHERE id = ?');
  // One read for a batch's codes (a JSON array), through the code index.
  const byCodes = db.prepare('SELECT * FROM units WHERE code IN (SELECT value FROM json_each(?))');
  const typesOfKind = db.prepare('SELECT admin_type FROM units WHERE kind = ? AND archived = 0 LIMIT ?').pluck();
  // Positional: an import binds thousands of rows through it, without a name lookup per value.
  const insert = db.prepare(`INSERT INTO units
    (code, name, name_folded, name_key, name_key_rev, kind, admin_type, parent_id, ethnic_minority_area, head_name, phone, email, address, notes, archived, version, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?)`);
  // The names of the units of a kind under some parents (a batch's "already there" check), in one read.
  const foldedUnder = db.prepare(`SELECT u.parent_id AS parentId, u.name FROM json_each(?) j
    CROSS JOIN units u ON u.parent_id = j.value WHERE u.kind = ?`);
  const update = db.prepare(`UPDATE units SET
    code = @code, name = @name, name_folded = @nameFolded, name_key = @nameKey, name_key_rev = @nameKeyRev, kind = @kind, admin_type = @adminType, parent_id = @parentId,
    ethnic_minority_area = @ethnicMinorityArea, head_name = @headName, phone = @phone, email = @email, address = @address,
    notes = @notes, version = version + 1, updated_at = @at
    WHERE id = @id AND version = @version`);
  const setArchived = db.prepare('UPDATE units SET archived = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?');
  const activeChildren = db.prepare('SELECT COUNT(*) AS n FROM units WHERE parent_id = ? AND archived = 0');
  const ancestorsOf = db.prepare(`WITH RECURSIVE chain(id, name, parent_id, depth) AS (
      SELECT id, name, parent_id, 0 FROM units WHERE id = ?
      UNION ALL SELECT u.id, u.name, u.parent_id, chain.depth + 1 FROM units u JOIN chain ON u.id = chain.parent_id WHERE chain.depth < 10
    ) SELECT id, name FROM chain WHERE depth > 0 ORDER BY depth DESC`);
  const count = db.prepare('SELECT COUNT(*) AS n FROM units');
  const provincesOf = db.prepare("SELECT id, name FROM units WHERE kind = 'province' ORDER BY id");
  const aliasesOf = db.prepare('SELECT * FROM unit_aliases WHERE unit_id = ? ORDER BY name_folded, id');
  const aliasNamesIn = db.prepare(
    'SELECT unit_id AS unitId, name FROM unit_aliases WHERE unit_id IN (SELECT value FROM json_each(?)) ORDER BY unit_id, name_folded, id',
  );
  const aliasById = db.prepare('SELECT * FROM unit_aliases WHERE id = ?');
  const aliasByName = db.prepare('SELECT * FROM unit_aliases WHERE unit_id = ? AND name_folded = ?');
  const insertAlias = db.prepare(`INSERT INTO unit_aliases (unit_id, name, name_folded, name_key, name_key_rev, source, created_at)
    VALUES (@unitId, @name, @nameFolded, @nameKey, @nameKeyRev, @source, @at)`);
  const deleteAlias = db.prepare('DELETE FROM unit_aliases WHERE id = ?');
  const inIds = db.prepare(`${LIST_SELECT} WHERE u.id IN (SELECT value FROM json_each(?))`);
  fillMissingKeys(db);
  const countRange = db.prepare(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM unit_search_terms WHERE term >= ? AND term < ? LIMIT ${SEARCH_INTERSECT_CAP + 1})`,
  );
  const kindRange = db.prepare(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM units WHERE kind IN (SELECT value FROM json_each(?)) LIMIT ${KIND_WALK_CAP})`,
  );
  /** Units of these kinds, counted up to a bound (a commune picker's kind is walked, a village one's is not). */
  const countKinds = (kinds: UnitKind[]) => (kindRange.get(JSON.stringify(kinds)) as { n: number }).n;
  /** Index entries in a term's prefix range, counted up to just past the words-apart cap (never more). */
  const countTerms = (term: string) => (countRange.get(...termRange(term)) as { n: number }).n;

  function listByIds(ids: number[]): UnitListItem[] {
    if (ids.length === 0) return [];
    const found = new Map((inIds.all(JSON.stringify(ids)) as UnitListRow[]).map((row) => [row.id, toListItem(row)]));
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  // Text is stored NFC whoever calls (the contract normalises too, but imports and other services may not).
  function params(fields: UnitWrite, at: string) {
    const nfc = (value: string) => (value === '' ? value : value.normalize('NFC'));
    return {
      ...fields,
      name: nfc(fields.name),
      adminType: nfc(fields.adminType),
      headName: nfc(fields.headName),
      phone: nfc(fields.phone),
      email: nfc(fields.email),
      address: nfc(fields.address),
      notes: nfc(fields.notes),
      nameFolded: foldText(fields.name),
      ...keysOf(fields.name),
      ethnicMinorityArea: fields.ethnicMinorityArea ? 1 : 0,
      at,
    };
  }

  function insertStored(fields: UnitWrite, at: string): Unit {
    const p = params(fields, at);
    const values = [
      p.code,
      p.name,
      p.nameFolded,
      p.nameKey,
      p.nameKeyRev,
      p.kind,
      p.adminType,
      p.parentId,
      p.ethnicMinorityArea,
      p.headName,
      p.phone,
      p.email,
      p.address,
      p.notes,
      at,
      at,
    ];
    const id = Number(insert.run(values).lastInsertRowid);
    return {
      id,
      code: p.code,
      name: p.name,
      kind: p.kind,
      adminType: p.adminType,
      parentId: p.parentId,
      ethnicMinorityArea: p.ethnicMinorityArea === 1,
      headName: p.headName,
      phone: p.phone,
      email: p.email,
      address: p.address,
      notes: p.notes,
      archived: false,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
  }

  return {
    get(id: number): UnitListItem | null {
      const row = byId.get(id) as UnitListRow | undefined;
      return row ? toListItem(row) : null;
    },
    /** The stored unit without list fields: one read by key (a batch's audit snapshot). */
    plain(id: number): Unit | null {
      const row = plainById.get(id) as UnitRow | undefined;
      return row ? toUnit(row) : null;
    },
    /** The units holding any of these codes, by code. */
    byCodes(codes: string[]): Map<string, Unit> {
      if (codes.length === 0) return new Map();
      const rows = byCodes.all(JSON.stringify(codes)) as UnitRow[];
      return new Map(rows.map((row) => [row.code as string, toUnit(row)]));
    },
    getByCode(code: string): Unit | null {
      const row = byCode.get(code) as UnitRow | undefined;
      return row ? toUnit(row) : null;
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
    /** Every province row, archived or ended included (one database serves one province and its successors). */
    provinces(): { id: number; name: string }[] {
      return provincesOf.all() as { id: number; name: string }[];
    },
    insert(fields: UnitWrite, at: string): number {
      return insertStored(fields, at).id;
    },
    /** Inserts and returns the unit as `plain` would read it back (text NFC, version 1), without reading it. */
    insertStored,
    /** parent id -> folded names of its units of `kind`, for these parents (those without any are absent). */
    foldedNamesUnder(parentIds: number[], kind: UnitKind): Map<number, Set<string>> {
      const out = new Map<number, Set<string>>();
      // Folded here from the name, as a caller folds what it compares (a stored fold of an older build may differ).
      for (const row of foldedUnder.all(JSON.stringify(parentIds), kind) as { parentId: number; name: string }[]) {
        const folded = foldText(row.name);
        const names = out.get(row.parentId);
        if (names) names.add(folded);
        else out.set(row.parentId, new Set([folded]));
      }
      return out;
    },
    /** False when the row's version is not `version` (or the row is gone). */
    update(id: number, version: number, fields: UnitWrite, at: string): boolean {
      return update.run({ ...params(fields, at), id, version }).changes === 1;
    },
    setArchived(id: number, version: number, archived: boolean, at: string): boolean {
      return setArchived.run(archived ? 1 : 0, at, id, version).changes === 1;
    },
    activeChildCount(id: number): number {
      return (activeChildren.get(id) as { n: number }).n;
    },
    ancestors(id: number): { id: number; name: string }[] {
      return ancestorsOf.all(id) as { id: number; name: string }[];
    },
    /** The other names of the given units, by unit, for exports of a list. */
    aliasNamesOf(unitIds: number[]): Map<number, string[]> {
      const names = new Map<number, string[]>();
      for (const row of aliasNamesIn.all(JSON.stringify(unitIds)) as { unitId: number; name: string }[]) {
        names.set(row.unitId, [...(names.get(row.unitId) ?? []), row.name]);
      }
      return names;
    },
    aliases(unitId: number): UnitAlias[] {
      return (aliasesOf.all(unitId) as AliasRow[]).map(toAlias);
    },
    alias(id: number): UnitAlias | null {
      const row = aliasById.get(id) as AliasRow | undefined;
      return row ? toAlias(row) : null;
    },
    aliasByName(unitId: number, name: string): UnitAlias | null {
      const row = aliasByName.get(unitId, foldText(name)) as AliasRow | undefined;
      return row ? toAlias(row) : null;
    },
    insertAlias(unitId: number, name: string, source: UnitAliasSource, at: string): number {
      const nfc = name.normalize('NFC');
      return Number(insertAlias.run({ unitId, name: nfc, nameFolded: foldText(nfc), ...keysOf(nfc), source, at }).lastInsertRowid);
    },
    deleteAlias(id: number): boolean {
      return deleteAlias.run(id).changes === 1;
    },
    /**
     * Units whose own name or an alias has the key, or (with ranges) a key in a one-letter-difference
     * range; every branch is an index range, scoped by kind, ancestors and archive state in SQL.
     */
    nameCandidates(query: NameCandidateQuery): NameCandidateRow[] {
      const { sameKey, near, args } = nameCandidateStatements(query);
      // Same key first and never cut by the cap; then the one-letter ranges.
      const rows = db.prepare(sameKey).all(args) as CandidateRow[];
      if (near) rows.push(...(db.prepare(near).all(args) as CandidateRow[]));
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        kind: row.kind,
        adminType: row.admin_type,
        archived: row.archived === 1,
        parentName: row.parent_name,
        aliasName: row.alias_name,
      }));
    },
    list(query: UnitQuery): UnitListItem[] {
      const { where, args } = whereOf(query);
      // Ids first, in order: parents, districts and child counts are read only for the rows kept.
      const sql = `SELECT u.id FROM units u ${where} ORDER BY ${KIND_ORDER}, u.name_folded ${query.limit ? 'LIMIT @limit' : ''}`;
      if (query.limit) args.limit = query.limit;
      return listByIds(db.prepare(sql).pluck().all(args) as number[]);
    },
    /**
     * One page in the order asked: the page's ids are chosen first (filter, order, limit on indexed
     * columns), and only those rows get their parent, district and child count.
     */
    page(query: UnitQuery, order: UnitOrder, offset: number, limit: number): UnitListItem[] {
      const { where, args } = whereOf(query);
      const ids = db
        .prepare(
          `SELECT u.id FROM units u LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN units g ON g.id = p.parent_id
          ${where} ORDER BY ${orderBy(order)} LIMIT @limit OFFSET @offset`,
        )
        .pluck()
        .all({ ...args, limit, offset }) as number[];
      return listByIds(ids);
    },
    /** Units by id, as lists show them, in the order given (missing ids left out). */
    byIds: listByIds,
    /** The administrative types of the first few active units of a kind (enough to tell one from several). */
    typesOfKind(kind: UnitKind, limit: number): string[] {
      return typesOfKind.all(kind, limit) as string[];
    },
    /** How many units the filters match. */
    countWhere(query: UnitQuery): number {
      const { where, args } = whereOf(query);
      return (db.prepare(`SELECT COUNT(*) AS n FROM units u ${where}`).get(args) as { n: number }).n;
    },
    /** Units as listed, in the order of the ids given (ids not found are left out). */
    getMany: listByIds,
    /**
     * Units whose folded name has every query word starting one of its words, or the query without
     * spaces running on from the start of a word; filtered in SQL. The query as typed (its words run
     * together from a word start: "thôn 1", "dak ha", "hdrai") comes first, in list order; the other
     * matches (words apart or in another order) follow, in list order. Each part reads the search index
     * from its rarest range when that range is small, so its cost is bounded by that range; when it is
     * common, matches are dense and the list order is walked until the page is full.
     */
    searchMatches(query: UnitSearchQuery): UnitSearchHit[] {
      if (query.words.length === 0 || query.compact === '') return [];
      const adjacent = searchPart(query, 'adjacent', query.limit);
      if (query.words.length === 1 || adjacent.length >= query.limit) return adjacent;
      return [...adjacent, ...searchPart(query, 'apart', query.limit - adjacent.length)];
    },
  };

  /**
   * One part of a search. `adjacent`: the spaceless query's range (for one word, every match). `apart`:
   * the words' ranges intersected from the rarest, leaving out the adjacent matches already read.
   */
  function searchPart(query: UnitSearchQuery, part: 'adjacent' | 'apart', limit: number): UnitSearchHit[] {
    const { where, args } = filterClauses(query);
    const compact = termRange(query.compact);
    Object.assign(args, { c: compact[0], cEnd: compact[1], limit });
    const compactHit = (id: string) =>
      `EXISTS (SELECT 1 FROM unit_search_terms t WHERE t.unit_id = ${id} AND t.term >= @c AND t.term < @cEnd)`;
    const ranges = query.words.map((word, index) => {
      const [from, to] = termRange(word);
      Object.assign(args, { [`t${index}`]: from, [`t${index}End`]: to });
      return { index, word };
    });
    const driver =
      part === 'adjacent'
        ? { index: -1, n: countTerms(query.compact) }
        : ranges.map(({ index, word }) => ({ index, n: countTerms(word) })).reduce((a, b) => (b.n < a.n ? b : a));
    const order = `ORDER BY ${KIND_ORDER}, u.name_folded, u.id LIMIT @limit`;
    const columns = 'u.id, u.name, u.kind, u.name_folded AS nameFolded';
    const kinds = query.kinds ?? (query.kind ? [query.kind] : []);
    // A picker of provinces, districts or communes: its kind is walked on the (kind, name) index when that
    // reads fewer rows than the query's range costs in lookups (a row by id costs several index rows).
    const byKind = kinds.length > 0 && countKinds(kinds) < driver.n * KIND_WALK_FACTOR;
    if (!byKind && driver.n <= (part === 'adjacent' ? SEARCH_CANDIDATE_CAP : SEARCH_INTERSECT_CAP)) {
      // The candidates are read first (a bounded index range), then their rows by id: without
      // MATERIALIZED and CROSS JOIN the planner walks every unit of the archive state instead.
      const candidates =
        part === 'adjacent'
          ? 'SELECT DISTINCT unit_id FROM unit_search_terms WHERE term >= @c AND term < @cEnd'
          : `SELECT DISTINCT d.unit_id FROM unit_search_terms d WHERE d.term >= @t${driver.index} AND d.term < @t${driver.index}End${ranges
              .filter(({ index }) => index !== driver.index)
              .map(
                ({ index }) =>
                  ` AND EXISTS (SELECT 1 FROM unit_search_terms o WHERE o.unit_id = d.unit_id AND o.term >= @t${index} AND o.term < @t${index}End)`,
              )
              .join('')} AND NOT ${compactHit('d.unit_id')}`;
      const sql = `WITH c(id) AS MATERIALIZED (${candidates})
        SELECT ${columns} FROM c CROSS JOIN units u ON u.id = c.id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ${order}`;
      return db.prepare(sql).all(args) as UnitSearchHit[];
    }
    // Common: walk the list order, each name checked on the index's folded name before any lookup. A
    // kind filter is a range of that index; a parent, district or id filter is small, so it drives instead.
    const like = query.words.map((word, index) => {
      args[`w${index}`] = `% ${escapeLike(word)}%`;
      return `(' ' || u.name_folded) LIKE @w${index} ESCAPE '\\'`;
    });
    if (part === 'adjacent') {
      // The spaceless name holding the query, confirmed on the index to run on from a word start; one
      // word starting a word of the name is checked first, with no lookup.
      args.inside = `%${escapeLike(query.compact)}%`;
      const runOn = `(REPLACE(u.name_folded, ' ', '') LIKE @inside ESCAPE '\\' AND ${compactHit('u.id')})`;
      // One letter cannot run on from a shorter word, so its word start is the whole rule.
      where.push(query.words.length > 1 ? runOn : query.compact.length > 1 ? `(${like[0]} OR ${runOn})` : like[0]);
    } else where.push(...like, `NOT ${compactHit('u.id')}`);
    if (kinds.length > 0) where.push(`${KIND_ORDER} IN (${kinds.map((kind) => KIND_RANKS[kind]).join(', ')})`);
    const scoped = query.parentId !== undefined || query.districtId !== undefined || query.ids !== undefined;
    const walk = scoped
      ? ''
      : byKind
        ? 'INDEXED BY units_kind_archived_name'
        : query.archived === 'all'
          ? 'INDEXED BY units_kind_rank_name'
          : 'INDEXED BY units_list_order';
    const sql = `SELECT ${columns} FROM units u ${walk} WHERE ${where.join(' AND ')} ${order}`;
    return db.prepare(sql).all(args) as UnitSearchHit[];
  }
}

// Imports write the same names again and again ("Thôn 1", "Làng Kon Klor" in many communes): each
// name is parsed once. Bounded, so a long session does not keep every name ever written.
const keyMemo = new Map<string, { nameKey: string; nameKeyRev: string }>();

/** Orders a page can be read in; ties always fall back to the folded name, then the id. */
export interface UnitOrder {
  sort: 'level' | 'name' | 'kind' | 'code' | 'parent' | 'head';
  direction: 'asc' | 'desc';
}

const DISTRICT_NAME = `CASE WHEN u.kind = 'district' THEN u.name_folded WHEN p.kind = 'district' THEN p.name_folded
  WHEN g.kind = 'district' THEN g.name_folded END`;

function orderBy({ sort, direction }: UnitOrder): string {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  // 'level' matches the units_list_order index (archived, level, folded name), so the first page is an index walk.
  const keys: Record<UnitOrder['sort'], string[]> = {
    level: [KIND_ORDER, 'u.name_folded'],
    name: ['u.name_folded'],
    kind: [KIND_ORDER, 'u.name_folded'],
    code: ["COALESCE(u.code, '')", 'u.name_folded'],
    parent: [`COALESCE(${DISTRICT_NAME}, '')`, "COALESCE(p.name_folded, '')", 'u.name_folded'],
    head: ['u.head_name', 'u.name_folded'],
  };
  return [...keys[sort], 'u.id'].map((key) => `${key} ${dir}`).join(', ');
}

/**
 * The WHERE clause of the list filters, on units u with its parent p (and grandparent g in list reads).
 * A district's units are found through the parent index (the district, its children, their children),
 * never by scanning the table. Words and the spaceless query, when given, are matched as the search does
 * (each word starts a word of the name, or the spaceless query runs on from a word start, on the index).
 */
function whereOf(query: UnitQuery): { where: string; args: Record<string, unknown> } {
  const { where, args } = filterClauses(query);
  const words = query.words ?? [];
  if (words.length > 0 || query.compact) {
    const wordClauses = words.map((word, index) => {
      args[`w${index}`] = `% ${escapeLike(word)}%`;
      return `(' ' || u.name_folded) LIKE @w${index} ESCAPE '\\'`;
    });
    const alternatives = [wordClauses.length > 0 ? `(${wordClauses.join(' AND ')})` : null];
    if (query.compact) {
      // The index is asked only about names holding the spaceless query somewhere: a lookup per unit
      // made a national count of a common query cost a third of a second.
      [args.c, args.cEnd] = termRange(query.compact);
      args.inside = `%${escapeLike(query.compact)}%`;
      alternatives.push(
        `(REPLACE(u.name_folded, ' ', '') LIKE @inside ESCAPE '\\' AND EXISTS (SELECT 1 FROM unit_search_terms t WHERE t.unit_id = u.id AND t.term >= @c AND t.term < @cEnd))`,
      );
    }
    where.push(`(${alternatives.filter(Boolean).join(' OR ')})`);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

function keysOf(name: string): { nameKey: string; nameKeyRev: string } {
  let keys = keyMemo.get(name);
  if (!keys) {
    const { key, keyRev } = nameKeys(name);
    keys = { nameKey: key, nameKeyRev: keyRev };
    if (keyMemo.size >= 20_000) keyMemo.clear();
    keyMemo.set(name, keys);
  }
  return keys;
}

/** Units written before migration 008 (or by an older build) get their match keys once. */
function fillMissingKeys(db: Db): void {
  const missing = db.prepare('SELECT id, name FROM units WHERE name_key IS NULL').all() as { id: number; name: string }[];
  if (missing.length === 0) return;
  const set = db.prepare('UPDATE units SET name_key = @nameKey, name_key_rev = @nameKeyRev WHERE id = @id');
  db.transaction(() => missing.forEach((row) => set.run({ id: row.id, ...keysOf(row.name) })))();
}

interface AliasRow {
  id: number;
  unit_id: number;
  name: string;
  source: UnitAliasSource;
  created_at: string;
}

function toAlias(row: AliasRow): UnitAlias {
  return { id: row.id, unitId: row.unit_id, name: row.name, source: row.source, createdAt: row.created_at };
}

/** Where to look for a written name: its key, and the key ranges of a one-letter difference. */
export interface NameCandidateQuery {
  key: string;
  /** Keys starting with this (first half of the key), or none. */
  prefix?: string;
  /** Reversed keys starting with this (second half, reversed), or none. */
  suffixRev?: string;
  kinds?: UnitKind[];
  /** Only units whose parent or grandparent is one of these. */
  ancestorIds?: number[];
  includeArchived: boolean;
  limit: number;
  /** At most this many rows of the same key (a search box's common name, "Thôn 5" nationally); none: all. */
  sameKeyLimit?: number;
}

interface CandidateRow {
  id: number;
  name: string;
  kind: UnitKind;
  admin_type: string;
  archived: number;
  parent_name: string | null;
  alias_name: string | null;
}

export interface NameCandidateRow {
  id: number;
  name: string;
  kind: UnitKind;
  adminType: string;
  archived: boolean;
  parentName: string | null;
  /** The alias that matched, or null when the unit's own name did. */
  aliasName: string | null;
}

/**
 * The statements of a name lookup: units and aliases with the same key, and (when ranges are given)
 * those in a one-letter range, one letter longer or shorter at most. Every branch reads an index range,
 * scoped by kind, ancestors and archive state (tests check the plans).
 */
export function nameCandidateStatements(query: NameCandidateQuery): {
  sameKey: string;
  near: string | null;
  args: Record<string, unknown>;
} {
  const args: Record<string, unknown> = { key: query.key, limit: query.limit, length: Array.from(query.key).length };
  if (query.sameKeyLimit !== undefined) args.sameKeyLimit = query.sameKeyLimit;
  const scope: string[] = [];
  // Unary + keeps the planner on the key indexes: a kind holds thousands of units nationally, and the list
  // index (archived, level, name) would otherwise be walked for "not archived".
  if (!query.includeArchived) scope.push('+u.archived = 0');
  if (query.kinds && query.kinds.length > 0) {
    scope.push(`+u.kind IN (${query.kinds.map((_, i) => `@kind${i}`).join(', ')})`);
    query.kinds.forEach((kind, i) => (args[`kind${i}`] = kind));
  }
  if (query.ancestorIds && query.ancestorIds.length > 0) {
    const list = query.ancestorIds.map((_, i) => `@anc${i}`).join(', ');
    scope.push(`(u.parent_id IN (${list}) OR p.parent_id IN (${list}))`);
    query.ancestorIds.forEach((id, i) => (args[`anc${i}`] = id));
  }
  const where = scope.map((clause) => ` AND ${clause}`).join('');
  const columns = 'u.id, u.name, u.kind, u.admin_type, u.archived, p.name AS parent_name';
  const both = (keyClause: (table: string) => string) => `
    SELECT ${columns}, NULL AS alias_name FROM units u LEFT JOIN units p ON p.id = u.parent_id
      WHERE ${keyClause('u')}${where}
    UNION ALL
    SELECT ${columns}, a.name AS alias_name FROM unit_aliases a JOIN units u ON u.id = a.unit_id LEFT JOIN units p ON p.id = u.parent_id
      WHERE ${keyClause('a')}${where}`;
  const ranges: ((t: string) => string)[] = [];
  if (query.prefix) {
    ranges.push((t) => `(${t}.name_key >= @prefix AND ${t}.name_key < @prefixEnd)`);
    Object.assign(args, { prefix: query.prefix, prefixEnd: `${query.prefix}\uffff` });
  }
  if (query.suffixRev) {
    ranges.push((t) => `(${t}.name_key_rev >= @suffix AND ${t}.name_key_rev < @suffixEnd)`);
    Object.assign(args, { suffix: query.suffixRev, suffixEnd: `${query.suffixRev}\uffff` });
  }
  const near = (t: string) =>
    `(${ranges.map((range) => range(t)).join(' OR ')}) AND ${t}.name_key <> @key AND length(${t}.name_key) BETWEEN @length - 1 AND @length + 1`;
  return {
    sameKey: `${both((t) => `${t}.name_key = @key`)}${query.sameKeyLimit !== undefined ? ' LIMIT @sameKeyLimit' : ''}`,
    near: ranges.length > 0 ? `${both(near)} LIMIT @limit` : null,
    args,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A search part reads its rarest index range and sorts the units found when that range holds at most
 * this many entries (a few milliseconds nationally); above it, matches are common and the list order is walked.
 */
export const SEARCH_CANDIDATE_CAP = 4000;

/**
 * Words apart: the rarest word's range is read, each entry checked for the other words on the index, up to
 * this many entries; only the units holding every word are then read and sorted. Above it (every word in
 * a fifth of the country's names) matches are dense and the list order is walked.
 */
export const SEARCH_INTERSECT_CAP = 12000;

/** A kind filter is walked instead when it holds fewer than this many times the query's range (and at most KIND_WALK_CAP units). */
const KIND_WALK_FACTOR = 8;
const KIND_WALK_CAP = 16000;

/** The index range of terms starting with `term`. */
function termRange(term: string): [string, string] {
  return [term, `${term}\uffff`];
}

/** The list filters as SQL over `u` (the unit); words and the spaceless query are left to the caller. */
function filterClauses(query: Omit<UnitQuery, 'limit'>): { where: string[]; args: Record<string, unknown> } {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  const kinds = query.kinds ?? (query.kind ? [query.kind] : []);
  if (kinds.length > 0) {
    where.push(`u.kind IN (${kinds.map((_, i) => `@kind${i}`).join(', ')})`);
    kinds.forEach((kind, i) => (args[`kind${i}`] = kind));
  }
  if (query.ids !== undefined) {
    where.push('u.id IN (SELECT value FROM json_each(@ids))');
    args.ids = JSON.stringify(query.ids);
  }
  if (query.parentId !== undefined) {
    where.push('u.parent_id = @parentId');
    args.parentId = query.parentId;
  }
  if (query.districtId !== undefined) {
    where.push(`u.id IN (SELECT @districtId UNION ALL SELECT id FROM units WHERE parent_id = @districtId
      UNION ALL SELECT v.id FROM units c JOIN units v ON v.parent_id = c.id WHERE c.parent_id = @districtId)`);
    args.districtId = query.districtId;
  }
  if (query.ethnicMinorityArea !== undefined) {
    where.push('u.ethnic_minority_area = @em');
    args.em = query.ethnicMinorityArea ? 1 : 0;
  }
  if (query.archived !== 'all') where.push(`u.archived = ${query.archived === 'archived' ? 1 : 0}`);
  return { where, args };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
