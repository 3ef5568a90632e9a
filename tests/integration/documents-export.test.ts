import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type AppContext, createAppContext } from '../../electron/main/app-context';
import type { DesktopShell } from '../../electron/main/desktop/shell';
import { invokeChannel } from '../../electron/main/ipc/wrapper';
import { documentMessages, exportMessages } from '../../electron/main/services/documents/messages';
import type { ChannelName, InputOf } from '../../shared/contract';
import type { DocumentPrintResult, DocumentSaveResult } from '../../shared/contract/documents';
import type { DocumentEntry } from '../../shared/domain/documents';
import { documentSettingsFor } from '../../shared/domain/settings';
import type { Envelope } from '../../shared/errors';
import { readPdf } from '../support/pdf-layout';
import { makeTempDir, resourcesDir } from '../support/temp-dir';
import { dataOf, OPERATOR, steppingClock } from '../support/test-app';
import { looksVietnamese } from '../support/vietnamese';

/** Plays the desktop: "the user" picks a file in `outDir` (or cancels), and printing records what it was given. */
class FakeShell implements DesktopShell {
  cancel = false;
  fail: Error | null = null;
  readonly saves: { suggestedName: string; path: string }[] = [];
  readonly prints: { bytes: Buffer; title: string }[] = [];
  constructor(readonly outDir: string) {}

  saveFile(suggestedName: string, bytes: Uint8Array): Promise<string | null> {
    if (this.fail) return Promise.reject(this.fail);
    if (this.cancel) return Promise.resolve(null);
    const target = path.join(this.outDir, suggestedName);
    fs.writeFileSync(target, bytes);
    this.saves.push({ suggestedName, path: target });
    return Promise.resolve(target);
  }

  printPdf(bytes: Uint8Array, title: string): Promise<void> {
    if (this.fail) return Promise.reject(this.fail);
    this.prints.push({ bytes: Buffer.from(bytes), title });
    return Promise.resolve();
  }

  // Attachments' part of the shell; documents never ask for it.
  chooseFiles(): Promise<string[]> {
    return Promise.reject(new Error('not used by documents'));
  }

  openFile(): Promise<void> {
    return Promise.reject(new Error('not used by documents'));
  }
}

let temp: ReturnType<typeof makeTempDir>;
let out: ReturnType<typeof makeTempDir>;
let shell: FakeShell;
let ctx: AppContext;

function open(withShell: boolean): void {
  ctx = createAppContext({ dataDir: temp.dir, resourcesDir, clock: steppingClock(), shell: withShell ? shell : undefined });
  if (!ctx.services.setup.isInitialized())
    ctx.services.setup.initialize({ provinceCode: '62', operatorName: OPERATOR, documentSettings: documentSettingsFor('Tỉnh Kon Tum') });
}

beforeEach(() => {
  temp = makeTempDir('export');
  out = makeTempDir('export-out');
  shell = new FakeShell(out.dir);
});
afterEach(() => {
  ctx.close();
  temp.cleanup();
  out.cleanup();
});

const callRaw = (channel: string, input: unknown) =>
  invokeChannel(channel, input, { handlers: ctx.handlers, senderAllowed: true, context: { transport: 'test' } });
