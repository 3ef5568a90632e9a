import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  CLEAN_CLOSE_SUFFIX,
  closeDatabase,
  DamagedDatabaseError,
  DATABASE_FILE_NAME,
  FULL_CHECK_INTERVAL_MS,
  openDatabase,
} from '../../electron/main/db/connection';
import { makeTempDir } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
let file: string;
let marker: string;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('start-check'));
  file = path.join(dir, DATABASE_FILE_NAME);
  marker = `${file}${CLEAN_CLOSE_SUFFIX}`;
});
afterEach(() => cleanup());

/** A database with a table of many pages beyond the schema, closed cleanly (true) or as after a crash (false). */
function createDatabase(clean: boolean): void {
  const db = openDatabase(dir);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`dòng số ${i} `.repeat(10));
  })();
  if (clean) closeDatabase(db);
  else db.close();
}

/** Garbles the file's last pages (rows of the filler table, never read at open), keeping its size and, when asked, its time. */
function damageDataPages(keepTime: boolean): void {
  const before = fs.statSync(file);
  const content = fs.readFileSync(file);
  for (let i = content.length - 8 * 4096; i < content.length; i++) content[i] = 0xa5;
  fs.writeFileSync(file, content);
  if (keepTime) fs.utimesSync(file, before.atime, before.mtime);
}

const openFails = () => expect(() => openDatabase(dir)).toThrow(DamagedDatabaseError);

describe('the integrity check at start runs where it protects', () => {
  it('a clean close leaves a marker with the file size; the next open consumes it, so a crash after leaves none', () => {
    createDatabase(true);
    const recorded = JSON.parse(fs.readFileSync(marker, 'utf8')) as { sizeBytes: number; checkedAt: number };
    expect(recorded.sizeBytes).toBe(fs.statSync(file).size);
    expect(Math.abs(Date.now() - recorded.checkedAt)).toBeLessThan(60_000);
    const db = openDatabase(dir);
    expect(fs.existsSync(marker)).toBe(false);
    db.close();
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('a file closed cleanly and untouched since is not read whole again (damage in rows never read at open goes unseen there)', () => {
    createDatabase(true);
    damageDataPages(true);
    const db = openDatabase(dir);
    expect((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'filler'").get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('after a session that did not close cleanly, the same damage is found and the file refused', () => {
    createDatabase(false);
    damageDataPages(true);
    openFails();
  });

  it('a file changed since its clean close is read whole', () => {
    createDatabase(true);
    damageDataPages(false);
    openFails();
  });

  it('a file last checked more than a week ago is read whole even after clean closes', () => {
    createDatabase(true);
    const recorded = JSON.parse(fs.readFileSync(marker, 'utf8')) as { checkedAt: number };
    fs.writeFileSync(marker, JSON.stringify({ ...recorded, checkedAt: Date.now() - FULL_CHECK_INTERVAL_MS - 60_000 }));
    damageDataPages(true);
    openFails();
  });

  it('the time of the last full check carries over clean closes that skipped it', () => {
    createDatabase(true);
    const first = JSON.parse(fs.readFileSync(marker, 'utf8')) as { checkedAt: number };
    closeDatabase(openDatabase(dir));
    const second = JSON.parse(fs.readFileSync(marker, 'utf8')) as { checkedAt: number };
    expect(second.checkedAt).toBe(first.checkedAt);
  });

  it('an unreadable marker counts as none', () => {
    createDatabase(true);
    fs.writeFileSync(marker, '{"sizeBytes": "nhiều"');
    damageDataPages(true);
    openFails();
    expect(fs.existsSync(marker)).toBe(false);
  });
});
