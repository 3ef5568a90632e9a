import type { CriteriaScope, CriteriaSet, Criterion, UnitYearCriteria } from '../../../../shared/domain/criteria';
import type { SetCoverage } from '../../../../shared/domain/criteria-applicable';
import type { Db } from '../connection';
import { AREA_CTE } from './area-sql';

interface SetRow {
  id: number;
  code: string;
  name: string;
  scope: CriteriaScope;
  admin_types: string;
  legal_number: string;
  legal_date: string | null;
  legal_issuer: string;
  legal_title: string;
  valid_from: string | null;
  valid_to: string | null;
  editable: number;
  version: number;
}

interface CriterionRow {
  id: number;
  set_id: number;
  number: number;
  name: string;
  group_name: string;
  archived: number;
  version: number;
}

export interface SetWrite {
  name: string;
  adminTypes: string[];
  legalNumber: string;
  legalDate: string | null;
  legalIssuer: string;
  legalTitle: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface CriterionWrite {
  number: number;
  name: string;
  groupName: string;
  archived: boolean;
}

/** A state as a batch defers it: record id, criterion id, met (1/0), note. */
export type StateRow = [number, number, number, string];

/** One criterion's state inside a unit-year record. */
export interface CriterionState {
  criterionId: number;
  met: boolean;
  note: string;
}

function toCriterion(row: CriterionRow): Criterion {
  return {
    id: row.id,
    setId: row.set_id,
    number: row.number,
    name: row.name,
    groupName: row.group_name,
    archived: row.archived === 1,
    version: row.version,
  };
}

/** One unit's criteria record of a year, as the counts keep it. */
export interface YearCount {
  count: number;
  setId: number;
}

/**
 * The criteria met and the set used, per unit id, for one year of an area. Kept in two typed arrays
 * indexed by unit id (from the area's lowest) rather than a Map of objects: a national year is ~8.000
 * records, read for every year a dashboard evaluates and looked up once per commune and target, and the
 * objects (and the collections they cost) were a tenth of the national summary's time. The arrays span
 * the area's ids only, so a province's year costs the same in a national register.
 */
export class YearCounts {
  /** The lowest unit id with a record: index 0 of the arrays. */
  private readonly base: number;
  /** count + 1 at each unit id with a record, 0 elsewhere. */
  private readonly counts: Int32Array;
  private readonly sets: Int32Array;
  readonly size: number;

  /** Rows of [unit id, set id, criteria met], one per unit. */
  constructor(rows: readonly (readonly [number, number, number])[]) {
    let [lowest, highest] = [Infinity, -1];
    for (const [unitId] of rows) {
      if (unitId < lowest) lowest = unitId;
      if (unitId > highest) highest = unitId;
    }
    this.base = rows.length === 0 ? 0 : lowest;
    this.counts = new Int32Array(rows.length === 0 ? 0 : highest - lowest + 1);
    this.sets = new Int32Array(this.counts.length);
    for (const [unitId, setId, count] of rows) {
      this.counts[unitId - this.base] = count + 1;
      this.sets[unitId - this.base] = setId;
    }
    this.size = rows.length;
  }

  /** Criteria met by the unit, or null without a record (an id outside the arrays reads undefined: none). */
  count(unitId: number): number | null {
    const stored = this.counts[unitId - this.base];
    return stored ? stored - 1 : null;
  }

  /** The set the unit's record used, or null without a record. */
  setId(unitId: number): number | null {
    return this.counts[unitId - this.base] ? this.sets[unitId - this.base] : null;
  }

