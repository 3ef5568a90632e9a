import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DATABASE_FILE_NAME, openDatabase } from '../../electron/main/db/connection';
import { dbMessages } from '../../electron/main/db/messages';
import { migrate, migrationHash } from '../../electron/main/db/migrate';
import { type Migration, migrations } from '../../electron/main/db/migrations';
import { AppError } from '../../shared/errors';
import { makeTempDir } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
let file: string;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('migrations'));
  file = path.join(dir, DATABASE_FILE_NAME);
});
afterEach(() => cleanup());

/** Everything on disk for the database: the file and any WAL/SHM companions, by name. */
function snapshotFiles(): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) result[name] = fs.readFileSync(path.join(dir, name)).toString('base64');
  return result;
}

function raw<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

/** Runs fn and returns the AppError it throws (failing the test when it throws nothing or something else). */
function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

describe('openDatabase on a new folder', () => {
  it('creates thidua.sqlite with every migration applied and recorded with its hash', () => {
    const db = openDatabase(path.join(dir, 'nested', 'data'));
    try {
      const rows = db.prepare('SELECT id, name, hash, applied_at FROM schema_migrations ORDER BY id').all() as {
        id: number;
        name: string;
        hash: string;
        applied_at: string;
      }[];
      expect(rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id).sort((a, b) => a - b));
      for (const row of rows) {
        const migration = migrations.find((m) => m.id === row.id) as Migration;
        expect(row.name).toBe(migration.name);
        expect(row.hash).toBe(migrationHash(migration));
        expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(Number.isNaN(Date.parse(row.applied_at))).toBe(false);
      }
      expect(tableNames(db)).toEqual(expect.arrayContaining(['app_settings', 'audit_log', 'schema_migrations', 'units']));
    } finally {
      db.close();
    }
    expect(fs.existsSync(path.join(dir, 'nested', 'data', DATABASE_FILE_NAME))).toBe(true);
  });

  it('uses WAL, foreign keys, a busy timeout and synchronous=FULL (an acknowledged commit survives a power cut)', () => {
    const db = openDatabase(dir);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      db.close();
    }
  });

  it('applies nothing again on reopening', () => {
    openDatabase(dir).close();
    const before = raw((db) => db.prepare('SELECT * FROM schema_migrations ORDER BY id').all());
    const db = openDatabase(dir);
    try {
      expect(migrate(db)).toEqual([]);
    } finally {
      db.close();
    }
    expect(raw((d) => d.prepare('SELECT * FROM schema_migrations ORDER BY id').all())).toEqual(before);
  });
});

