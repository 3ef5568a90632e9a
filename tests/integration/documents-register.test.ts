import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createDocumentsRepository } from '../../electron/main/db/repositories/documents';
import { documentMessages } from '../../electron/main/services/documents/messages';
import type { InputOf } from '../../shared/contract';
import type { DocumentPage } from '../../shared/contract/documents';
import type { AuditEntry } from '../../shared/domain/audit';
import type { DocumentEntry, DocumentWithPdf } from '../../shared/domain/documents';
import { DEFAULT_SIGNATURES, type Settings } from '../../shared/domain/settings';
import type { Envelope } from '../../shared/errors';
import { range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { readPdf } from '../support/pdf-layout';
import { dataOf, openTestApp, OPERATOR, type TestApp } from '../support/test-app';

let app: TestApp;
let movementId: number;
beforeEach(async () => {
  app = openTestApp();
  movementId = await seedMovementId(app);
  // One district's 2022 criteria: enough for a short movement report to issue.
  const communes = ruralCommunes(app).filter((commune) => commune.districtId === app.idOfCode('618'));
  const rows = communes.map((commune, index) => ({ unitId: commune.id, criteriaMet: range(12 + index), version: null }));
  dataOf(await app.call('criteria.setDistrictYear', { districtId: app.idOfCode('618'), year: 2022, rows }));
});
afterEach(() => app.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data)}`);
  return envelope.error;
}

/** The movement report of a year with one district's records: a short numbered document (the unit directory is never issued). */
async function issue(extra: Partial<InputOf<'documents.issue'>> = {}): Promise<DocumentEntry> {
  return dataOf<DocumentEntry>(
    await app.call('documents.issue', {
      template: 'movement-report',
      params: { movementId, year: 2022 },
      date: '2026-12-05',
      ...extra,
    }),
  );
}

const storedFiles = () => {
  const folder = path.join(app.dir, 'documents');
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
};

describe('issuing documents into the register', () => {
  it('burns no number for a record that does not exist: the next real issue is still number 1', async () => {
    const refused = await app.callRaw('documents.issue', {
      template: 'movement-report',
      params: { movementId, year: 2022 },
      date: '2026-12-05',
      entity: 'movement',
      entityId: movementId + 999,
    });
    expect(errorOf(refused).code).toBe('NOT_FOUND');
    expect(storedFiles()).toEqual([]);
    expect((await issue({ entity: 'movement', entityId: movementId })).number).toBe(1);
  });

  it('numbers from 01 per issuer and year, stores the PDF by its SHA-256 and records it', async () => {
    const first = await issue({ signer: 'Nguyễn Văn Bình', entity: 'movement', entityId: movementId });
    expect(first).toMatchObject({
      issuer: 'HĐTĐKT',
      year: 2026,
      number: 1,
      typeAbbreviation: 'BC',
      symbol: 'BC-HĐTĐKT',
      numberSymbol: '01/BC-HĐTĐKT',
      date: '2026-12-05',
      title: 'Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022',
      template: 'movement-report',
      params: { movementId, year: 2022 },
      entity: 'movement',
      entityId: movementId,
      signer: 'Nguyễn Văn Bình',
      // The council's default block, with the name given on issue.
      signature: { prefix: 'TM.', authority: 'Hội đồng Thi đua - Khen thưởng', position: 'Chủ tịch', signer: 'Nguyễn Văn Bình' },
      status: 'issued',
      version: 1,
    });
    expect(first.filePath).toBe(`documents/${first.sha256}.pdf`);
    const bytes = fs.readFileSync(path.join(app.dir, first.filePath));
    expect(sha256(bytes)).toBe(first.sha256);
    expect(first.pages).toBe((await readPdf(bytes)).pages.length);

    const second = await issue({ title: 'Báo cáo nhanh kết quả năm 2022' });
    expect(second.numberSymbol).toBe('02/BC-HĐTĐKT');
    expect(second.title).toBe('Báo cáo nhanh kết quả năm 2022');
    expect(storedFiles()).toEqual([`${first.sha256}.pdf`, `${second.sha256}.pdf`].sort());
  });

  it('prints the number and date it issued into the stored PDF', async () => {
    const entry = await issue();
    const pdf = await readPdf(fs.readFileSync(path.join(app.dir, entry.filePath)));
    const page1 = pdf.pages[0].segments.map((segment) => segment.text);
    expect(page1).toContain('Số: 01/BC-HĐTĐKT');
    expect(page1).toContain('Kon Tum, ngày 05 tháng 12 năm 2026');
  });

  it('keeps a separate series per issuer, and starts again at 01 in a new year', async () => {
    expect((await issue()).numberSymbol).toBe('01/BC-HĐTĐKT');
    expect((await issue({ issuerAbbreviation: 'SNV' })).numberSymbol).toBe('01/BC-SNV');
    expect((await issue()).numberSymbol).toBe('02/BC-HĐTĐKT');
    expect((await issue({ date: '2027-01-02' })).numberSymbol).toBe('01/BC-HĐTĐKT');
    expect((await issue({ date: '2026-12-31' })).numberSymbol).toBe('03/BC-HĐTĐKT');
    const pdf = await readPdf(fs.readFileSync(path.join(app.dir, (await issue({ issuerAbbreviation: 'SNV' })).filePath)));
    expect(pdf.pages[0].segments.map((segment) => segment.text)).toContain('Số: 02/BC-SNV');
  });

  it('writes the issue to the audit log in the same transaction', async () => {
    const entry = await issue();
    const audit = dataOf<AuditEntry[]>(await app.call('audit.forEntity', { entity: 'document', entityId: entry.id }));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', before: null, operator: OPERATOR, at: entry.createdAt });
    expect(audit[0].after).toMatchObject({ id: entry.id, number: 1, sha256: entry.sha256, status: 'issued' });
  });

  it('never hands out a number twice when issues run at the same time', async () => {
    const entries = await Promise.all(Array.from({ length: 5 }, () => issue()));
    expect(entries.map((entry) => entry.number).sort()).toEqual([1, 2, 3, 4, 5]);
    // Every number printed in its own PDF, and no file left behind by a retried render.
    for (const entry of entries) {
      const bytes = fs.readFileSync(path.join(app.dir, entry.filePath));
      expect(sha256(bytes)).toBe(entry.sha256);
      const segments = (await readPdf(bytes)).pages[0].segments.map((segment) => segment.text);
      expect(segments).toContain(`Số: ${entry.numberSymbol}`);
    }
    expect(storedFiles()).toHaveLength(5);
  });

  it('refuses a second row with a number already taken, at the database level', async () => {
    const entry = await issue();
    const repo = createDocumentsRepository(app.ctx.db);
    const write = {
      issuer: 'HĐTĐKT',
      year: 2026,
      number: 1,
      typeAbbreviation: 'BC',
      date: '2026-12-06',
      title: 'Trùng số',
      template: 'movement-report',
      params: {},
      entity: null,
      entityId: null,
      signer: '',
      recipients: [],
      copies: 0,
      signature: null,
      sha256: 'a'.repeat(64),
      filePath: 'documents/x.pdf',
      pages: 1,
    };
    expect(() => repo.insert(write, '2026-12-06T00:00:00.000Z')).toThrow(/UNIQUE/);
    expect(app.count('documents')).toBe(1);
    expect(repo.nextNumber('HĐTĐKT', 2026)).toBe(entry.number + 1);
  });
});

describe('cancelling', () => {
  it('marks the document cancelled and never gives its number again', async () => {
    await issue();
    const second = await issue();
    const cancelled = dataOf<DocumentEntry>(
      await app.call('documents.cancel', { id: second.id, version: second.version, reason: 'Ban hành nhầm danh sách' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Ban hành nhầm danh sách', version: 2, number: 2 });
    expect(cancelled.cancelledAt).toBe(cancelled.updatedAt);
    expect((await issue()).numberSymbol).toBe('03/BC-HĐTĐKT');
    const audit = dataOf<AuditEntry[]>(await app.call('audit.forEntity', { entity: 'document', entityId: second.id }));
    expect(audit.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(audit[0].before).toMatchObject({ status: 'issued' });
    expect(audit[0].after).toMatchObject({ status: 'cancelled', cancelReason: 'Ban hành nhầm danh sách' });
  });

  it('even the last number of a year stays taken after it is cancelled', async () => {
    const only = await issue();
    dataOf(await app.call('documents.cancel', { id: only.id, version: 1, reason: 'Hủy' }));
    expect((await issue()).number).toBe(2);
  });

  it('refuses to cancel twice or from a stale version, changing nothing', async () => {
    const entry = await issue();
    dataOf(await app.call('documents.cancel', { id: entry.id, version: 1, reason: 'Hủy lần một' }));
    const row = app.ctx.db.prepare('SELECT * FROM documents WHERE id = ?').get(entry.id);
    const audit = app.count('audit_log');
    const twice = errorOf(await app.call('documents.cancel', { id: entry.id, version: 2, reason: 'Hủy lần hai' }));
    expect(twice).toMatchObject({ code: 'CONFLICT', message: documentMessages.alreadyCancelled('01/BC-HĐTĐKT') });
    const other = await issue();
    const stale = errorOf(await app.call('documents.cancel', { id: other.id, version: 7, reason: 'Hủy' }));
    expect(stale).toMatchObject({ code: 'CONFLICT', message: documentMessages.stale('02/BC-HĐTĐKT') });
    expect(app.ctx.db.prepare('SELECT * FROM documents WHERE id = ?').get(entry.id)).toEqual(row);
    expect(app.count('audit_log')).toBe(audit + 1); // only the second issue
  });
});

describe('opening a stored document again', () => {
  it('returns the entry with the PDF exactly as stored', async () => {
    const entry = await issue();
    const got = dataOf<DocumentWithPdf>(await app.call('documents.get', { id: entry.id }));
    expect(got).toMatchObject({ ...entry, pdf: expect.any(String) });
    expect(Buffer.from(got.pdf, 'base64').equals(fs.readFileSync(path.join(app.dir, entry.filePath)))).toBe(true);
  });

  it('refuses a file changed after issue, with a clear message', async () => {
    const entry = await issue();
    const file = path.join(app.dir, entry.filePath);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const error = errorOf(await app.call('documents.get', { id: entry.id }));
    expect(error).toEqual({ code: 'INTERNAL', message: documentMessages.fileChanged('01/BC-HĐTĐKT') });
    expect(error.message).toContain('SHA-256 không khớp');
  });

  it('says so when the file is gone', async () => {
    const entry = await issue();
    fs.rmSync(path.join(app.dir, entry.filePath));
    const error = errorOf(await app.call('documents.get', { id: entry.id }));
    expect(error).toEqual({ code: 'NOT_FOUND', message: documentMessages.fileMissing('01/BC-HĐTĐKT', entry.filePath) });
  });

  it('answers NOT_FOUND for an id that is not in the register', async () => {
    expect(errorOf(await app.call('documents.get', { id: 999 }))).toEqual({ code: 'NOT_FOUND', message: documentMessages.notFound(999) });
  });
});

describe('listing the register', () => {
  it('filters by year, issuer, type, template and status, and searches titles without diacritics', async () => {
    const a = await issue({ title: 'Danh sách đơn vị huyện Đắk Hà' });
    const b = await issue({ title: 'Danh sách xã vùng đồng bào', issuerAbbreviation: 'SNV' });
    const c = await issue({ date: '2027-03-01', title: 'Danh sách đơn vị năm 2027' });
    dataOf(await app.call('documents.cancel', { id: b.id, version: 1, reason: 'Nhầm' }));
    const ids = async (input: InputOf<'documents.list'>) =>
      dataOf<DocumentPage>(await app.call('documents.list', input)).rows.map((e) => e.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ year: 2026 })).toEqual([b.id, a.id]);
    expect(await ids({ issuer: 'SNV' })).toEqual([b.id]);
    expect(await ids({ type: 'BC', year: 2027 })).toEqual([c.id]);
    expect(await ids({ type: 'QĐ' })).toEqual([]);
    expect(await ids({ template: 'movement-report', status: 'issued' })).toEqual([c.id, a.id]);
    expect(await ids({ status: 'cancelled' })).toEqual([b.id]);
    expect(await ids({ query: 'dak ha' })).toEqual([a.id]);
    expect(await ids({ query: 'ĐỒNG BÀO' })).toEqual([b.id]);
    expect(await ids({ query: '01/BC-SNV' })).toEqual([b.id]);
    expect(await ids({ query: 'ha noi' })).toEqual([]);
  });
});

describe('the signature block', () => {
  const printed = async (entry: DocumentEntry) =>
    (await readPdf(fs.readFileSync(path.join(app.dir, entry.filePath)))).pages.flatMap((page) =>
      page.segments.map((segment) => segment.text),
    );

  it('prints and stores the block chosen on issue: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"', async () => {
    const signature = { prefix: 'KT.' as const, authority: 'Chủ tịch', position: 'Phó Chủ tịch', signer: 'Trần Thị Mỹ Dung' };
    const entry = await issue({ signature });
    expect(entry.signature).toEqual(signature);
    expect(entry.signer).toBe('Trần Thị Mỹ Dung');
    const text = await printed(entry);
    expect(text).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Mỹ Dung']));
    expect(text.some((line) => line.startsWith('TM.'))).toBe(false);
    const stored = dataOf<DocumentWithPdf>(await app.call('documents.get', { id: entry.id }));
    expect(stored.signature).toEqual(signature);
  });

  it('uses the issuer default from settings: the council "TM." in full, a Ban its Trưởng ban', async () => {
    const council = await printed(await issue());
    expect(council).toEqual(expect.arrayContaining(['TM. HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG', 'CHỦ TỊCH']));
    const ban = await issue({ issuerAbbreviation: 'BTĐKT' });
    expect(ban.signature).toEqual({ prefix: '', authority: '', position: 'Trưởng ban', signer: '' });
    expect(await printed(ban)).toContain('TRƯỞNG BAN');
  });

  it("keeps the defaults in settings: the decree's on a new database, edits audited, a duplicate issuer refused", async () => {
    const settings = dataOf<Settings>(await app.call('settings.get', {}));
    expect(settings.signatureDefaults).toEqual(DEFAULT_SIGNATURES);
    const audit = app.count('audit_log', "entity = 'settings'");
    const duplicate = await app.call('settings.update', {
      version: settings.version,
      signatureDefaults: [...DEFAULT_SIGNATURES, { ...DEFAULT_SIGNATURES[1], position: 'Phó Trưởng ban' }],
    });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) {
      expect(duplicate.error.fields).toEqual([{ path: 'signatureDefaults.2.issuer', message: 'Cơ quan "BTĐKT" đã có chữ ký mặc định' }]);
    }
    expect(app.count('audit_log', "entity = 'settings'")).toBe(audit);
    const changed = [{ ...DEFAULT_SIGNATURES[0], signer: 'Nguyễn Văn Bình' }];
    const saved = dataOf<Settings>(await app.call('settings.update', { version: settings.version, signatureDefaults: changed }));
    expect(saved.signatureDefaults).toEqual(changed);
    const entries = dataOf<AuditEntry[]>(await app.call('audit.forEntity', { entity: 'settings', entityId: 1 }));
    expect(entries[0].after).toMatchObject({ signatureDefaults: changed });
  });

  it('follows the defaults edited in settings, and refuses a block without its authority', async () => {
    const settings = dataOf<{ version: number }>(await app.call('settings.get', {}));
    dataOf(
      await app.call('settings.update', {
        version: settings.version,
        signatureDefaults: [
          { issuer: 'HĐTĐKT', prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch thường trực', signer: 'Lê Văn Hùng' },
        ],
      }),
    );
    const entry = await issue();
    expect(entry.signature).toEqual({ prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch thường trực', signer: 'Lê Văn Hùng' });
    expect(await printed(entry)).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Lê Văn Hùng']));

    const documents = app.count('documents');
    const refused = await app.call('documents.issue', {
      template: 'movement-report',
      params: { movementId, year: 2022 },
      date: '2026-12-05',
      signature: { prefix: 'TM.', authority: '  ', position: 'Chủ tịch', signer: '' },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.fields).toEqual([
        { path: 'signature.authority', message: 'Ký "TM." cần ghi cơ quan hoặc chức danh được ký thay' },
      ]);
    expect(app.count('documents')).toBe(documents);
  });
});
