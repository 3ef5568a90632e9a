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
    checkIntegrity(db, file);
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