  /** Every record, by unit id. */
  entries(): [number, YearCount][] {
    const out: [number, YearCount][] = [];
    this.counts.forEach((stored, index) => {
      if (stored) out.push([index + this.base, { count: stored - 1, setId: this.sets[index] }]);
    });
    return out;
  }
}

/** SQL about criteria sets, their criteria and the yearly criteria of each unit. */
export function createCriteriaRepository(db: Db) {
  const sets = db.prepare('SELECT * FROM criteria_sets ORDER BY id');
  const coverage = db.prepare('SELECT id, scope, admin_types, valid_from, valid_to FROM criteria_sets ORDER BY id');
  const setById = db.prepare('SELECT * FROM criteria_sets WHERE id = ?');
  const criteriaOf = db.prepare('SELECT * FROM criteria WHERE set_id = ? ORDER BY number');
  const criterionById = db.prepare('SELECT * FROM criteria WHERE id = ?');
  const maxNumber = db.prepare('SELECT COALESCE(MAX(number), 0) AS n FROM criteria WHERE set_id = ?');
  const numberTaken = db.prepare('SELECT id FROM criteria WHERE set_id = ? AND number = ?');
  const updateSet = db.prepare(`UPDATE criteria_sets SET name = @name, admin_types = @adminTypes, legal_number = @legalNumber,
    legal_date = @legalDate, legal_issuer = @legalIssuer, legal_title = @legalTitle, valid_from = @validFrom, valid_to = @validTo,
    version = version + 1, updated_at = @at WHERE id = @id AND version = @version`);
  const insertCriterion = db.prepare(`INSERT INTO criteria (set_id, number, name, group_name, archived, created_at, updated_at)
    VALUES (@setId, @number, @name, @groupName, @archived, @at, @at)`);
  const updateCriterion = db.prepare(`UPDATE criteria SET number = @number, name = @name, group_name = @groupName, archived = @archived,
    version = version + 1, updated_at = @at WHERE id = @id AND version = @version`);
  const recordOf = db.prepare('SELECT id, set_id, version FROM unit_year_criteria WHERE unit_id = ? AND year = ?');
  const insertRecord = db.prepare(
    'INSERT INTO unit_year_criteria (unit_id, year, set_id, met_count, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)',
  );
  const bumpRecord = db.prepare(
    'UPDATE unit_year_criteria SET set_id = ?, met_count = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
  );
  const clearStates = db.prepare('DELETE FROM unit_year_criterion WHERE record_id = ?');
  const insertState = db.prepare('INSERT INTO unit_year_criterion (record_id, criterion_id, met, note) VALUES (?, ?, ?, ?)');
  // A batch's states in one statement from one JSON array ([record id, criterion id, met, note] each): no bind and step per state.
  const insertStates = db.prepare(`INSERT INTO unit_year_criterion (record_id, criterion_id, met, note)
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)`);
  const statesOf = db.prepare(`SELECT c.number, s.met, s.note FROM unit_year_criterion s JOIN criteria c ON c.id = s.criterion_id
    WHERE s.record_id = ? ORDER BY c.number`);
  // A batch's records and their states in two reads (a district's grid, a save of it), through the (unit, year) key.
  const recordsOf = db.prepare(`SELECT r.id, r.unit_id, r.set_id, r.version FROM json_each(?) j
    CROSS JOIN unit_year_criteria r ON r.unit_id = j.value AND r.year = ?`);
  const metCountsOf = db.prepare(`SELECT r.unit_id AS unitId, r.met_count AS count FROM json_each(?) j
    CROSS JOIN unit_year_criteria r ON r.unit_id = j.value AND r.year = ?`);
  // Rows as arrays, in key order, without a join or a sort: criterion numbers come from one read of the criteria.
  const statesOfRecords = db
    .prepare(
      `SELECT s.record_id, s.criterion_id, s.met, s.note FROM json_each(?) j CROSS JOIN unit_year_criterion s ON s.record_id = j.value`,
    )
    .raw(true);
  const criterionNumbers = db.prepare('SELECT id, number FROM criteria').raw(true);
  // met_count is kept by writeUnitYear (migration 015): no per-record count of the states on read.
  // CROSS JOIN keeps SQLite walking from the area's units to their records, never the whole year's records.
  const countsForYear = db.prepare(`SELECT r.unit_id AS unitId, r.met_count AS count
    FROM unit_year_criteria r WHERE r.year = ? AND r.set_id = ?`);
  const countsUnder = db.prepare(`SELECT r.unit_id AS unitId, r.met_count AS count
    FROM units u CROSS JOIN unit_year_criteria r ON r.unit_id = u.id AND r.year = @year AND r.set_id = @setId
    WHERE u.parent_id = @parentId`);
  // Rows as [unit id, set id, count] arrays (YearCounts keeps them without an object per record).
  const countsByYear = db.prepare(`SELECT r.unit_id, r.set_id, r.met_count FROM unit_year_criteria r WHERE r.year = ?`).raw(true);
  const countsInArea = db
    .prepare(
      `${AREA_CTE}
    SELECT r.unit_id, r.set_id, r.met_count FROM area CROSS JOIN unit_year_criteria r ON r.unit_id = area.id AND r.year = @year`,
    )
    .raw(true);

  function toSet(row: SetRow): CriteriaSet {
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      scope: row.scope,
      adminTypes: JSON.parse(row.admin_types) as string[],
      legalBasis: { number: row.legal_number, date: row.legal_date, issuer: row.legal_issuer, title: row.legal_title },
      validFrom: row.valid_from,
      validTo: row.valid_to,
      editable: row.editable === 1,
      version: row.version,
      criteria: (criteriaOf.all(row.id) as CriterionRow[]).map(toCriterion),
    };
  }