const call = <C extends ChannelName>(channel: C, input: InputOf<C>) => callRaw(channel, input);

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data).slice(0, 200)}`);
  return envelope.error;
}

const districtId = () => (ctx.db.prepare("SELECT id FROM units WHERE code = '618'").get() as { id: number }).id;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const savedFiles = () => fs.readdirSync(out.dir);

/** Issues the movement report of 2022 with one district's records (the unit directory is a working list, never issued). */
async function issue(): Promise<DocumentEntry> {
  const movement = (ctx.db.prepare("SELECT id FROM movements WHERE doc_number = '2017/KH-UBND'").get() as { id: number }).id;
  const communes = ctx.db
    .prepare("SELECT id FROM units WHERE kind = 'commune' AND admin_type = 'Xã' AND parent_id = ?")
    .all(districtId()) as { id: number }[];
  const rows = communes.map((commune) => ({ unitId: commune.id, criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], version: null }));
  dataOf(await call('criteria.setDistrictYear', { districtId: districtId(), year: 2022, rows }));
  return dataOf<DocumentEntry>(
    await call('documents.issue', { template: 'movement-report', params: { movementId: movement, year: 2022 }, date: '2026-12-05' }),
  );
}

describe('app.capabilities', () => {
  it('says native dialogs exist only when a desktop shell was given', async () => {
    open(true);
    expect(dataOf(await call('app.capabilities', {}))).toEqual({ nativeDialogs: true });
    ctx.close();
    open(false);
    expect(dataOf(await call('app.capabilities', {}))).toEqual({ nativeDialogs: false });
    expect(errorOf(await callRaw('app.capabilities', { extra: 1 })).code).toBe('VALIDATION');
  });
});

describe('documents.saveAs', () => {
  beforeEach(() => open(true));

  it('writes exactly the issued PDF where the user chose, under the register name', async () => {
    const entry = await issue();
    const result = dataOf<DocumentSaveResult>(await call('documents.saveAs', { documentId: entry.id }));
    expect(shell.saves).toHaveLength(1);
    expect(shell.saves[0].suggestedName).toBe(
      '01-BC-HĐTĐKT Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022.pdf',
    );
    expect(result).toEqual({ saved: true, path: shell.saves[0].path });
    const saved = fs.readFileSync(shell.saves[0].path);
    expect(saved.equals(fs.readFileSync(path.join(temp.dir, entry.filePath)))).toBe(true);
    expect(sha256(saved)).toBe(entry.sha256);
  });

  it('uses the name the screen offers, adding .pdf when it is missing', async () => {
    const entry = await issue();
    await call('documents.saveAs', { documentId: entry.id, fileName: 'Danh sách gửi huyện' });
    expect(shell.saves[0].suggestedName).toBe('Danh sách gửi huyện.pdf');
  });

  it('saves a draft rendered again from the template, without numbering it', async () => {
    const result = dataOf<DocumentSaveResult>(
      await call('documents.saveAs', { template: 'unit-directory', params: { districtId: districtId() }, fileName: 'Bản nháp.pdf' }),
    );
    expect(result.saved).toBe(true);
    const bytes = fs.readFileSync(shell.saves[0].path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await readPdf(bytes)).pages[0].segments.map((segment) => segment.text).join('\n');
    expect(text).toContain("Huyện Ia H' Drai, tỉnh Kon Tum");
    // A working list: no number line at all.
    expect(text).not.toMatch(/Số:/u);
    expect((ctx.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n).toBe(0);
  });

  it('answers saved: false and writes nothing when the user cancels the dialog', async () => {
    const entry = await issue();
    shell.cancel = true;
    expect(dataOf(await call('documents.saveAs', { documentId: entry.id }))).toEqual({ saved: false });
    expect(savedFiles()).toEqual([]);
  });

  it('explains in Vietnamese when the file cannot be written', async () => {
    const entry = await issue();
    shell.fail = new Error('EACCES: permission denied');
    const error = errorOf(await call('documents.saveAs', { documentId: entry.id }));
    expect(error).toEqual({ code: 'INTERNAL', message: exportMessages.cannotSave('EACCES: permission denied') });
  });

  it('refuses a stored PDF changed since it was issued, and saves nothing', async () => {
    const entry = await issue();
    fs.appendFileSync(path.join(temp.dir, entry.filePath), 'x');
    const error = errorOf(await call('documents.saveAs', { documentId: entry.id }));
    expect(error.message).toBe(documentMessages.fileChanged('01/BC-HĐTĐKT'));
    expect(savedFiles()).toEqual([]);
  });

  it('refuses bad input with Vietnamese messages and never opens the dialog', async () => {
    const entry = await issue();
    const cases: [unknown, string][] = [
      [{}, 'documentId'],
      [{ documentId: entry.id, template: 'unit-directory' }, 'documentId'],
      [{ documentId: entry.id, params: {} }, 'params'],
      [{ documentId: 'một' }, 'documentId'],
      [{ documentId: -1 }, 'documentId'],
      [{ documentId: entry.id, fileName: '../../ngoai-thu-muc.pdf' }, 'fileName'],
      [{ documentId: entry.id, fileName: 'C:\\Windows\\a.pdf' }, 'fileName'],
      [{ documentId: entry.id, fileName: 'a?b.pdf' }, 'fileName'],
      [{ documentId: entry.id, fileName: '   ' }, 'fileName'],
      [{ documentId: entry.id, fileName: '..' }, 'fileName'],
      [{ documentId: entry.id, fileName: 'x'.repeat(151) }, 'fileName'],
      [{ documentId: entry.id, path: '/tmp/a.pdf' }, ''],
      [{ template: 'unit-directory', params: 'tất cả' }, 'params'],
    ];
    for (const [input, field] of cases) {
      for (const channel of ['documents.saveAs', 'documents.print']) {
        const error = errorOf(await callRaw(channel, input));
        expect(error.code, JSON.stringify(input)).toBe('VALIDATION');
        expect(looksVietnamese(error.message)).toBe(true);
        expect(
          error.fields?.map((f) => f.path),
          JSON.stringify(input),
        ).toContain(field);
        for (const f of error.fields ?? []) expect(looksVietnamese(f.message), f.message).toBe(true);
      }
    }
    const missing = errorOf(await call('documents.saveAs', { documentId: entry.id + 100 }));
    expect(missing).toEqual({ code: 'NOT_FOUND', message: documentMessages.notFound(entry.id + 100) });
    const unknownTemplate = errorOf(await call('documents.saveAs', { template: 'khong-co' }));
    expect(looksVietnamese(unknownTemplate.message)).toBe(true);
    const badParams = errorOf(await call('documents.saveAs', { template: 'unit-directory', params: { kind: 'tinh' } }));
    expect(badParams.code).toBe('VALIDATION');
    expect(shell.saves).toEqual([]);
    expect(shell.prints).toEqual([]);
    expect(savedFiles()).toEqual([]);
  });
});

describe('documents.print', () => {
  beforeEach(() => open(true));

  it('hands the stored PDF and its number and title to the shell', async () => {
    const entry = await issue();
    expect(dataOf<DocumentPrintResult>(await call('documents.print', { documentId: entry.id }))).toEqual({ opened: true });
    expect(shell.prints).toHaveLength(1);
    expect(shell.prints[0].title).toBe(
      '01/BC-HĐTĐKT Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022',
    );
    expect(sha256(shell.prints[0].bytes)).toBe(entry.sha256);
  });

  it('prints a draft of a template', async () => {
    await call('documents.print', { template: 'unit-directory', params: { districtId: districtId() } });
    expect(shell.prints[0].title).toBe("Danh sách đơn vị huyện Ia H' Drai");
    expect(shell.prints[0].bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('explains in Vietnamese when the viewer cannot open', async () => {
    shell.fail = new Error('ERR_FAILED');
    const error = errorOf(await call('documents.print', { template: 'unit-directory', params: {} }));
    expect(error).toEqual({ code: 'INTERNAL', message: exportMessages.cannotPrint('ERR_FAILED') });
  });
});

describe('without a desktop shell (the browser host)', () => {
  beforeEach(() => open(false));

  it('refuses Save as and Print with a Vietnamese message pointing to the download', async () => {
    const entry = await issue();
    for (const channel of ['documents.saveAs', 'documents.print'] as const) {
      const error = errorOf(await call(channel, { documentId: entry.id }));
      expect(error).toEqual({ code: 'FORBIDDEN', message: exportMessages.noShell });
      expect(looksVietnamese(error.message)).toBe(true);
      expect(error.message).toContain('Lưu PDF');
    }
    expect(savedFiles()).toEqual([]);
  });
});
