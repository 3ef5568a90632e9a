import fs from 'node:fs';
import path from 'node:path';

import { backupConfigSchema } from '../../../../shared/contract/backups';
import {
  type ArchiveExport,
  type ArchiveImportResult,
  type BackupConfig,
  type BackupEntry,
  type BackupPreview,
  type BackupProgress,
  type BackupReason,
  DEFAULT_BACKUP_CONFIG,
  type RestoreResult,
} from '../../../../shared/domain/backups';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../../shared/format/file-name';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { BackupsRepository, CopyInspection } from '../../db/repositories/backups';
import type { Clock } from '../context';
import { copyFileDurably, writeFileDurably } from '../files/durable-write';
import { unpackArchive, writeArchive } from './archive';
import { exportAllWorkbook } from './export-all';
import {
  BACKUP_ID_PATTERN,
  BACKUPS_FOLDER,
  DATABASE_COPY,
  listBackups,
  MANIFEST,
  type Manifest,
  readManifest as readManifestIn,
} from './manifests';
import { backupMessages as msg } from './messages';
import { backupsToPrune } from './retention';

const CONFIG = 'config.json';
const EXPORTS_FOLDER = 'exports';
/** The browser host also hands the archive over as bytes, up to this size; larger ones stay at their path. */
const ARCHIVE_INLINE_BYTES = 50 * 1024 * 1024;

interface Deps {
  db: Db;
  clock: Clock;
  audit: AuditRepository;
  operator: () => string;
  backups: BackupsRepository;
  dataDir: string;
  log?: (message: string, error?: unknown) => void;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "2026-11-30T08:15:00.123Z" -> "20261130-081500-123". */
const stampOf = (iso: string) => iso.replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);

/**
 * Backups of the data folder under `backups/`: each a verified copy of the database (SQLite's online
 * backup) with a manifest; the PDFs and attachments it refers to are kept once in `backups/files`
 * (content-addressed, so only new ones are copied). Kept by a daily/weekly/monthly rotation, copied to
 * a second folder when one is set, and restorable after a backup of the current state.
 */
