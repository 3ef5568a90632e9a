import fs from 'node:fs';
import path from 'node:path';

import BetterSqlite, { type Database } from 'better-sqlite3';

import { DATABASE_FILE_NAME } from '../../../electron/main/db/connection';
import { type BenchApp, openBenchApp } from '../app';
import { type BulkCall, bulkCalls, callAll, channelBulkPaths } from '../generate/bulk';
import { workingCopy } from '../generate/cache';
import { nomineeName } from '../generate/nominees';

export type ImportPath = 'units' | 'villages' | 'criteria' | 'recognitions' | 'nominees';

export interface ImportFigure {
  what: ImportPath;
  rows: number;
  /** Rows per second through the app's bulk channel. */
  rate: number;
  /** Rows per second of raw prepared INSERTs of the same rows into the same tables of the same database, one transaction. */
  raw: number;
  path: string;
}

/** One INSERT of the rows a path wrote, with its values in column order. */
interface RawInsert {
  table: string;
  values: unknown[][];
}

/** A statement per table and column list, prepared before the clock starts. */
function rawStatements(db: Database, table: string, columns: string[]) {
  return db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
}

/**
 * The raw baseline: the very rows the app wrote (read back from its database, every column, ids
 * included), inserted into the same tables of a working copy of the same database: the app's schema
 * with its indexes and search-index triggers, the app's pragmas. Prepared statements, positional
 * values, one transaction; no validation, audit or derived work (folded names and keys are taken as
 * the app stored them). `groups` interleaves tables as the app writes them (a record, then its rows).
 */
function rawInsertRate(db: Database, groups: RawInsert[][], columns: Map<string, string[]>, rows: number): number {
  const statements = new Map([...columns].map(([table, list]) => [table, rawStatements(db, table, list)]));
  const plan = groups.flatMap((group) =>
    group.map((insert) => ({ statement: statements.get(insert.table) as ReturnType<typeof rawStatements>, values: insert.values })),
  );
  const started = performance.now();
  db.transaction(() => {
    for (const step of plan) for (const values of step.values) step.statement.run(values);
  })();
  return rows / ((performance.now() - started) / 1000);
}

/** Reads back rows the app wrote: every column, in id order (the order it wrote them). */
function written(app: BenchApp, sql: string, ...args: unknown[]): { columns: string[]; rows: unknown[][] } {
  const statement = app.ctx.db.prepare(sql);
  const columns = statement.columns().map((c) => c.name);
  return { columns, rows: statement.raw().all(...args) as unknown[][] };
}

