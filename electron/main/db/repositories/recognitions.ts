import type { Statement } from 'better-sqlite3';

import type { Income, Recognition, RecognitionLevel } from '../../../../shared/domain/criteria';
import type { UnitKind } from '../../../../shared/domain/units';
import type { Db } from '../connection';
import { registerSqlFunctions, wordStartPattern } from '../sql-functions';
import { AREA_CTE } from './area-sql';

interface RecognitionRow {
  id: number;
  unit_id: number;
  year: number;
  level: RecognitionLevel;
  decision_number: string;
  decision_date: string | null;
  signer_authority: string;
  unit_name_at: string;
  district_name_at: string | null;
  note: string;
  version: number;
}

interface IncomeRow {
  id: number;
  unit_id: number;
  year: number;
  amount: number;
  note: string;
  version: number;
}

export interface RecognitionWrite {
  level: RecognitionLevel;
  decisionNumber: string;
  decisionDate: string | null;
  signerAuthority: string;
  unitNameAt: string;
  districtNameAt: string | null;
  note: string;
}

function toRecognition(row: RecognitionRow): Recognition {
  return {
    id: row.id,
    unitId: row.unit_id,
    year: row.year,
    level: row.level,
    decision: { number: row.decision_number, date: row.decision_date, signerAuthority: row.signer_authority },
    unitNameAt: row.unit_name_at,
    districtNameAt: row.district_name_at,
    note: row.note,
    version: row.version,
  };
}

/** A year's decisions as the roll-up filters them. */
export interface RecognitionYearQuery {
  year: number;
  /** The levels of a kind's ladder above "chưa đạt", and that kind for a "chưa đạt" decision's unit. */
  kind?: { kind: UnitKind; levels: RecognitionLevel[] };
  /** Folded words; each must start a word of the unit's or district's name as recorded. */
  words?: string[];
}

/** What grouping by today's unit reads of each decision. */
export interface RecognitionKey {
  id: number;
  unitId: number;
  level: RecognitionLevel;
  unitNameAt: string;
}

function yearWhere(query: RecognitionYearQuery): { where: string; args: Record<string, unknown> } {
  const where = ['r.year = @year'];
  const args: Record<string, unknown> = { year: query.year };
  if (query.kind) {
    where.push(`(r.level IN (SELECT value FROM json_each(@levels)) OR (r.level = 'none' AND u.kind = @kind))`);
    args.levels = JSON.stringify(query.kind.levels);
    args.kind = query.kind.kind;
  }
  (query.words ?? []).forEach((word, index) => {
    where.push(`(' ' || fold_text(r.unit_name_at || ' ' || COALESCE(r.district_name_at, ''))) LIKE @w${index} ESCAPE '\\'`);
    args[`w${index}`] = wordStartPattern(word);
  });
  return { where: `WHERE ${where.join(' AND ')}`, args };
}

// As recorded: by the district, then the unit of the decision's time, in folded (alphabetical) order.
const YEAR_ORDER = "fold_text(COALESCE(r.district_name_at, '')), fold_text(r.unit_name_at), r.id";
const YEAR_FROM = 'FROM recognitions r JOIN units u ON u.id = r.unit_id';

function toIncome(row: IncomeRow): Income {
  return { id: row.id, unitId: row.unit_id, year: row.year, amount: row.amount, note: row.note, version: row.version };
}

/**
 * A new decision's own values in INSERT_ROW's order, added to `values`: a batch adds its rows to one array
 * (thousands of rows would otherwise make arrays of their own). The year and the time are the statement's.
 */
function pushInsertValues(values: unknown[], unitId: number, f: RecognitionWrite): void {
  values.push(unitId, f.level, f.decisionNumber, f.decisionDate, f.signerAuthority, f.unitNameAt, f.districtNameAt, f.note);
}

const INSERT_COLUMNS =
  'unit_id, year, level, decision_number, decision_date, signer_authority, unit_name_at, district_name_at, note, created_at, updated_at';
/**
 * One row's values: its own positional, the year and the time named once for the whole statement (a batch's rows
 * share them: 1.000 decisions bind 8.000 values rather than 11.000, 4,2 against 4,7 ms with the commit here).
 */
const INSERT_ROW = '(?, @year, ?, ?, ?, ?, ?, ?, ?, @at, @at)';
/** Rows a multi-row INSERT takes (8 values each, well under SQLite's 32.766 variables). */
const INSERT_ROWS = 100;

