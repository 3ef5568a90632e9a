import type { SuccessorLink, SuccessorRelation, UnitRef } from '../../../../shared/domain/unit-history';
import type { UnitKind } from '../../../../shared/domain/units';
import type { Db } from '../connection';
import { AREA_CTE } from './area-sql';

interface RefRow {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  valid_from: string | null;
  valid_to: string | null;
  version: number;
}

interface LinkRow {
  id: number;
  predecessor_id: number;
  successor_id: number;
  relation: SuccessorRelation;
  effective_date: string;
  decision_number: string;
  decision_date: string | null;
  decision_issuer: string;
  note: string;
}

/** A unit as target evaluation needs it: kind, type, flag, validity and its district. */
export interface ScopedUnit {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  adminType: string;
  parentId: number | null;
  ethnicMinorityArea: boolean;
  districtId: number | null;
  districtName: string | null;
}

/** How many units of a kind share a type, flag and validity: target populations without one row per unit. */
export interface UnitTally {
  adminType: string;
  ethnicMinorityArea: boolean;
  validFrom: string | null;
  validTo: string | null;
  archived: boolean;
  count: number;
}

/** A unit of an area that has records (a decision or a criteria record), with what any year's filter checks. */
export interface RecordedUnit {
  id: number;
  kind: UnitKind;
  adminType: string;
  ethnicMinorityArea: boolean;
  validFrom: string | null;
  validTo: string | null;
  archived: boolean;
}

export interface LinkWrite {
  predecessorId: number;
  successorId: number;
  relation: SuccessorRelation;
  effectiveDate: string;
  decisionNumber: string;
  decisionDate: string | null;
  decisionIssuer: string;
  note: string;
}

export function toRef(row: RefRow): UnitRef {
  return { id: row.id, code: row.code, name: row.name, kind: row.kind, validFrom: row.valid_from, validTo: row.valid_to };
}

// A unit counts for a year when its validity overlaps the year. Archived units without an end date
// were taken out of use rather than reorganised, so they drop out of every year.
const VALID_IN_YEAR = `(u.valid_from IS NULL OR u.valid_from <= @yearEnd) AND (u.valid_to IS NULL OR u.valid_to >= @yearStart)
  AND (u.archived = 0 OR u.valid_to IS NOT NULL)`;

const SCOPED_SELECT = `SELECT u.id, u.code, u.name, u.kind, u.admin_type AS adminType, u.parent_id AS parentId,
    u.ethnic_minority_area AS em,
    CASE WHEN u.kind = 'district' THEN u.id WHEN p.kind = 'district' THEN p.id WHEN g.kind = 'district' THEN g.id END AS districtId,
    CASE WHEN u.kind = 'district' THEN u.name WHEN p.kind = 'district' THEN p.name WHEN g.kind = 'district' THEN g.name END AS districtName
  FROM units u LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN units g ON g.id = p.parent_id`;

