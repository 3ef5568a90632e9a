import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import Database from 'better-sqlite3';

import { BACKUP_FIGURES, type BackupFigure } from '../../../../shared/domain/backups';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../connection';
import { migrate, verifyApplied } from '../migrate';

/** Pages copied per step of the online backup (see copyTo). */
const BACKUP_STEP_PAGES = 128;

/** What a database copy holds, read without changing it. */
export interface CopyInspection {
  integrity: string;
  schemaVersion: number;
  figures: BackupFigure[];
  /** Register paths of stored PDFs ("documents/<sha256>.pdf") and attachment hashes it refers to. */
  documentFiles: string[];
  attachmentHashes: string[];
}

function tablesOf(db: Db): Set<string> {
  return new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
}

function figuresOf(db: Db): BackupFigure[] {
  const tables = tablesOf(db);
  return BACKUP_FIGURES.filter((f) => tables.has(f.table)).map((f) => ({
    table: f.table,
    label: f.label,
    count: (db.prepare(`SELECT COUNT(*) AS n FROM ${f.table}`).get() as { n: number }).n,
  }));
}

function column(db: Db, sql: string, table: string): string[] {
  return tablesOf(db).has(table) ? (db.prepare(sql).pluck().all() as string[]) : [];
}

const unreadable = (error: unknown): CopyInspection => ({
  integrity: error instanceof Error ? error.message : String(error),
  schemaVersion: 0,
  figures: [],
  documentFiles: [],
  attachmentHashes: [],
});

/** Reads a copy read-only: integrity, schema, figures and files; an unreadable file answers its error as the integrity result. */
export function inspectCopy(file: string): CopyInspection {
  let copy: Db;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return unreadable(error);
  }
  try {
    const integrity = String(copy.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') return { ...unreadable(integrity), integrity };
    const schemaVersion = tablesOf(copy).has('schema_migrations')
      ? ((copy.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM schema_migrations').get() as { n: number }).n ?? 0)
      : 0;
    return {
      integrity,
      schemaVersion,
      figures: figuresOf(copy),
      documentFiles: column(copy, 'SELECT DISTINCT file_path FROM documents', 'documents'),
      attachmentHashes: column(copy, 'SELECT DISTINCT sha256 FROM attachments', 'attachments'),
    };
  } catch (error) {
    return unreadable(error);
  } finally {
    copy.close();
  }
}

/** Where the build puts the worker: beside the bundle (dist/host, dist/electron). Sources (tests) have none. */
export const INSPECT_WORKER_FILE = 'inspect-worker.cjs';

function bundledWorker(): string | null {
  const dir = typeof __dirname === 'string' ? __dirname : null;
  const file = dir ? path.join(dir, INSPECT_WORKER_FILE) : null;
  return file && fs.existsSync(file) ? file : null;
}

/**
 * `inspectCopy` on a worker thread (`workerFile`, by default the one beside the bundle); where there is
 * none, or it cannot start (a binding built for another runtime), on this thread: slower to answer, same result.
 */
export function inspectOffThread(file: string, workerFile: string | null = bundledWorker()): Promise<CopyInspection> {
  if (!workerFile) return Promise.resolve(inspectCopy(file));
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: () => CopyInspection) => {
      if (settled) return;
      settled = true;
      resolve(result());
    };
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: { file } });
    } catch {
      settle(() => inspectCopy(file));
      return;
    }
    worker.once('message', (message: CopyInspection) => settle(() => message));
    worker.once('error', () => settle(() => inspectCopy(file)));
    worker.once('exit', () => settle(() => inspectCopy(file)));
  });
}

/**
 * The database side of backups: SQLite's online backup of the live database into a file, reading a
 * copy (integrity, schema, figures, files it refers to) and restoring a copy into the live database.
 */
export function createBackupsRepository(db: Db) {
  return {
    /** Every table of the live database with its columns, in name order (SQLite's own tables left out). */
    tables(): { name: string; columns: { name: string; type: string }[] }[] {
      const names = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
          name: string;
        }[]
      ).map((row) => row.name);
      return names.map((name) => ({
        name,
        columns: (db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(name) as { name: string; type: string }[]).map((c) => ({
          name: c.name,
          type: c.type.toUpperCase(),
        })),
      }));
    },
    /** A table's rows in stored order, one at a time (the table name comes from `tables()`, never from a caller). */
    rowsOf(table: string): IterableIterator<unknown[]> {
      return db
        .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" ORDER BY rowid`)
        .raw()
        .iterate() as IterableIterator<unknown[]>;
    },
    /** The live database's file. */
    file: (): string => db.name,
    figures: (): BackupFigure[] => figuresOf(db),
    /**
     * Copies the live database page by page (other calls run between steps), then turns the copy into
     * one self-contained file (no WAL).
     */
    async copyTo(target: string, onProgress: (percent: number) => void): Promise<void> {
      await db.backup(target, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress(totalPages === 0 ? 100 : Math.round(((totalPages - remainingPages) / totalPages) * 100));
          // Each step holds the app's only thread: 128 pages (512 kB) keep a step to a few milliseconds, so
          // calls made during a backup of a national database wait that long rather than 10-50 ms (512 pages);
          // the whole copy takes about as long.
          return BACKUP_STEP_PAGES;
        },
      });
      const copy = new Database(target);
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
    },
    /**
     * Reads a copy (see `inspectCopy`) on a worker thread when the build ships one: integrity_check reads
     * every page and index of a national database for seconds, and the app must keep answering meanwhile.
     */
    inspect: (file: string): Promise<CopyInspection> => inspectOffThread(file),
    /** Throws the Vietnamese reason when the copy was written by a newer or different version of the app. */
    checkSchema(file: string): void {
      const copy = new Database(file, { readonly: true, fileMustExist: true });
      try {
        if (!tablesOf(copy).has('schema_migrations')) throw new AppError('VALIDATION', 'not ours');
        verifyApplied(copy);
      } finally {
        copy.close();
      }
    },
    /**
     * Replaces the live database's content with the copy's in one backup step (nothing else runs in
     * between), then applies the migrations an older copy lacks. The live connection stays open.
     */
    async restoreFrom(file: string): Promise<void> {
      const copy = new Database(file, { readonly: true, fileMustExist: true });
      try {
        await copy.backup(db.name, { progress: () => 1_000_000_000 });
      } finally {
        copy.close();
      }
      migrate(db);
    },
  };
}

export type BackupsRepository = ReturnType<typeof createBackupsRepository>;