const maxId = (db: Database, table: string) => (db.prepare(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`).get() as { n: number }).n;

/**
 * Both databases start each path with an empty WAL: which path's commit pays for an automatic checkpoint
 * (every 1.000 pages) would otherwise depend on what the paths before it wrote, on either side.
 */
function checkpoint(...dbs: Database[]): void {
  for (const db of dbs) db.pragma('wal_checkpoint(TRUNCATE)');
}

/** The calls of a path, built beforehand, made and timed. */
async function timed(app: BenchApp, calls: BulkCall[], raw: Database): Promise<number> {
  checkpoint(app.ctx.db, raw);
  const started = performance.now();
  await callAll(app, calls);
  return (performance.now() - started) / 1000;
}

/**
 * Import throughput of each bulk path on a working copy of a data set (it writes), each beside the raw
 * baseline measured right after it on `raw`, a second working copy of the same data set that receives
 * the same rows (so later paths find the same units and ids there).
 */
export async function measureImports(
  app: BenchApp,
  raw: Database,
  sizes: { units: number; villages: number; nominees: number },
): Promise<ImportFigure[]> {
  const out: ImportFigure[] = [];
  const db = app.ctx.db;

  /** The rows a path wrote, read back (the first table's rows, each followed by its rows in the others), inserted raw. */
  function baseline(tables: { table: string; sql: string; args: unknown[]; groupBy?: string }[], rows: number): number {
    const parts = tables.map((t) => ({ ...t, ...written(app, t.sql, ...t.args) }));
    const [head, ...children] = parts;
    const childRows = children.map((child) => {
      const at = child.columns.indexOf(child.groupBy as string);
      const byParent = new Map<unknown, unknown[][]>();
      for (const row of child.rows) byParent.set(row[at], [...(byParent.get(row[at]) ?? []), row]);
      return { table: child.table, byParent };
    });
    const idAt = head.columns.indexOf('id');
    const groups: RawInsert[][] = head.rows.map((row) => [
      { table: head.table, values: [row] },
      ...childRows.map((c) => ({ table: c.table, values: c.byParent.get(row[idAt]) ?? [] })),
    ]);
    return rawInsertRate(raw, groups, new Map(parts.map((part) => [part.table, part.columns])), rows);
  }

  const [district] = db
    .prepare(
      "SELECT d.id FROM units d JOIN units p ON p.id = d.parent_id WHERE d.kind = 'district' AND p.code = '62' ORDER BY d.id LIMIT 1",
    )
    .pluck()
    .all() as number[];

  const names = channelBulkPaths.names;
  const figure = (what: ImportPath, rows: number, seconds: number, rawRate: number): ImportFigure => ({
    what,
    rows,
    rate: rows / seconds,
    raw: rawRate,
    path: names[what],
  });

  let from = maxId(db, 'units');
  const unitRows = Array.from({ length: sizes.units }, (_, i) => ({
    code: `BU${i + 1}`,
    name: `Xã Đo Thử ${i + 1}`,
    kind: 'commune' as const,
    adminType: 'Xã',
    parentId: district,
  }));
  const units = await timed(app, bulkCalls.units(app, unitRows), raw);
  const unitsCreated = maxId(db, 'units') - from;
  if (unitsCreated !== sizes.units) throw new Error(`bench: ${unitsCreated} units created of ${sizes.units}`);
  out.push(
    figure(
      'units',
      sizes.units,
      units,
      baseline([{ table: 'units', sql: 'SELECT * FROM units WHERE id > ? ORDER BY id', args: [from] }], sizes.units),
    ),
  );

  const communes = db
    .prepare("SELECT code FROM units WHERE kind = 'commune' AND code NOT LIKE 'BU%' ORDER BY id LIMIT 500")
    .pluck()
    .all() as string[];
  from = maxId(db, 'units');
  const villageRows = Array.from({ length: sizes.villages }, (_, i) => ({
    name: `Thôn Đo Thử ${i + 1}`,
    commune: communes[i % communes.length],
  }));
  const villages = await timed(app, bulkCalls.villages(villageRows), raw);
  out.push(
    figure(
      'villages',
      sizes.villages,
      villages,
      baseline([{ table: 'units', sql: 'SELECT * FROM units WHERE id > ? ORDER BY id', args: [from] }], sizes.villages),
    ),
  );

  // The communes just created have no records: criteria and recognitions of 2025 are new rows, saved as the grid saves them.
  const created = db.prepare("SELECT id FROM units WHERE code LIKE 'BU%' ORDER BY id").pluck().all() as number[];
  from = maxId(db, 'unit_year_criteria');
  const criteria = await timed(
    app,
    bulkCalls.criteria(
      district,
      2025,
      created.map((unitId) => ({ unitId, criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })),
    ),
    raw,
  );
  out.push(
    figure(
      'criteria',
      created.length,
      criteria,
      // The record, then one row per criterion of the set (met or not, as the app stores them).
      baseline(
        [
          { table: 'unit_year_criteria', sql: 'SELECT * FROM unit_year_criteria WHERE id > ? ORDER BY id', args: [from] },
          {
            table: 'unit_year_criterion',
            sql: 'SELECT * FROM unit_year_criterion WHERE record_id > ? ORDER BY record_id, rowid',
            args: [from],
            groupBy: 'record_id',
          },
        ],
        created.length,
      ),
    ),
  );

  from = maxId(db, 'recognitions');
  const recognitions = await timed(app, bulkCalls.recognitions(district, 2025, created), raw);
  out.push(
    figure(
      'recognitions',
      created.length,
      recognitions,
      baseline([{ table: 'recognitions', sql: 'SELECT * FROM recognitions WHERE id > ? ORDER BY id', args: [from] }], created.length),
    ),
  );

  from = maxId(db, 'nominees');
  const nomineeRows = Array.from({ length: sizes.nominees }, (_, i) => ({
    kind: 'individual' as const,
    name: `${nomineeName(i + 7)} Thử`,
    birthYear: 1970 + (i % 30),
    workplace: 'UBND xã Đăk Ui',
  }));
  const nominees = await timed(app, bulkCalls.nominees(nomineeRows), raw);
  out.push(
    figure(
      'nominees',
      sizes.nominees,
      nominees,
      baseline([{ table: 'nominees', sql: 'SELECT * FROM nominees WHERE id > ? ORDER BY id', args: [from] }], sizes.nominees),
    ),
  );
  return out;
}

/** A data folder's database opened with the app's pragmas (connection.ts) and nothing else: the raw baseline's side. */
export function openRawDatabase(dir: string): Database {
  const db = new BetterSqlite(path.join(dir, DATABASE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  return db;
}

export interface ImportSizes {
  units: number;
  villages: number;
  nominees: number;
}

/** One run of every path on two fresh copies of the data folder (the folder itself is never written). */
async function importRun(dir: string, resourcesDir: string, sizes: ImportSizes): Promise<ImportFigure[]> {
  const copy = workingCopy(dir, 'imports');
  const rawCopy = workingCopy(dir, 'imports-raw');
  const app = openBenchApp(copy, resourcesDir);
  const raw = openRawDatabase(rawCopy);
  try {
    return await measureImports(app, raw, sizes);
  } finally {
    raw.close();
    await app.close();
    fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync(rawCopy, { recursive: true, force: true });
  }
}

/**
 * Runs that do not count before the import figures' runs: throughput is measured as the PDF report is, once the code
 * has run in the process. Each bulk path's rows go through code no earlier figure ran, and the path's functions,
 * called once a run, are compiled for speed only after a few calls. Position by position over four probes of
 * eleven runs (03/12/2026), the median ratio of the first run read 30 % for the recognitions import, the second
 * 49 %, the third and later 58-66 % (units 45, 56, then 57-66 %; criteria 54, 67, then 70-82 %).
 */
export const IMPORT_WARMUP_RUNS = 2;

/** The import figures' runs, after IMPORT_WARMUP_RUNS that do not count (kept for information). */
export async function measureImportRuns(
  dir: string,
  resourcesDir: string,
  sizes: ImportSizes,
  runs: number,
): Promise<{ warmups: ImportFigure[][]; runs: ImportFigure[][] }> {
  const warmups: ImportFigure[][] = [];
  for (let run = 0; run < IMPORT_WARMUP_RUNS; run++) warmups.push(await importRun(dir, resourcesDir, sizes));
  const measured: ImportFigure[][] = [];
  for (let run = 0; run < runs; run++) measured.push(await importRun(dir, resourcesDir, sizes));
  return { warmups, runs: measured };
}