describe('openDatabase refuses, changing nothing,', () => {
  it('a database whose applied migration differs from the code (tampered hash)', () => {
    openDatabase(dir).close();
    raw((db) => db.prepare('UPDATE schema_migrations SET hash = ? WHERE id = 1').run('0'.repeat(64)));
    const before = snapshotFiles();
    const error = appErrorOf(() => openDatabase(dir));
    expect(error.message).toBe(dbMessages.migrationChanged(1, migrations[0].name));
    expect(error.message).toMatch(/không khớp với phiên bản phần mềm này/);
    expect(snapshotFiles()).toEqual(before);
  });

  it('a database with an applied migration newer than the code', () => {
    openDatabase(dir).close();
    const latest = Math.max(...migrations.map((m) => m.id));
    raw((db) =>
      db
        .prepare('INSERT INTO schema_migrations (id, name, hash, applied_at) VALUES (?, ?, ?, ?)')
        .run(latest + 1, 'from the future', 'f'.repeat(64), new Date().toISOString()),
    );
    const before = snapshotFiles();
    const error = appErrorOf(() => openDatabase(dir));
    expect(error.message).toBe(dbMessages.newerThanApp(latest + 1, latest));
    expect(error.message).toMatch(/phiên bản mới hơn/);
    expect(snapshotFiles()).toEqual(before);
  });

  it('a newer database still in rollback-journal mode: not even the journal mode is switched', () => {
    raw((db) => {
      migrate(db);
      db.prepare('INSERT INTO schema_migrations (id, name, hash, applied_at) VALUES (?, ?, ?, ?)').run(999, 'future', 'f'.repeat(64), 'x');
    });
    expect(raw((db) => db.pragma('journal_mode', { simple: true }))).toBe('delete');
    const before = snapshotFiles();
    expect(appErrorOf(() => openDatabase(dir)).message).toMatch(/phiên bản mới hơn/);
    expect(snapshotFiles()).toEqual(before);
  });

  it('an applied migration this code does not know, below the latest (a renumbered one)', () => {
    const list: Migration[] = [
      { id: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER)' },
      { id: 3, name: 'three', sql: 'CREATE TABLE three (x INTEGER)' },
    ];
    raw((db) => migrate(db, list));
    const error = appErrorOf(() => raw((db) => migrate(db, [list[0], { id: 2, name: 'two', sql: 'SELECT 1' }, { ...list[1], id: 4 }])));
    expect(error.message).toBe(dbMessages.migrationChanged(3, 'three'));
  });

  it('a file of text that is not a database, with a Vietnamese message', () => {
    fs.writeFileSync(file, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n'.repeat(50));
    const before = snapshotFiles();
    const error = appErrorOf(() => openDatabase(dir));
    expect(error.message).toContain('không phải là cơ sở dữ liệu');
    expect(error.message).toContain(file);
    expect(snapshotFiles()).toEqual(before);
  });

  it('a file of random bytes', () => {
    const bytes = Buffer.alloc(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    fs.writeFileSync(file, bytes);
    const before = snapshotFiles();
    const error = appErrorOf(() => openDatabase(dir));
    expect(error.message).toContain('không phải là cơ sở dữ liệu');
    expect(snapshotFiles()).toEqual(before);
  });

  it("another program's SQLite database (tables but no schema_migrations)", () => {
    raw((db) => {
      db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)');
      db.prepare('INSERT INTO contacts (name) VALUES (?)').run('Nguyễn Văn A');
    });
    const before = snapshotFiles();
    const error = appErrorOf(() => openDatabase(dir));
    expect(error.message).toContain('không phải là cơ sở dữ liệu');
    expect(snapshotFiles()).toEqual(before);
    expect(raw(tableNames)).toEqual(['contacts']);
  });

  it('an empty (0-byte) database file: refused as damaged, never seeded as a new database', () => {
    openDatabase(dir).close();
    fs.writeFileSync(file, '');
    const before = snapshotFiles();
    const error = appErrorOf(() => openDatabase(dir));
    expect(error.message).toBe(dbMessages.empty(file));
    expect(error.message).toContain('khôi phục từ bản sao lưu');
    expect(snapshotFiles()).toEqual(before);
    expect(fs.statSync(file).size).toBe(0);
  });

  it('a damaged database, with a Vietnamese message', () => {
    openDatabase(dir).close();
    // Overwrite the middle of the file (past the header) with garbage: pages of the schema are damaged.
    const content = fs.readFileSync(file);
    for (let i = 4096; i < content.length; i++) content[i] = 0xa5;
    fs.writeFileSync(file, content);
    const before = snapshotFiles();
    const error = appErrorOf(() => openDatabase(dir));
    expect(error.message).toMatch(/bị hỏng|không phải là cơ sở dữ liệu/);
    expect(snapshotFiles()).toEqual(before);
  });
});

describe('migrate', () => {
  it('rolls a failing migration back entirely: no partial table, no schema_migrations row, a Vietnamese message', () => {
    const list: Migration[] = [
      { id: 1, name: 'good', sql: 'CREATE TABLE good (x INTEGER)' },
      {
        id: 2,
        name: 'bad',
        sql: `CREATE TABLE half_done (x INTEGER);
              INSERT INTO good (x) VALUES (1);
              CREATE TABLE broken (;`,
      },
    ];
    const error = appErrorOf(() => raw((db) => migrate(db, list)));
    expect(error.message).toMatch(/^Không cập nhật được cấu trúc dữ liệu số 2 \(bad\)/);
    expect(error.message).toContain('Dữ liệu giữ nguyên như trước');
    raw((db) => {
      expect(tableNames(db)).toEqual(['good', 'schema_migrations']);
      expect(db.prepare('SELECT COUNT(*) AS n FROM good').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT id FROM schema_migrations').all()).toEqual([{ id: 1 }]);
    });
  });

  it('applies migrations in id order whatever the list order, and returns the ids applied', () => {
    const list: Migration[] = [
      { id: 2, name: 'second', sql: 'ALTER TABLE first ADD COLUMN y INTEGER' },
      { id: 1, name: 'first', sql: 'CREATE TABLE first (x INTEGER)' },
    ];
    expect(raw((db) => migrate(db, list))).toEqual([1, 2]);
    expect(raw((db) => migrate(db, list))).toEqual([]);
  });

  it('applies only the new migrations of a later version of the code', () => {
    const v1: Migration[] = [{ id: 1, name: 'first', sql: 'CREATE TABLE first (x INTEGER)' }];
    raw((db) => migrate(db, v1));
    const v2 = [...v1, { id: 2, name: 'second', sql: 'CREATE TABLE second (x INTEGER)' }];
    expect(raw((db) => migrate(db, v2))).toEqual([2]);
    expect(raw(tableNames)).toEqual(['first', 'schema_migrations', 'second']);
  });
});