/** SQL about units over time: validity dates, successor links, the units of an area in a year. */
export function createUnitHistoryRepository(db: Db) {
  const refById = db.prepare('SELECT id, code, name, kind, valid_from, valid_to, version FROM units WHERE id = ?');
  const setValidity = db.prepare(
    'UPDATE units SET valid_from = ?, valid_to = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
  );
  const insertLink = db.prepare(`INSERT INTO unit_successors
    (predecessor_id, successor_id, relation, effective_date, decision_number, decision_date, decision_issuer, note, created_at)
    VALUES (@predecessorId, @successorId, @relation, @effectiveDate, @decisionNumber, @decisionDate, @decisionIssuer, @note, @at)`);
  const linkBetween = db.prepare('SELECT * FROM unit_successors WHERE predecessor_id = ? AND successor_id = ?');
  const linkById = db.prepare('SELECT * FROM unit_successors WHERE id = ?');
  const deleteLink = db.prepare('DELETE FROM unit_successors WHERE id = ?');
  const linksFrom = db.prepare('SELECT * FROM unit_successors WHERE predecessor_id = ? ORDER BY effective_date, id');
  const linksTo = db.prepare('SELECT * FROM unit_successors WHERE successor_id = ? ORDER BY effective_date, id');
  const scopedById = db.prepare(`${SCOPED_SELECT} WHERE u.id = ?`);
  const inAll = db.prepare(`${SCOPED_SELECT} WHERE u.kind = @kind AND ${VALID_IN_YEAR} ORDER BY districtName, u.name_folded`);
  // A district's own communes (a grid's rows): through the parent index, without walking the whole area.
  const childrenIn = db.prepare(`${SCOPED_SELECT} WHERE u.parent_id = @parent AND u.kind = @kind AND ${VALID_IN_YEAR}
    ORDER BY districtName, u.name_folded`);
  // The same test for the ids a save names only (a district's save checks its rows, not the district's whole list): by key,
  // unsorted, without the joins to the district (every row shares the parent, read once).
  // Rows as arrays, each made into its unit once: a grid's save reads thousands (JS objects per row were half its cost).
  const childrenAmong = db
    .prepare(
      `SELECT u.id, u.code, u.name, u.admin_type, u.ethnic_minority_area
    FROM json_each(@ids) j CROSS JOIN units u ON u.id = j.value
    WHERE u.parent_id = @parent AND u.kind = @kind AND ${VALID_IN_YEAR}`,
    )
    .raw(true);
  const inArea = db.prepare(`${AREA_CTE}
    ${SCOPED_SELECT.replace('FROM units u', 'FROM area CROSS JOIN units u ON u.id = area.id')}
    WHERE u.kind = @kind AND ${VALID_IN_YEAR} ORDER BY districtName, u.name_folded`);

  const TALLY_COLUMNS = `u.admin_type AS adminType, u.ethnic_minority_area AS em, u.valid_from AS validFrom,
    u.valid_to AS validTo, u.archived, COUNT(*) AS count`;
  // Units by id (any kind, archived too) with their district, a page at a time: a dashboard figure's drawer. Two districts
  // whose names differ only in diacritics (An Thi, Ân Thi) each keep their units together.
  const DISTRICT_OF = (column: string) =>
    `CASE WHEN u.kind = 'district' THEN u.${column} WHEN p.kind = 'district' THEN p.${column} WHEN g.kind = 'district' THEN g.${column} END`;
  const pageAmong = db.prepare(`SELECT u.id, u.name, ${DISTRICT_OF('name')} AS districtName
    FROM json_each(@ids) j CROSS JOIN units u ON u.id = j.value LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN units g ON g.id = p.parent_id
    ORDER BY ${DISTRICT_OF('name_folded')}, ${DISTRICT_OF('id')}, u.name_folded, u.id LIMIT @limit OFFSET @offset`);

  const tallyAll = db.prepare(`SELECT ${TALLY_COLUMNS} FROM units u WHERE u.kind = @kind GROUP BY 1, 2, 3, 4, 5`);
  const tallyArea = db.prepare(`${AREA_CTE}
    SELECT ${TALLY_COLUMNS} FROM area CROSS JOIN units u ON u.id = area.id WHERE u.kind = @kind GROUP BY 1, 2, 3, 4, 5`);
  // No names or districts: evaluation only filters these and counts their ids (lists read names by id).
  const RECORDED_SELECT = `SELECT u.id, u.kind, u.admin_type AS adminType, u.ethnic_minority_area AS em,
    u.valid_from AS validFrom, u.valid_to AS validTo, u.archived FROM units u`;
  const recordedAll = db.prepare(`${RECORDED_SELECT}
    WHERE u.id IN (SELECT unit_id FROM recognitions UNION SELECT unit_id FROM unit_year_criteria) ORDER BY u.id`);
  const recordedArea = db.prepare(`${AREA_CTE}
    ${RECORDED_SELECT.replace('FROM units u', 'FROM area CROSS JOIN units u ON u.id = area.id')}
    WHERE EXISTS (SELECT 1 FROM recognitions r WHERE r.unit_id = u.id) OR EXISTS (SELECT 1 FROM unit_year_criteria c WHERE c.unit_id = u.id)
    ORDER BY u.id`);

  function ref(id: number): RefRow | null {
    return (refById.get(id) as RefRow | undefined) ?? null;
  }

  function toLink(row: LinkRow): SuccessorLink {
    return {
      id: row.id,
      predecessor: toRef(ref(row.predecessor_id) as RefRow),
      successor: toRef(ref(row.successor_id) as RefRow),
      relation: row.relation,
      effectiveDate: row.effective_date,
      decision: { number: row.decision_number, date: row.decision_date, issuer: row.decision_issuer },
      note: row.note,
    };
  }

  // Field by field rather than rest and spread: a national area's communes are 10.000 rows, read on every dashboard.
  function toScoped(row: Record<string, unknown>): ScopedUnit {
    const r = row as Omit<ScopedUnit, 'ethnicMinorityArea'> & { em: number };
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      adminType: r.adminType,
      parentId: r.parentId,
      ethnicMinorityArea: r.em === 1,
      districtId: r.districtId,
      districtName: r.districtName,
    };
  }

  return {
    ref,
    setValidity(id: number, version: number, validFrom: string | null, validTo: string | null, at: string): boolean {
      return setValidity.run(validFrom, validTo, at, id, version).changes === 1;
    },
    insertLink(link: LinkWrite, at: string): number {
      return Number(insertLink.run({ ...link, at }).lastInsertRowid);
    },
    linkBetween(predecessorId: number, successorId: number): SuccessorLink | null {
      const row = linkBetween.get(predecessorId, successorId) as LinkRow | undefined;
      return row ? toLink(row) : null;
    },
    link(id: number): SuccessorLink | null {
      const row = linkById.get(id) as LinkRow | undefined;
      return row ? toLink(row) : null;
    },
    deleteLink(id: number): void {
      deleteLink.run(id);
    },
    successorsOf(id: number): SuccessorLink[] {
      return (linksFrom.all(id) as LinkRow[]).map(toLink);
    },
    predecessorsOf(id: number): SuccessorLink[] {
      return (linksTo.all(id) as LinkRow[]).map(toLink);
    },
    /** Raw successor ids with the link's date, for walking the chain. */
    nextIds(id: number): { successorId: number; effectiveDate: string; relation: SuccessorRelation }[] {
      return (linksFrom.all(id) as LinkRow[]).map((row) => ({
        successorId: row.successor_id,
        effectiveDate: row.effective_date,
        relation: row.relation,
      }));
    },
    scoped(id: number): ScopedUnit | null {
      const row = scopedById.get(id) as Record<string, unknown> | undefined;
      return row ? toScoped(row) : null;
    },
    /**
     * Units of `kind` inside the area `scopeUnitId` (any depth; null = everywhere) that existed at
     * some time during `year`.
     */
    /** inScope's units whose parent is `parentId`, in its order: the direct children of a kind valid in `year`. */
    childrenInYear(parentId: number, kind: UnitKind, year: number): ScopedUnit[] {
      const args = { kind, parent: parentId, yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` };
      return (childrenIn.all(args) as Record<string, unknown>[]).map(toScoped);
    },
    /** A page of `ids` as units named with their district, in district then name order (diacritics aside). */
    pageAmong(ids: number[], offset: number, limit: number): { id: number; name: string; districtName: string | null }[] {
      return pageAmong.all({ ids: JSON.stringify(ids), offset, limit }) as { id: number; name: string; districtName: string | null }[];
    },
    /** Those of `ids` that childrenInYear would list, in no particular order. */
    childrenAmong(parentId: number, kind: UnitKind, year: number, ids: number[]): ScopedUnit[] {
      const parent = scopedById.get(parentId) as { id: number; districtId: number | null; districtName: string | null } | undefined;
      if (!parent) return [];
      const args = { kind, parent: parentId, yearStart: `${year}-01-01`, yearEnd: `${year}-12-31`, ids: JSON.stringify(ids) };
      const rows = childrenAmong.all(args) as [number, string | null, string, string, number][];
      // A district is its own district; any other unit is in its parent's.
      const own = kind === 'district';
      // By index: a grid's save reads a district's thousand rows here, and destructuring walks an iterator per row.
      return rows.map((row) => ({
        id: row[0],
        code: row[1],
        name: row[2],
        kind,
        adminType: row[3],
        parentId,
        ethnicMinorityArea: row[4] === 1,
        districtId: own ? row[0] : parent.districtId,
        districtName: own ? row[2] : parent.districtName,
      }));
    },
    /** Units of `kind` in the area (null = everywhere) counted by type, flag and validity (few groups, any year). */
    tally(scopeUnitId: number | null, kind: UnitKind): UnitTally[] {
      const rows = (scopeUnitId === null ? tallyAll.all({ kind }) : tallyArea.all({ kind, scope: scopeUnitId })) as (Omit<
        UnitTally,
        'ethnicMinorityArea' | 'archived'
      > & { em: number; archived: number })[];
      return rows.map((row) => ({
        adminType: row.adminType,
        ethnicMinorityArea: row.em === 1,
        validFrom: row.validFrom,
        validTo: row.validTo,
        archived: row.archived === 1,
        count: row.count,
      }));
    },
    /** The area's units with a decision or a criteria record in any year: the only ones whose figures are not "none". */
    recorded(scopeUnitId: number | null): RecordedUnit[] {
      const rows = (scopeUnitId === null ? recordedAll.all() : recordedArea.all({ scope: scopeUnitId })) as (Omit<
        RecordedUnit,
        'ethnicMinorityArea' | 'archived'
      > & { em: number; archived: number })[];
      // Field by field: a national movement reads some ten thousand of these after every write, and object
      // rest and spread cost several times more.
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        adminType: row.adminType,
        ethnicMinorityArea: row.em === 1,
        validFrom: row.validFrom,
        validTo: row.validTo,
        archived: row.archived === 1,
      }));
    },
    inScope(scopeUnitId: number | null, kind: UnitKind, year: number): ScopedUnit[] {
      const args = { kind, scope: scopeUnitId, yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` };
      if (scopeUnitId === null) return (inAll.all(args) as Record<string, unknown>[]).map(toScoped);
      // Driven from the area's ids (walked down the parent index), so a province costs the same in a national database.
      return (inArea.all(args) as Record<string, unknown>[]).map(toScoped);
    },
  };
}

export type UnitHistoryRepository = ReturnType<typeof createUnitHistoryRepository>;
