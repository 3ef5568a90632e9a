import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import type { BenchApp } from '../app';
import type { BulkPaths } from '../generate/bulk';
import { nomineeName } from '../generate/nominees';

export interface ImportFigure {
  what: 'units' | 'villages' | 'criteria' | 'recognitions' | 'nominees';
  rows: number;
  /** Rows per second through the app's bulk path. */
  rate: number;
  /** Rows per second of raw prepared inserts into an equivalent table, one transaction, same pragmas. */
  raw: number;
  path: string;
}

/** Raw better-sqlite3: prepared inserts of `rows` rows of `columns` text/integer columns in one transaction, WAL and synchronous=FULL like the app. */
export function rawInsertRate(columns: number, rows: number): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-raw-'));
  const db = new Database(path.join(dir, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const names = Array.from({ length: columns }, (_, i) => `c${i}`);
    db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, ${names.map((n, i) => `${n} ${i % 2 ? 'INTEGER' : 'TEXT'}`).join(', ')})`);
    db.exec('CREATE INDEX t_c0 ON t(c0)');
    const insert = db.prepare(`INSERT INTO t (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    const values = (r: number) => names.map((_, i) => (i % 2 ? r * 7 + i : `Thôn Đăk Ui ${r} ${i}`));
    const started = performance.now();
    db.transaction(() => {
      for (let r = 0; r < rows; r++) insert.run(...values(r));
    })();
    return rows / ((performance.now() - started) / 1000);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function timed(fn: () => Promise<number>): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  const rows = await fn();
  return { rows, seconds: (performance.now() - started) / 1000 };
}

const ids = (app: BenchApp, sql: string) => (app.ctx.db.prepare(sql).all() as { id: number }[]).map((r) => r.id);

/** Import throughput of each bulk path on a working copy of a data set (it writes). */
export async function measureImports(
  app: BenchApp,
  bulk: BulkPaths,
  sizes: { units: number; villages: number; nominees: number },
): Promise<ImportFigure[]> {
  const out: ImportFigure[] = [];
  const [district] = ids(
    app,
    "SELECT d.id FROM units d JOIN units p ON p.id = d.parent_id WHERE d.kind = 'district' AND p.code = '62' ORDER BY d.id LIMIT 1",
  );
  const units = await timed(async () => {
    const rows = Array.from({ length: sizes.units }, (_, i) => ({
      code: `BU${i + 1}`,
      name: `Xã Đo Thử ${i + 1}`,
      kind: 'commune' as const,
      adminType: 'Xã',
      parentId: district,
    }));
    return (await bulk.units(app, rows)).length;
  });
  out.push({
    what: 'units',
    rows: units.rows,
    rate: units.rows / units.seconds,
    raw: rawInsertRate(8, units.rows),
    path: 'units.create từng đơn vị',
  });

  const communes = app.ctx.db
    .prepare("SELECT code FROM units WHERE kind = 'commune' AND code NOT LIKE 'BU%' ORDER BY id LIMIT 500")
    .all() as { code: string }[];
  const villages = await timed(async () => {
    const rows = Array.from({ length: sizes.villages }, (_, i) => ({
      name: `Thôn Đo Thử ${i + 1}`,
      commune: communes[i % communes.length].code,
    }));
    await bulk.villages(app, rows);
    return rows.length;
  });
  out.push({
    what: 'villages',
    rows: villages.rows,
    rate: villages.rows / villages.seconds,
    raw: rawInsertRate(8, villages.rows),
    path: 'villages.importCommit',
  });

  // The communes just created have no records: criteria and recognitions of 2025 are new rows, saved as the grid saves them.
  const created = ids(app, "SELECT id FROM units WHERE code LIKE 'BU%' ORDER BY id");
  const plan = [{ districtId: district, unitIds: created }];
  const planned = created.length;
  const criteria = await timed(async () => {
    for (const p of plan)
      await bulk.criteria(
        app,
        p.districtId,
        2025,
        p.unitIds.map((unitId) => ({ unitId, criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })),
      );
    return planned;
  });
  // Criteria rows are a unit-year record plus one row per criterion met in the app; the raw table holds the record.
  out.push({
    what: 'criteria',
    rows: criteria.rows,
    rate: criteria.rows / criteria.seconds,
    raw: rawInsertRate(6, criteria.rows),
    path: 'criteria.setDistrictYear',
  });
  const recognitions = await timed(async () => {
    for (const p of plan) await bulk.recognitions(app, p.districtId, 2025, p.unitIds);
    return planned;
  });
  out.push({
    what: 'recognitions',
    rows: recognitions.rows,
    rate: recognitions.rows / recognitions.seconds,
    raw: rawInsertRate(8, recognitions.rows),
    path: 'recognitions.setDistrictYear',
  });

  const nominees = await timed(async () => {
    for (let i = 0; i < sizes.nominees; i++)
      await app.call('nominees.create', {
        kind: 'individual',
        name: `${nomineeName(i + 7)} Thử`,
        birthYear: 1970 + (i % 30),
        workplace: 'UBND xã Đăk Ui',
      });
    return sizes.nominees;
  });
  out.push({
    what: 'nominees',
    rows: nominees.rows,
    rate: nominees.rows / nominees.seconds,
    raw: rawInsertRate(15, nominees.rows),
    path: 'nominees.create từng người, chưa có kênh nhập hàng loạt',
  });
  return out;
}
