import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { AppError } from '../../../shared/errors';
import { dbMessages } from './messages';
import { migrate, verifyApplied } from './migrate';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'thidua.sqlite';

/**
 * The database file cannot be used (empty, damaged, not ours): the start-up offers the newest backup.
 * Other start-up failures (a newer app's data, the folder in use) must not lead to a restore.
 */
export class DamagedDatabaseError extends AppError {
  constructor(message: string) {
    super('INTERNAL', message);
    this.name = 'DamagedDatabaseError';
  }
}

export interface OpenOptions {
  /** Path to a better-sqlite3 build for another ABI (Electron); tests and the host use the default. */
  nativeBinding?: string;
}

/**
 * Opens (creating when absent) the database in the data folder, checks it and brings its schema
 * up to date. Refuses, changing nothing, a file that is not a database, is damaged, or was written
 * by a newer or different version of the app.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  refuseEmptyFile(file);
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new AppError('INTERNAL', dbMessages.cannotOpen(file, errorText(error)));
  }
  try {
    const checkedAt = integrityCheckedAt(file, takeCleanClose(file), Date.now());
    if (checkedAt === null) checkIntegrity(db, file);
    opened.set(db, { file, checkedAt: checkedAt ?? Date.now() });
    // Read-only checks before the first write (even switching to WAL rewrites the file header).
    checkOwnSchema(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // FULL: in WAL mode NORMAL may lose the last commits on a power cut; an acknowledged write must survive one.
    db.pragma('synchronous = FULL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A database file of 0 bytes was truncated (a full disk, a failed copy); SQLite would open it as a new
 * database and the app would seed it afresh over the user's loss. Its journal may still hold the data:
 * then SQLite recovers it, so only a lone empty file is refused.
 */
function refuseEmptyFile(file: string): void {
  const size = (name: string) => (fs.existsSync(name) ? fs.statSync(name).size : -1);
  if (size(file) === 0 && size(`${file}-wal`) <= 0) throw new DamagedDatabaseError(dbMessages.empty(file));
}

/** How often a database that keeps closing cleanly is still read whole at start (a week). */
export const FULL_CHECK_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;
/** Beside the database: written by a clean close, consumed by the next open. */
export const CLEAN_CLOSE_SUFFIX = '.clean-close';

interface CleanClose {
  sizeBytes: number;
  modifiedMs: number;
  /** When the file was last read whole by quick_check (ms since 1970). */
  checkedAt: number;
}

const opened = new WeakMap<Db, { file: string; checkedAt: number }>();

/** The marker a clean close left, removed so that a crash in this session leaves none; null when absent or unreadable. */
function takeCleanClose(file: string): CleanClose | null {
  const marker = `${file}${CLEAN_CLOSE_SUFFIX}`;
  if (!fs.existsSync(marker)) return null;
  try {
    const value = JSON.parse(fs.readFileSync(marker, 'utf8')) as Partial<CleanClose>;
    const numbers = [value.sizeBytes, value.modifiedMs, value.checkedAt];
    return numbers.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (value as CleanClose) : null;
  } catch {
    return null;
  } finally {
    fs.rmSync(marker, { force: true });
  }
}

/**
 * quick_check reads the whole file (seconds for a national database), so it runs where it protects:
 * after a session that did not close cleanly (a crash, a power cut), when the file changed since the
 * clean close (copied over, edited by another tool, a journal left beside it), and at least once a week.
 * Otherwise the file is exactly as this app left it after a check, and the daily backup's
 * integrity_check on its copy keeps watching it. File times are compared to the millisecond (copies that
 * keep them round below it). Answers when the file was last checked, or null to check now.
 */
function integrityCheckedAt(file: string, marker: CleanClose | null, now: number): number | null {
  if (!marker || now - marker.checkedAt > FULL_CHECK_INTERVAL_MS || marker.checkedAt > now) return null;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size !== marker.sizeBytes || Math.abs(stat.mtimeMs - marker.modifiedMs) >= 1) return null;
  const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
  if (wal && wal.size > 0) return null;
  return marker.checkedAt;
}

/**
 * Closes a database opened by openDatabase and records that it closed cleanly (its size and time, and
 * when it was last checked whole), so the next start need not read it whole again.
 */
export function closeDatabase(db: Db): void {
  const state = opened.get(db);
  db.close();
  if (!state) return;
  opened.delete(db);
  const stat = fs.statSync(state.file, { throwIfNoEntry: false });
  if (!stat || fs.existsSync(`${state.file}-wal`)) return;
  const marker: CleanClose = { sizeBytes: stat.size, modifiedMs: stat.mtimeMs, checkedAt: state.checkedAt };
  try {
    fs.writeFileSync(`${state.file}${CLEAN_CLOSE_SUFFIX}`, JSON.stringify(marker));
  } catch {
    // Without the marker the next start checks the file whole: slower, never less safe.
  }
}

function checkIntegrity(db: Db, file: string): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    const text = errorText(error);
    if (/not a database|file is encrypted/i.test(text)) throw new DamagedDatabaseError(dbMessages.notADatabase(file));
    throw new DamagedDatabaseError(dbMessages.damaged(file, text));
  }
  if (result !== 'ok') throw new DamagedDatabaseError(dbMessages.damaged(file, result));
}

/**
 * A database of ours has schema_migrations, and its applied migrations match the code's; a new
 * database is empty. Any other SQLite file (another program's) is refused rather than written into.
 */
function checkOwnSchema(db: Db, file: string): void {
  const objects = db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  if (objects.length === 0) return;
  if (!objects.some((o) => o.name === 'schema_migrations')) throw new DamagedDatabaseError(dbMessages.notADatabase(file));
  verifyApplied(db);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