/** SQL about recognition decisions (levels per unit and year) and rural income per capita. */
export function createRecognitionsRepository(db: Db) {
  registerSqlFunctions(db);
  const byUnitYear = db.prepare('SELECT * FROM recognitions WHERE unit_id = ? AND year = ?');
  const byId = db.prepare('SELECT * FROM recognitions WHERE id = ?');
  // A grid's decisions of a year in one read, through the (unit, year) key.
  const byUnitsYear = db.prepare('SELECT r.* FROM json_each(?) j CROSS JOIN recognitions r ON r.unit_id = j.value AND r.year = ?');
  const byUnit = db.prepare('SELECT * FROM recognitions WHERE unit_id = ? ORDER BY year');
  const remove = db.prepare('DELETE FROM recognitions WHERE id = ? AND version = ?');
  const moveYear = db.prepare('UPDATE recognitions SET year = @year WHERE id = @id');
  const byYear = db.prepare('SELECT * FROM recognitions WHERE year = ? ORDER BY unit_name_at');
  // Positional but for the year and the time: a district's save binds hundreds of rows through it, without a name lookup
  // per value. One prepared insert per row is faster than one INSERT … SELECT from a JSON array (4,5 against 7,3 ms per
  // 1.000 decisions here): the JSON is built, parsed and each value extracted again, and RETURNING buffers the ids.
  const insert = db.prepare(`INSERT INTO recognitions (${INSERT_COLUMNS}) VALUES ${INSERT_ROW}`);
  const update = db.prepare(`UPDATE recognitions SET level = @level, decision_number = @decisionNumber, decision_date = @decisionDate,
    signer_authority = @signerAuthority, unit_name_at = @unitNameAt, district_name_at = @districtNameAt, note = @note,
    version = version + 1, updated_at = @at WHERE id = @id AND version = @version`);
  // The level a unit holds in a year is its latest decision up to that year: recognition lasts until revoked.
  const levelsAsOf = db.prepare(`SELECT r.unit_id AS unitId, r.level FROM recognitions r
    WHERE r.year = (SELECT MAX(r2.year) FROM recognitions r2 WHERE r2.unit_id = r.unit_id AND r2.year <= ?)`);
  // CROSS JOIN: from the area's units to their decisions, never the whole table.
  const levelsUnder = db.prepare(`SELECT r.unit_id AS unitId, r.year, r.level FROM units u CROSS JOIN recognitions r ON r.unit_id = u.id
    WHERE u.parent_id = @parentId AND r.year = (SELECT MAX(r2.year) FROM recognitions r2 WHERE r2.unit_id = u.id AND r2.year <= @year)`);
  const allLevels = db.prepare('SELECT unit_id AS unitId, year, level FROM recognitions ORDER BY unit_id, year');
  const levelsInArea = db.prepare(`${AREA_CTE}
    SELECT r.unit_id AS unitId, r.year, r.level FROM area CROSS JOIN recognitions r ON r.unit_id = area.id ORDER BY r.unit_id, r.year`);
  const incomeOf = db.prepare('SELECT * FROM incomes WHERE unit_id = ? AND year = ?');
  const incomesOf = db.prepare('SELECT * FROM incomes WHERE unit_id = ? ORDER BY year');
  const insertIncome = db.prepare(
    'INSERT INTO incomes (unit_id, year, amount, note, created_at, updated_at) VALUES (@unitId, @year, @amount, @note, @at, @at)',
  );
  const updateIncome = db.prepare(
    'UPDATE incomes SET amount = @amount, note = @note, version = version + 1, updated_at = @at WHERE id = @id AND version = @version',
  );

  // Statements of 1 to INSERT_ROWS rows, prepared when a batch first needs one of that size.
  const insertsBySize = new Map<number, Statement>();
  function insertRows(count: number): Statement {
    let statement = insertsBySize.get(count);
    if (!statement) {
      statement = db.prepare(
        `INSERT INTO recognitions (${INSERT_COLUMNS}) VALUES ${Array.from({ length: count }, () => INSERT_ROW).join(', ')}`,
      );
      insertsBySize.set(count, statement);
    }
    return statement;
  }

  function insertOne(unitId: number, year: number, fields: RecognitionWrite, at: string): number {
    const values: unknown[] = [];
    pushInsertValues(values, unitId, fields);
    return Number(insert.run(values, { year, at }).lastInsertRowid);
  }

  return {
    get(unitId: number, year: number): Recognition | null {
      const row = byUnitYear.get(unitId, year) as RecognitionRow | undefined;
      return row ? toRecognition(row) : null;
    },
    /** The decisions of `year` of these units, by unit (units without one are absent). */
    forUnitsYear(unitIds: number[], year: number): Map<number, Recognition> {
      const rows = byUnitsYear.all(JSON.stringify(unitIds), year) as RecognitionRow[];
      return new Map(rows.map((row) => [row.unit_id, toRecognition(row)]));
    },
    byId(id: number): Recognition | null {
      const row = byId.get(id) as RecognitionRow | undefined;
      return row ? toRecognition(row) : null;
    },
    /** False when the row's version is not `version` (or the row is gone). */
    remove(id: number, version: number): boolean {
      return remove.run(id, version).changes === 1;
    },
    /** Moves a decision to another year; the caller updates it at its version in the same transaction. */
    moveYear(id: number, year: number): void {
      moveYear.run({ id, year });
    },
    forUnit(unitId: number): Recognition[] {
      return (byUnit.all(unitId) as RecognitionRow[]).map(toRecognition);
    },
    forYear(year: number): Recognition[] {
      return (byYear.all(year) as RecognitionRow[]).map(toRecognition);
    },
    /** Every decision of the year the filters match, as recorded (a workbook). */
    yearAll(query: RecognitionYearQuery): Recognition[] {
      const { where, args } = yearWhere(query);
      return (db.prepare(`SELECT r.* ${YEAR_FROM} ${where} ORDER BY ${YEAR_ORDER}`).all(args) as RecognitionRow[]).map(toRecognition);
    },
    /** One page of them, as recorded. */
    yearPage(query: RecognitionYearQuery, offset: number, limit: number): Recognition[] {
      const { where, args } = yearWhere(query);
      const sql = `SELECT r.* ${YEAR_FROM} ${where} ORDER BY ${YEAR_ORDER} LIMIT @limit OFFSET @offset`;
      return (db.prepare(sql).all({ ...args, limit, offset }) as RecognitionRow[]).map(toRecognition);
    },
    /** What grouping reads of every matching decision (no decision text, no notes). */
    yearKeys(query: RecognitionYearQuery): RecognitionKey[] {
      const { where, args } = yearWhere(query);
      return db
        .prepare(`SELECT r.id, r.unit_id AS unitId, r.level, r.unit_name_at AS unitNameAt ${YEAR_FROM} ${where}`)
        .all(args) as RecognitionKey[];
    },
    insert: insertOne,
    /**
     * New decisions of one year (in the caller's transaction); unit id -> the id of its decision. Up to INSERT_ROWS
     * rows a statement: SQLite gives the rows of one INSERT consecutive ids (each the largest so far plus one), so
     * the last row's id names them all.
     */
    insertMany(year: number, rows: { unitId: number; fields: RecognitionWrite }[], at: string): Map<number, number> {
      const ids = new Map<number, number>();
      for (let start = 0; start < rows.length; start += INSERT_ROWS) {
        const chunk = rows.slice(start, start + INSERT_ROWS);
        const values: unknown[] = [];
        for (const { unitId, fields } of chunk) pushInsertValues(values, unitId, fields);
        const result = insertRows(chunk.length).run(values, { year, at });
        if (result.changes !== chunk.length) throw new Error(`recognitions: ${result.changes} of ${chunk.length} rows inserted`);
        const first = Number(result.lastInsertRowid) - chunk.length + 1;
        chunk.forEach(({ unitId }, index) => ids.set(unitId, first + index));
      }
      return ids;
    },
    update(id: number, version: number, fields: RecognitionWrite, at: string): boolean {
      return update.run({ ...fields, id, version, at }).changes === 1;
    },
    /** unit id -> level held in `year` (latest decision with year <= `year`). */
    levelsAsOf(year: number): Map<number, RecognitionLevel> {
      const rows = levelsAsOf.all(year) as { unitId: number; level: RecognitionLevel }[];
      return new Map(rows.map((row) => [row.unitId, row.level]));
    },
    /** levelsAsOf for the direct children of `parentId` only (a district's communes), with the decision's year. */
    levelsUnder(parentId: number, year: number): Map<number, { level: RecognitionLevel; year: number }> {
      const rows = levelsUnder.all({ parentId, year }) as { unitId: number; year: number; level: RecognitionLevel }[];
      return new Map(rows.map((row) => [row.unitId, { level: row.level, year: row.year }]));
    },
    /** Every decision's unit, year and level in the area (null: everywhere), oldest first per unit (targets evaluate from this). */
    levelsInArea(scopeUnitId: number | null): { unitId: number; year: number; level: RecognitionLevel }[] {
      return (scopeUnitId === null ? allLevels.all() : levelsInArea.all({ scope: scopeUnitId })) as {
        unitId: number;
        year: number;
        level: RecognitionLevel;
      }[];
    },
    /** Every decision's unit, year and level, oldest first per unit. */
    allLevels(): { unitId: number; year: number; level: RecognitionLevel }[] {
      return allLevels.all() as { unitId: number; year: number; level: RecognitionLevel }[];
    },
    income(unitId: number, year: number): Income | null {
      const row = incomeOf.get(unitId, year) as IncomeRow | undefined;
      return row ? toIncome(row) : null;
    },
    incomes(unitId: number): Income[] {
      return (incomesOf.all(unitId) as IncomeRow[]).map(toIncome);
    },
    insertIncome(unitId: number, year: number, amount: number, note: string, at: string): number {
      return Number(insertIncome.run({ unitId, year, amount, note, at }).lastInsertRowid);
    },
    updateIncome(id: number, version: number, amount: number, note: string, at: string): boolean {
      return updateIncome.run({ id, version, amount, note, at }).changes === 1;
    },
  };
}

export type RecognitionsRepository = ReturnType<typeof createRecognitionsRepository>;
