import Database from 'better-sqlite3';

import { BACKUP_FIGURES, type BackupFigure } from '../../../../shared/domain/backups';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../connection';
import { migrate, verifyApplied } from '../migrate';

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
          return 512;
        },
      });
      const copy = new Database(target);
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
    },
    /** Reads a copy read-only; an unreadable file answers its error as the integrity result. */
    inspect(file: string): CopyInspection {
      let copy: Db;
      try {
        copy = new Database(file, { readonly: true, fileMustExist: true });
      } catch (error) {
        return {
          integrity: error instanceof Error ? error.message : String(error),
          schemaVersion: 0,
          figures: [],
          documentFiles: [],
          attachmentHashes: [],
        };
      }
      try {
        const integrity = String(copy.pragma('integrity_check', { simple: true }));
        if (integrity !== 'ok') return { integrity, schemaVersion: 0, figures: [], documentFiles: [], attachmentHashes: [] };
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
        return {
          integrity: error instanceof Error ? error.message : String(error),
          schemaVersion: 0,
          figures: [],
          documentFiles: [],
          attachmentHashes: [],
        };
      } finally {
        copy.close();
      }
    },
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