export function createBackupService(deps: Deps) {
  const dataDir = path.resolve(deps.dataDir);
  const root = path.join(dataDir, BACKUPS_FOLDER);
  const filesRoot = path.join(root, 'files');
  let progress: BackupProgress = { operation: null, percent: 0 };

  function config(): BackupConfig {
    try {
      const parsed = backupConfigSchema.safeParse(JSON.parse(fs.readFileSync(path.join(root, CONFIG), 'utf8')));
      return parsed.success ? parsed.data : DEFAULT_BACKUP_CONFIG;
    } catch {
      return DEFAULT_BACKUP_CONFIG;
    }
  }

  const readManifest = (id: string) => readManifestIn(root, id);
  const list = () => listBackups(root);

  function mustFind(id: string): Manifest {
    const manifest = BACKUP_ID_PATTERN.test(id) ? readManifest(id) : null;
    if (!manifest) throw new AppError('NOT_FOUND', msg.notFound(id));
    return manifest;
  }

  /** Register paths of the files a copy refers to: "documents/<sha256>.pdf", "attachments/<sha256>". */
  const filesOf = (inspection: CopyInspection) => [
    ...inspection.documentFiles.filter((file) => /^documents\/[0-9a-f]{64}\.pdf$/.test(file)),
    ...inspection.attachmentHashes.filter((hash) => /^[0-9a-f]{64}$/.test(hash)).map((hash) => `attachments/${hash}`),
  ];

  /** Copies the files missing at `to` from `from`; content-addressed, so an existing file is the same file. */
  function copyMissing(files: readonly string[], from: string, to: string): void {
    for (const file of files) {
      const target = path.join(to, file);
      const source = path.join(from, file);
      if (!fs.existsSync(target) && fs.existsSync(source)) copyFileDurably(source, target);
    }
  }

  function uniqueId(reason: BackupReason): string {
    let at = Date.parse(deps.clock.now());
    let id = `${stampOf(new Date(at).toISOString())}-${reason}`;
    while (fs.existsSync(path.join(root, id)) || fs.existsSync(path.join(root, `${id}.partial`))) {
      at += 1;
      id = `${stampOf(new Date(at).toISOString())}-${reason}`;
    }
    return id;
  }

  function writeManifest(dir: string, manifest: Manifest): void {
    writeFileDurably(path.join(dir, MANIFEST), Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
  }

  function mirror(manifest: Manifest, mirrorDir: string): void {
    const { entry } = manifest;
    try {
      const target = path.join(mirrorDir, entry.id);
      copyMissing([DATABASE_COPY], path.join(root, entry.id), target);
      copyMissing(manifest.files, filesRoot, path.join(mirrorDir, 'files'));
      entry.mirrored = true;
      writeManifest(target, manifest);
    } catch (error) {
      entry.mirrored = false;
      entry.mirrorError = msg.mirrorFailed(mirrorDir, errorText(error));
    }
  }

  function prune(policy: BackupConfig): void {
    for (const id of backupsToPrune(list(), policy)) {
      fs.rmSync(path.join(root, id), { recursive: true, force: true });
      if (policy.mirrorDir) fs.rmSync(path.join(policy.mirrorDir, id), { recursive: true, force: true });
    }
    // Stored files no remaining backup refers to.
    const referenced = new Set(list().flatMap((entry) => readManifest(entry.id)?.files ?? []));
    for (const folder of ['documents', 'attachments']) {
      const dir = path.join(filesRoot, folder);
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir)) if (!referenced.has(`${folder}/${name}`)) fs.rmSync(path.join(dir, name), { force: true });
    }
  }

  /** Half-written backups of a run that was killed: only one backup runs at a time, so any found now is stale. */
  function removeStalePartials(): void {
    if (!fs.existsSync(root)) return;
    for (const name of fs.readdirSync(root))
      if (name.endsWith('.partial')) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }

  async function runBackup(reason: BackupReason): Promise<BackupEntry> {
    removeStalePartials();
    const id = uniqueId(reason);
    const partial = path.join(root, `${id}.partial`);
    try {
      fs.mkdirSync(partial, { recursive: true });
      const file = path.join(partial, DATABASE_COPY);
      await deps.backups.copyTo(file, (percent) => {
        progress = { ...progress, percent: Math.min(90, Math.round(percent * 0.9)) };
      });
      const inspection = await deps.backups.inspect(file);
      const files = filesOf(inspection);
      copyMissing(files, dataDir, filesRoot);
      const policy = config();
      const manifest: Manifest = {
        entry: {
          id,
          createdAt: deps.clock.now(),
          reason,
          sizeBytes: fs.statSync(file).size,
          fileCount: files.length,
          integrity: inspection.integrity,
          schemaVersion: inspection.schemaVersion,
          figures: inspection.figures,
          mirrored: null,
        },
        files,
      };
      writeManifest(partial, manifest);
      fs.renameSync(partial, path.join(root, id));
      if (policy.mirrorDir) {
        mirror(manifest, policy.mirrorDir);
        writeManifest(path.join(root, id), manifest);
      }
      prune(policy);
      return manifest.entry;
    } catch (error) {
      fs.rmSync(partial, { recursive: true, force: true });
      if (error instanceof AppError) throw error;
      throw new AppError('INTERNAL', msg.cannotWrite(errorText(error)));
    }
  }

  /** One backup or restore at a time. */
  let running: Promise<unknown> | null = null;
  let runningIsAutomatic = false;

  /**
   * Runs one backup or restore at a time. What the user asks for while an automatic backup is under way
   * (the one at start takes a while on a large database) waits for it, then runs; a second request of
   * the user's own while the first runs is refused.
   */
  async function exclusive<T>(operation: 'backup' | 'restore', run: () => Promise<T>, automatic = false): Promise<T> {
    while (progress.operation && runningIsAutomatic && !automatic && running) await running.catch(() => undefined);
    if (progress.operation) throw new AppError('CONFLICT', msg.busy);
    progress = { operation, percent: 0 };
    runningIsAutomatic = automatic;
    const task = run();
    running = task;
    try {
      return await task;
    } finally {
      progress = { operation: null, percent: 0 };
      running = null;
      runningIsAutomatic = false;
    }
  }

  /** Checks a backup can be restored: a sound copy of our schema, not newer than this app, with its files. */
  async function checkRestorable(manifest: Manifest): Promise<string> {
    const { id } = manifest.entry;
    const file = path.join(root, id, DATABASE_COPY);
    const inspection = await deps.backups.inspect(file);
    if (inspection.integrity !== 'ok') throw new AppError('VALIDATION', msg.copyDamaged(id, inspection.integrity));
    try {
      deps.backups.checkSchema(file);
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') throw new AppError('VALIDATION', msg.notOurs(id));
      throw new AppError('VALIDATION', msg.newer(id, errorText(error)));
    }
    const missing = filesOf(inspection).filter((f) => !fs.existsSync(path.join(filesRoot, f)) && !fs.existsSync(path.join(dataDir, f)));
    if (missing.length > 0) throw new AppError('VALIDATION', msg.filesMissing(id, missing.length));
    return file;
  }

  /** One zip with the database, its stored files and a manifest with hashes, written into `exports/`. */
  async function runExportArchive(): Promise<ArchiveExport> {
    const exportsDir = path.join(dataDir, EXPORTS_FOLDER);
    fs.mkdirSync(exportsDir, { recursive: true });
    const createdAt = deps.clock.now();
    const stamp = stampOf(createdAt);
    const fileName = safeFileName([msg.archive.fileName, stamp], 'zip');
    const target = path.join(exportsDir, fileName);
    const databaseCopy = path.join(exportsDir, `.${stamp}.sqlite.partial`);
    const partial = `${target}.partial`;
    try {
      await deps.backups.copyTo(databaseCopy, (percent) => {
        progress = { ...progress, percent: Math.min(40, Math.round(percent * 0.4)) };
      });
      const inspection = await deps.backups.inspect(databaseCopy);
      if (inspection.integrity !== 'ok') throw new AppError('INTERNAL', msg.archive.damaged(inspection.integrity));
      // A stored file is read from the data folder, or from the backups' store when only that still has it.
      const files = filesOf(inspection).map((name) => ({
        name,
        source: [path.join(dataDir, name), path.join(filesRoot, name)].find((candidate) => fs.existsSync(candidate)) ?? '',
      }));
      const missing = files.filter((file) => !file.source).length;
      if (missing > 0) throw new AppError('VALIDATION', msg.archive.sourceMissing(missing));
      progress = { ...progress, percent: 50 };
      await writeArchive({
        target: partial,
        databaseCopy,
        files,
        createdAt,
        schemaVersion: inspection.schemaVersion,
        figures: inspection.figures,
      });
      fs.renameSync(partial, target);
      const sizeBytes = fs.statSync(target).size;
      const base64 = sizeBytes <= ARCHIVE_INLINE_BYTES ? fs.readFileSync(target).toString('base64') : null;
      return { path: target, fileName, sizeBytes, base64 };
    } catch (error) {
      fs.rmSync(partial, { force: true });
      if (error instanceof AppError) throw error;
      throw new AppError('INTERNAL', msg.cannotWrite(errorText(error)));
    } finally {
      fs.rmSync(databaseCopy, { force: true });
    }
  }

  /**
   * Replaces the data with an archive's, as a restore does: everything is checked first (members,
   * sizes, hashes, the database's integrity and schema, the files it needs), then the data as it is
   * is backed up, and only then the files and the database are put in place.
   */
  async function runImportArchive(source: { base64: string } | { path: string }): Promise<ArchiveImportResult> {
    const staging = path.join(dataDir, EXPORTS_FOLDER, `.import-${stampOf(deps.clock.now())}`);
    try {
      fs.mkdirSync(staging, { recursive: true });
      let zipFile: string;
      if ('base64' in source) {
        zipFile = path.join(staging, 'archive.zip');
        fs.writeFileSync(zipFile, Buffer.from(source.base64, 'base64'));
      } else {
        zipFile = path.resolve(source.path);
        if (!fs.existsSync(zipFile) || !fs.statSync(zipFile).isFile()) throw new AppError('VALIDATION', msg.archive.noFile(source.path));
      }
      const unpacked = path.join(staging, 'unpacked');
      const manifest = await unpackArchive(zipFile, unpacked);
      progress = { operation: 'restore', percent: 30 };
      const database = path.join(unpacked, DATABASE_COPY);
      const inspection = await deps.backups.inspect(database);
      if (inspection.integrity !== 'ok') throw new AppError('VALIDATION', msg.archive.damaged(inspection.integrity));
      try {
        deps.backups.checkSchema(database);
      } catch (error) {
        if (error instanceof AppError && error.code === 'VALIDATION') throw new AppError('VALIDATION', msg.archive.notOurs);
        throw new AppError('VALIDATION', msg.archive.newer(errorText(error)));
      }
      const needed = filesOf(inspection);
      const missing = needed.filter((f) => !fs.existsSync(path.join(unpacked, f)) && !fs.existsSync(path.join(dataDir, f)));
      if (missing.length > 0) throw new AppError('VALIDATION', msg.archive.filesMissing(missing.length));
      const safety = await runBackup('before-restore');
      progress = { operation: 'restore', percent: 60 };
      copyMissing(needed, unpacked, dataDir);
      await deps.backups.restoreFrom(database);
      const at = deps.clock.now();
      deps.db.transaction(() =>
        deps.audit.record(
          {
            entity: 'database',
            entityId: 1,
            action: 'restore',
            before: { backup: safety.id, figures: safety.figures },
            after: { importedArchive: manifest.createdAt, figures: manifest.figures },
            operator: deps.operator(),
          },
          at,
        ),
      )();
      return { createdAt: manifest.createdAt, figures: manifest.figures, safety };
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  return {
    list,
    config,
    exportArchive: (): Promise<ArchiveExport> => exclusive('backup', runExportArchive),
    importArchive: (source: { base64: string } | { path: string }): Promise<ArchiveImportResult> =>
      exclusive('restore', () => runImportArchive(source)),
    progress: (): BackupProgress => progress,
    /** Resolves once no backup or restore runs (closing waits for the start-up backup instead of cutting it). */
    idle: async (): Promise<void> => {
      while (running) await running.catch(() => undefined);
    },
    /** True while a restore replaces the database: every other call waits. */
    restoring: (): boolean => progress.operation === 'restore',
    setConfig(next: BackupConfig): BackupConfig {
      if (next.mirrorDir) {
        if (!path.isAbsolute(next.mirrorDir))
          throw new AppError('VALIDATION', msg.mirrorNotAbsolute, [{ path: 'mirrorDir', message: msg.mirrorNotAbsolute }]);
        const relative = path.relative(dataDir, path.resolve(next.mirrorDir));
        if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
          throw new AppError('VALIDATION', msg.mirrorInsideData, [{ path: 'mirrorDir', message: msg.mirrorInsideData }]);
        }
      }
      fs.mkdirSync(root, { recursive: true });
      writeFileDurably(path.join(root, CONFIG), Buffer.from(JSON.stringify(next, null, 2), 'utf8'));
      return config();
    },
    /** Every table to one workbook, a sheet each, for audits. */
    exportAll: () => exportAllWorkbook(deps.backups, deps.clock.now().slice(0, 10)),
    create: (reason: BackupReason = 'manual'): Promise<BackupEntry> => exclusive('backup', () => runBackup(reason)),
    preview(id: string): BackupPreview {
      return { backup: mustFind(id).entry, current: deps.backups.figures() };
    },
    restore(id: string): Promise<RestoreResult> {
      return exclusive('restore', async () => {
        const manifest = mustFind(id);
        const file = await checkRestorable(manifest);
        const safety = await runBackup('before-restore');
        progress = { operation: 'restore', percent: 50 };
        copyMissing(manifest.files, filesRoot, dataDir);
        await deps.backups.restoreFrom(file);
        const at = deps.clock.now();
        deps.db.transaction(() =>
          deps.audit.record(
            {
              entity: 'database',
              entityId: 1,
              action: 'restore',
              before: { backup: safety.id, figures: safety.figures },
              after: { restoredFrom: id, createdAt: manifest.entry.createdAt, figures: manifest.entry.figures },
              operator: deps.operator(),
            },
            at,
          ),
        )();
        return { restored: manifest.entry, safety };
      });
    },
    /**
     * Automatic backups: one now (at start), then one a day while the app stays open; the returned
     * function stops the timer. Failures are logged, never thrown at the user mid-work.
     */
    startAutomatic(): () => void {
      const attempt = (reason: BackupReason) =>
        void exclusive('backup', () => runBackup(reason), true).catch((error: unknown) =>
          deps.log?.(`Automatic backup (${reason}) failed`, error),
        );
      attempt('start');
      const timer = setInterval(
        () => {
          const today = deps.clock.now().slice(0, 10);
          if (!list().some((entry) => entry.createdAt.slice(0, 10) === today)) attempt('daily');
        },
        60 * 60 * 1000,
      );
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
