import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { backupMessages } from '../../electron/main/services/backups/messages';
import type { BackupConfig, BackupEntry, BackupPreview, RestoreResult } from '../../shared/domain/backups';
import type { DocumentEntry } from '../../shared/domain/documents';
import type { Unit } from '../../shared/domain/units';
import type { Envelope } from '../../shared/errors';
import { dumpDatabase } from '../support/db-dump';
import { range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { makeTempDir } from '../support/temp-dir';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => {
  app.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const maxAudit = () => (app.ctx.db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM audit_log').get() as { n: number }).n;
const backupDir = (id: string) => path.join(app.dir, 'backups', id);

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data).slice(0, 200)}`);
  return envelope.error;
}

/** A numbered movement report: a stored PDF the backup must carry. */
async function issueReport(): Promise<DocumentEntry> {
  const districtId = app.idOfCode('618');
  const rows = ruralCommunes(app)
    .filter((commune) => commune.districtId === districtId)
    .map((commune, index) => ({ unitId: commune.id, criteriaMet: range(12 + (index % 6)), version: null }));
  dataOf(await app.call('criteria.setDistrictYear', { districtId, year: 2022, rows }));
  return dataOf<DocumentEntry>(
    await app.call('documents.issue', {
      template: 'movement-report',
      params: { movementId: await seedMovementId(app), year: 2022 },
      date: '2026-12-05',
    }),
  );
}

const newVillage = async (name: string) =>
  dataOf<Unit>(await app.call('units.create', { name, kind: 'village', adminType: 'Thôn', parentId: app.idOfCode('23500') }));

describe('backups', () => {
  it("a user's backup asked for while the automatic one at start runs waits for it, then runs; a second of the user's own is refused", async () => {
    const stop = app.ctx.services.backups.startAutomatic();
    try {
      const [manual, again] = await Promise.all([app.call('backups.create', {}), app.call('backups.create', {})]);
      expect(dataOf<BackupEntry>(manual).reason).toBe('manual');
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: backupMessages.busy } });
      await app.ctx.services.backups.idle();
      expect(dataOf<BackupEntry[]>(await app.call('backups.list', {})).map((entry) => entry.reason)).toEqual(
        expect.arrayContaining(['start', 'manual']),
      );
    } finally {
      stop();
    }
  });

  it('"Sao lưu ngay" makes a verified copy with its figures and the stored files, listed newest first', async () => {
    const report = await issueReport();
    const first = dataOf<BackupEntry>(await app.call('backups.create', {}));
    expect(first).toMatchObject({ reason: 'manual', integrity: 'ok', fileCount: 1, mirrored: null });
    expect(first.schemaVersion).toBeGreaterThanOrEqual(7);
    expect(first.figures.find((f) => f.table === 'units')?.count).toBe(app.count('units'));
    expect(first.figures.find((f) => f.table === 'documents')?.count).toBe(1);
    expect(first.sizeBytes).toBe(fs.statSync(path.join(backupDir(first.id), 'thidua.sqlite')).size);
    // The copy is one self-contained, sound file of the same data.
    const copy = new Database(path.join(backupDir(first.id), 'thidua.sqlite'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(fs.readFileSync(path.join(app.dir, 'backups', 'files', report.filePath))).toEqual(
      fs.readFileSync(path.join(app.dir, report.filePath)),
    );

    const stored = path.join(app.dir, 'backups', 'files', report.filePath);
    const copiedAt = fs.statSync(stored).mtimeMs;
    const second = dataOf<BackupEntry>(await app.call('backups.create', {}));
    // Content-addressed: the PDF is kept once, not copied again.
    expect(fs.statSync(stored).mtimeMs).toBe(copiedAt);
    expect(dataOf<BackupEntry[]>(await app.call('backups.list', {})).map((b) => b.id)).toEqual([second.id, first.id]);
  });

  it('restore brings back exactly the data of the backup (dump before = dump after) and its files, after a backup of the present', async () => {
    const report = await issueReport();
    const backup = dataOf<BackupEntry>(await app.call('backups.create', {}));
    const atBackup = dumpDatabase(app.ctx.db);
    const auditAtBackup = maxAudit();

    await newVillage('Thôn Kon Klor 2');
    const units = app.count('units');
    fs.rmSync(path.join(app.dir, report.filePath));
    const changed = dumpDatabase(app.ctx.db);

    const preview = dataOf<BackupPreview>(await app.call('backups.preview', { id: backup.id }));
    expect(preview.backup.figures.find((f) => f.table === 'units')?.count).toBe(units - 1);
    expect(preview.current.find((f) => f.table === 'units')?.count).toBe(units);

    const result = dataOf<RestoreResult>(await app.call('backups.restore', { id: backup.id, confirm: true }));
    expect(result.restored.id).toBe(backup.id);
    expect(result.safety.reason).toBe('before-restore');
    expect(dumpDatabase(app.ctx.db, { auditUpTo: auditAtBackup })).toEqual(atBackup);
    expect(fs.existsSync(path.join(app.dir, report.filePath))).toBe(true);
    // The restore is in the history; the app keeps working on the restored data.
    expect(app.count('audit_log', "entity = 'database' AND action = 'restore'")).toBe(1);
    expect((await newVillage('Thôn Mới')).name).toBe('Thôn Mới');

    // Restoring the safety backup undoes the restore.
    dataOf(await app.call('backups.restore', { id: result.safety.id, confirm: true }));
    const undone = dumpDatabase(app.ctx.db);
    expect(undone.units).toEqual(changed.units);
    expect(undone.documents).toEqual(changed.documents);
  });

  it('refuses to restore a damaged backup, changing nothing and making no safety backup', async () => {
    const backup = dataOf<BackupEntry>(await app.call('backups.create', {}));
    const file = path.join(backupDir(backup.id), 'thidua.sqlite');
    const bytes = fs.readFileSync(file);
    for (let i = 8192; i < bytes.length; i++) bytes[i] = 0xa5;
    fs.writeFileSync(file, bytes);
    await newVillage('Thôn Đăk Dring');
    const before = dumpDatabase(app.ctx.db);
    const error = errorOf(await app.call('backups.restore', { id: backup.id, confirm: true }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(new RegExp(`^Bản sao lưu ${backup.id} (bị hỏng|không phải là dữ liệu)`));
    expect(dumpDatabase(app.ctx.db)).toEqual(before);
    expect(dataOf<BackupEntry[]>(await app.call('backups.list', {}))).toHaveLength(1);
  });

  it('refuses a backup written by a newer version of the app', async () => {
    const backup = dataOf<BackupEntry>(await app.call('backups.create', {}));
    const copy = new Database(path.join(backupDir(backup.id), 'thidua.sqlite'));
    copy.prepare("INSERT INTO schema_migrations (id, name, hash, applied_at) VALUES (999, 'future', 'x', '2030-01-01')").run();
    copy.close();
    const error = errorOf(await app.call('backups.restore', { id: backup.id, confirm: true }));
    expect(error.message).toContain('phiên bản mới hơn');
  });

  it('answers "wait" to every other call while a restore runs', async () => {
    const backup = dataOf<BackupEntry>(await app.call('backups.create', {}));
    const restoring = app.call('backups.restore', { id: backup.id, confirm: true });
    expect(errorOf(await app.call('units.list', {}))).toEqual({ code: 'CONFLICT', message: backupMessages.maintenance });
    expect(dataOf<{ operation: string }>(await app.call('backups.progress', {})).operation).toBe('restore');
    dataOf(await restoring);
    expect((await app.call('units.list', {})).ok).toBe(true);
  });

  it('copies each backup to a second folder when one is set; refuses a relative or inside-data folder', async () => {
    const { dir: mirror, cleanup } = makeTempDir('mirror');
    cleanups.push(cleanup);
    const config = dataOf<BackupConfig>(
      await app.call('backups.setConfig', { mirrorDir: mirror, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }),
    );
    expect(config.mirrorDir).toBe(mirror);
    const report = await issueReport();
    const backup = dataOf<BackupEntry>(await app.call('backups.create', {}));
    expect(backup.mirrored).toBe(true);
    expect(fs.existsSync(path.join(mirror, backup.id, 'thidua.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(mirror, 'files', report.filePath))).toBe(true);

    for (const mirrorDir of ['SaoLuu', path.join(app.dir, 'backups', 'usb')]) {
      const error = errorOf(await app.call('backups.setConfig', { mirrorDir, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }));
      expect(error.code).toBe('VALIDATION');
    }
    expect(dataOf<BackupConfig>(await app.call('backups.config', {})).mirrorDir).toBe(mirror);
  });

  it('refuses restore without confirmation and ids that are not backup folders', async () => {
    expect(errorOf(await app.callRaw('backups.restore', { id: '20250301-010000-000-manual' })).code).toBe('VALIDATION');
    for (const id of ['../../etc', '20250301-010000-000-manual/..', '']) {
      expect(errorOf(await app.callRaw('backups.preview', { id })).code).toBe('VALIDATION');
    }
    expect(errorOf(await app.call('backups.preview', { id: '20250301-010000-000-manual' })).code).toBe('NOT_FOUND');
  });
});

describe('export of everything', () => {
  it('writes every table to one workbook, a sheet each, with its rows, dates as dates and numbers as numbers', async () => {
    await issueReport();
    const file = dataOf<{ fileName: string; base64: string }>(await app.call('backups.exportAll', {}));
    expect(file.fileName).toMatch(/^Toàn bộ dữ liệu Thi đua .*\.xlsx$/u);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const tables = (
      app.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Mục lục', ...tables]);
    const contents = workbook.getWorksheet('Mục lục');
    const listed = new Map<string, number>();
    contents?.eachRow((row, number) => {
      if (number > 3) listed.set(String(row.getCell(1).value), Number(row.getCell(3).value));
    });
    for (const table of tables) expect(listed.get(table), table).toBe(app.count(table));

    const units = workbook.getWorksheet('units');
    const header = (units?.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('name');
    expect(units?.rowCount).toBe(app.count('units') + 1);
    const documents = workbook.getWorksheet('documents');
    const columns = (documents?.getRow(1).values as unknown[]).slice(1);
    const row = documents?.getRow(2);
    expect(row?.getCell(columns.indexOf('date') + 1).value).toEqual(new Date(Date.UTC(2026, 11, 5)));
    expect(row?.getCell(columns.indexOf('date') + 1).numFmt).toBe('dd/mm/yyyy');
    expect(row?.getCell(columns.indexOf('number') + 1).value).toBe(1);
  });
});