  return {
    sets(): CriteriaSet[] {
      return (sets.all() as SetRow[]).map(toSet);
    },
    /** What each set covers, without its criteria: what choosing the set for a unit and year reads. */
    coverage(): SetCoverage[] {
      return (coverage.all() as Pick<SetRow, 'id' | 'scope' | 'admin_types' | 'valid_from' | 'valid_to'>[]).map((row) => ({
        id: row.id,
        scope: row.scope,
        adminTypes: JSON.parse(row.admin_types) as string[],
        validFrom: row.valid_from,
        validTo: row.valid_to,
      }));
    },
    set(id: number): CriteriaSet | null {
      const row = setById.get(id) as SetRow | undefined;
      return row ? toSet(row) : null;
    },
    criterion(id: number): Criterion | null {
      const row = criterionById.get(id) as CriterionRow | undefined;
      return row ? toCriterion(row) : null;
    },
    nextNumber(setId: number): number {
      return (maxNumber.get(setId) as { n: number }).n + 1;
    },
    numberTaken(setId: number, number: number): number | null {
      return (numberTaken.get(setId, number) as { id: number } | undefined)?.id ?? null;
    },
    updateSet(id: number, version: number, fields: SetWrite, at: string): boolean {
      return updateSet.run({ ...fields, adminTypes: JSON.stringify(fields.adminTypes), id, version, at }).changes === 1;
    },
    insertCriterion(setId: number, fields: CriterionWrite, at: string): number {
      return Number(insertCriterion.run({ ...fields, archived: fields.archived ? 1 : 0, setId, at }).lastInsertRowid);
    },
    updateCriterion(id: number, version: number, fields: CriterionWrite, at: string): boolean {
      return updateCriterion.run({ ...fields, archived: fields.archived ? 1 : 0, id, version, at }).changes === 1;
    },
    record(unitId: number, year: number): { id: number; setId: number; version: number } | null {
      const row = recordOf.get(unitId, year) as { id: number; set_id: number; version: number } | undefined;
      return row ? { id: row.id, setId: row.set_id, version: row.version } : null;
    },
    /** The unit's criteria for the year, or null when none were entered. */
    unitYear(unitId: number, year: number): UnitYearCriteria | null {
      const row = recordOf.get(unitId, year) as { id: number; set_id: number; version: number } | undefined;
      if (!row) return null;
      const states = statesOf.all(row.id) as { number: number; met: number; note: string }[];
      const criteriaMet = states.filter((s) => s.met === 1).map((s) => s.number);
      return {
        unitId,
        year,
        setId: row.set_id,
        criteriaMet,
        notes: states.filter((s) => s.note !== '').map((s) => ({ number: s.number, note: s.note })),
        count: criteriaMet.length,
        version: row.version,
      };
    },
    /** unit id -> criteria met in `year` (its record's stored count), for these units; those without a record are absent. */
    metCounts(unitIds: number[], year: number): Map<number, number> {
      const rows = metCountsOf.all(JSON.stringify(unitIds), year) as { unitId: number; count: number }[];
      return new Map(rows.map((row) => [row.unitId, row.count]));
    },
    /** unitYear for many units at once (those without a record are absent): two reads whatever the count. */
    unitYears(unitIds: number[], year: number): Map<number, UnitYearCriteria & { recordId: number }> {
      const records = recordsOf.all(JSON.stringify(unitIds), year) as { id: number; unit_id: number; set_id: number; version: number }[];
      const out = new Map<number, UnitYearCriteria & { recordId: number }>();
      if (records.length === 0) return out;
      const numberOf = new Map(criterionNumbers.all() as [number, number][]);
      const states = new Map<number, { number: number; met: number; note: string }[]>();
      for (const [recordId, criterionId, met, note] of statesOfRecords.all(JSON.stringify(records.map((r) => r.id))) as [
        number,
        number,
        number,
        string,
      ][]) {
        const state = { number: numberOf.get(criterionId) as number, met, note };
        const list = states.get(recordId);
        if (list) list.push(state);
        else states.set(recordId, [state]);
      }
      for (const record of records) {
        // In criterion number order, as unitYear reads them.
        const list = (states.get(record.id) ?? []).sort((a, b) => a.number - b.number);
        const criteriaMet = list.filter((s) => s.met === 1).map((s) => s.number);
        out.set(record.unit_id, {
          unitId: record.unit_id,
          year,
          setId: record.set_id,
          criteriaMet,
          notes: list.filter((s) => s.note !== '').map((s) => ({ number: s.number, note: s.note })),
          count: criteriaMet.length,
          version: record.version,
          recordId: record.id,
        });
      }
      return out;
    },
    /**
     * Replaces a unit's criteria for a year. `expectedVersion` null means "create"; returns false
     * when the stored version is not the expected one (someone saved in between). `known` is the
     * record as the caller read it in this transaction (a batch reads them all at once), null for none.
     */
    writeUnitYear(
      unitId: number,
      year: number,
      setId: number,
      states: CriterionState[],
      expectedVersion: number | null,
      at: string,
      known?: { id: number; version: number } | null,
      deferred?: StateRow[],
    ): boolean {
      const existing =
        known === undefined ? (recordOf.get(unitId, year) as { id: number; version: number } | undefined) : (known ?? undefined);
      const metCount = states.filter((s) => s.met).length;
      let recordId: number;
      if (!existing) {
        if (expectedVersion !== null) return false;
        recordId = Number(insertRecord.run(unitId, year, setId, metCount, at, at).lastInsertRowid);
      } else {
        if (expectedVersion === null || bumpRecord.run(setId, metCount, at, existing.id, expectedVersion).changes !== 1) return false;
        recordId = existing.id;
        clearStates.run(recordId);
      }
      if (deferred) for (const state of states) deferred.push([recordId, state.criterionId, state.met ? 1 : 0, state.note]);
      else for (const state of states) insertState.run(recordId, state.criterionId, state.met ? 1 : 0, state.note);
      return true;
    },
    /** Inserts the states writeUnitYear deferred (a batch's, once its rows are all checked and their records written). */
    insertStates(states: StateRow[]): void {
      if (states.length > 0) insertStates.run(JSON.stringify(states));
    },
    /** unit id -> criteria met, for every unit with a record of the set in the year. */
    countsForYear(year: number, setId: number): Map<number, number> {
      const rows = countsForYear.all(year, setId) as { unitId: number; count: number }[];
      return new Map(rows.map((row) => [row.unitId, row.count]));
    },
    /** unit id -> criteria met, for the direct children of `parentId` with a record of the set in the year. */
    countsUnder(parentId: number, year: number, setId: number): Map<number, number> {
      const rows = countsUnder.all({ parentId, year, setId }) as { unitId: number; count: number }[];
      return new Map(rows.map((row) => [row.unitId, row.count]));
    },
    /** Criteria met and the set used, for every unit of the area (null: everywhere) with a record in the year. */
    countsInArea(scopeUnitId: number | null, year: number): YearCounts {
      const rows = scopeUnitId === null ? countsByYear.all(year) : countsInArea.all({ scope: scopeUnitId, year });
      return new YearCounts(rows as [number, number, number][]);
    },
    /** Criteria met and the set used, for every unit with a record in the year. */
    countsByYear(year: number): YearCounts {
      return new YearCounts(countsByYear.all(year) as [number, number, number][]);
    },
  };
}

export type CriteriaRepository = ReturnType<typeof createCriteriaRepository>;
