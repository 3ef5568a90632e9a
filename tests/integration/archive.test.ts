import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { Open } from 'unzipper';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { backupMessages } from '../../electron/main/services/backups/messages';
import type { Attachment } from '../../shared/domain/attachments';
import type { ArchiveExport, ArchiveImportResult, BackupEntry } from '../../shared/domain/backups';
import type { DocumentEntry } from '../../shared/domain/documents';
import type { MilestoneListItem, Submission } from '../../shared/domain/movements';
import type { Unit } from '../../shared/domain/units';
import type { Envelope } from '../../shared/errors';
import { dumpDatabase, dumpHash } from '../support/db-dump';
import { range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

const msg = backupMessages.archive;
let source: TestApp;
let target: TestApp;
beforeEach(() => {
  source = openTestApp();
  target = openTestApp();
});
afterEach(() => {
  source.close();
  target.close();
});

const maxAudit = (app: TestApp) => (app.ctx.db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM audit_log').get() as { n: number }).n;

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data).slice(0, 200)}`);
  return envelope.error;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('ảnh chụp báo cáo')]);

/** An attachment (a stored file by its sha256) on a unit's received report. */
async function attachToSubmission(): Promise<Attachment> {
  const movementId = await seedMovementId(source);
  const [, plans] = dataOf<MilestoneListItem[]>(await source.call('milestones.list', { movementId }));
  const [first] = dataOf<Submission[]>(await source.call('submissions.list', { milestoneId: plans.id }));
  const saved = dataOf<Submission>(
    await source.call('submissions.set', { milestoneId: plans.id, unitId: first.unitId, documentNumber: '12/BC-UBND', version: null }),
  );
  return dataOf<Attachment>(
    await source.call('attachments.add', {
      ownerKind: 'submission',
      ownerId: saved.id as number,
      name: 'báo cáo.png',
      base64: PNG.toString('base64'),
    }),
  );
}

/** Data worth moving: a numbered report (a stored PDF) and a new village. */
async function fillSource(): Promise<DocumentEntry> {
  const districtId = source.idOfCode('618');
  const rows = ruralCommunes(source)
    .filter((commune) => commune.districtId === districtId)
    .map((commune, index) => ({ unitId: commune.id, criteriaMet: range(12 + (index % 6)), version: null }));
  dataOf(await source.call('criteria.setDistrictYear', { districtId, year: 2022, rows }));
  dataOf<Unit>(
    await source.call('units.create', { name: 'Thôn Chuyển Máy', kind: 'village', adminType: 'Thôn', parentId: source.idOfCode('23500') }),
  );
  return dataOf<DocumentEntry>(
    await source.call('documents.issue', {
      template: 'movement-report',
      params: { movementId: await seedMovementId(source), year: 2022 },
      date: '2026-12-05',
    }),
  );
}

/** The members of a zip, by name. */
async function membersOf(zip: string): Promise<Map<string, Buffer>> {
  const members = new Map<string, Buffer>();
  for (const entry of (await Open.file(zip)).files) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.stream()) chunks.push(chunk as Buffer);
    members.set(entry.path, Buffer.concat(chunks));
  }
  return members;
}

/**
 * A zip of the given members, stored uncompressed, with names written exactly as given (archiver
 * would clean "../" away, and an attacker's zip would not).
 */
function zipOf(members: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of members) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.size, 8);
  end.writeUInt16LE(members.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('portable archive', () => {
  it('moves everything to a new data folder: the import holds exactly the data and files of the archive', async () => {
    const report = await fillSource();
    const attachment = await attachToSubmission();
    const written = dataOf<ArchiveExport>(await source.call('backups.exportArchive', {}));
    expect(path.dirname(written.path)).toBe(path.join(source.dir, 'exports'));
    expect(written.fileName).toMatch(/^Dữ liệu Thi đua chuyển máy .*\.zip$/);
    expect(written.sizeBytes).toBe(fs.statSync(written.path).size);
    expect(Buffer.from(written.base64 ?? '', 'base64')).toEqual(fs.readFileSync(written.path));
    const members = await membersOf(written.path);
    const stored = `attachments/${attachment.sha256}`;
    expect([...members.keys()].sort()).toEqual(['manifest.json', 'thidua.sqlite', report.filePath, stored].sort());
    expect(members.get(stored)).toEqual(PNG);
    const manifest = JSON.parse((members.get('manifest.json') as Buffer).toString('utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['thidua.sqlite', report.filePath, stored].sort());
    const auditAtExport = maxAudit(source);
    const expected = dumpDatabase(source.ctx.db, { auditUpTo: auditAtExport });

    const before = dumpHash(target.ctx.db);
    expect(before).not.toBe(dumpHash(source.ctx.db));
    const imported = dataOf<ArchiveImportResult>(await target.call('backups.importArchive', { path: written.path, confirm: true }));
    expect(imported.figures.find((f) => f.table === 'documents')?.count).toBe(1);
    expect(dumpDatabase(target.ctx.db, { auditUpTo: auditAtExport })).toEqual(expected);
    expect(fs.readFileSync(path.join(target.dir, report.filePath))).toEqual(fs.readFileSync(path.join(source.dir, report.filePath)));
    expect(fs.readFileSync(path.join(target.dir, stored))).toEqual(PNG);
    // The import is audited and can be undone: the data as it was is in a safety backup.
    expect(target.count('audit_log', "entity = 'database' AND action = 'restore'")).toBe(1);
    expect(dataOf<BackupEntry[]>(await target.call('backups.list', {})).map((b) => b.id)).toContain(imported.safety.id);
    expect(fs.readdirSync(path.join(target.dir, 'exports')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a tampered, incomplete or unsafe archive before anything changes', async () => {
    const report = await fillSource();
    const written = dataOf<ArchiveExport>(await source.call('backups.exportArchive', {}));
    const original = await membersOf(written.path);
    const pdf = original.get(report.filePath) as Buffer;
    const flipped = Buffer.from(pdf);
    flipped[flipped.length - 10] ^= 0xff;

    const cases: [string, Map<string, Buffer>, string][] = [
      ['one byte of the PDF changed', new Map([...original, [report.filePath, flipped]]), msg.mismatch(report.filePath)],
      ['the PDF left out', new Map([...original].filter(([name]) => name !== report.filePath)), msg.missing(report.filePath)],
      ['a path out of the folder', new Map([...original, ['../../evil.txt', Buffer.from('x')]]), msg.strangePath('../../evil.txt')],
      ['an absolute path', new Map([...original, ['/tmp/evil.txt', Buffer.from('x')]]), msg.strangePath('/tmp/evil.txt')],
      [
        'a file the manifest does not list',
        new Map([...original, [`attachments/${'a'.repeat(64)}`, Buffer.from('x')]]),
        msg.unlisted(`attachments/${'a'.repeat(64)}`),
      ],
      ['no manifest', new Map([...original].filter(([name]) => name !== 'manifest.json')), msg.noManifest],
    ];
    const before = dumpHash(target.ctx.db);
    for (const [label, members, message] of cases) {
      const base64 = zipOf(members).toString('base64');
      const error = errorOf(await target.call('backups.importArchive', { base64, confirm: true }));
      expect([label, error.code, error.message]).toEqual([label, 'VALIDATION', message]);
    }
    // A manifest rewritten to match a database that is not one: the hashes agree, the database check refuses it.
    const junk = Buffer.from('đây không phải cơ sở dữ liệu SQLite'.repeat(200));
    const rewritten = JSON.parse((original.get('manifest.json') as Buffer).toString('utf8')) as {
      files: { path: string; sizeBytes: number; sha256: string }[];
    };
    const dbEntry = rewritten.files.find((f) => f.path === 'thidua.sqlite') as { sizeBytes: number; sha256: string };
    dbEntry.sizeBytes = junk.length;
    dbEntry.sha256 = createHash('sha256').update(junk).digest('hex');
    const forged = new Map([...original, ['thidua.sqlite', junk], ['manifest.json', Buffer.from(JSON.stringify(rewritten))]]);
    const damaged = errorOf(await target.call('backups.importArchive', { base64: zipOf(forged).toString('base64'), confirm: true }));
    expect(damaged.code).toBe('VALIDATION');
    expect(damaged.message).toMatch(/^Cơ sở dữ liệu trong tệp nén bị hỏng/u);
    const notZip = errorOf(
      await target.call('backups.importArchive', { base64: Buffer.from('không phải zip').toString('base64'), confirm: true }),
    );
    expect(notZip.message).toBe(msg.notZip);
    expect(dumpHash(target.ctx.db)).toBe(before);
    expect(fs.existsSync(path.join(target.dir, report.filePath))).toBe(false);
    expect(dataOf<BackupEntry[]>(await target.call('backups.list', {}))).toEqual([]);
    expect(fs.readdirSync(path.join(target.dir, 'exports'))).toEqual([]);
    expect(fs.existsSync(path.join(target.dir, '..', 'evil.txt'))).toBe(false);
  });

  it('refuses an import without confirmation, with both or neither of bytes and path', async () => {
    expect(errorOf(await target.callRaw('backups.importArchive', { path: '/tmp/x.zip' })).code).toBe('VALIDATION');
    expect(errorOf(await target.callRaw('backups.importArchive', { confirm: true })).code).toBe('VALIDATION');
    expect(errorOf(await target.callRaw('backups.importArchive', { path: '/tmp/x.zip', base64: 'AA==', confirm: true })).code).toBe(
      'VALIDATION',
    );
    const missing = errorOf(await target.call('backups.importArchive', { path: path.join(target.dir, 'khong-co.zip'), confirm: true }));
    expect(missing.message).toBe(msg.noFile(path.join(target.dir, 'khong-co.zip')));
  });
});
