import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type AppContext, createAppContext } from '../../electron/main/app-context';
import type { DesktopShell, FileFilter } from '../../electron/main/desktop/shell';
import { invokeChannel } from '../../electron/main/ipc/wrapper';
import { attachmentMessages } from '../../electron/main/services/attachments/messages';
import { sha256 } from '../../electron/main/services/documents/storage';
import type { ChannelName } from '../../shared/contract';
import { type Attachment, ATTACHMENT_MAX_BYTES, type AttachmentContent } from '../../shared/domain/attachments';
import type { MilestoneListItem, Submission } from '../../shared/domain/movements';
import { documentSettingsFor } from '../../shared/domain/settings';
import type { Envelope } from '../../shared/errors';
import { seedMovementId } from '../support/movements-fixture';
import { makeTempDir, resourcesDir } from '../support/temp-dir';
import { dataOf, OPERATOR, steppingClock, type TestApp } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.7\n% báo cáo kết quả\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('ảnh chụp')]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml word/document.xml')]);
const XLS = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('bang tinh')]);

/** Plays the desktop: "the user" picks the files listed in `chosen`; Save writes into outDir; Open records. */
class FakeShell implements DesktopShell {
  chosen: string[] = [];
  readonly dialogs: { title: string; filters: FileFilter[] }[] = [];
  readonly opened: { name: string; bytes: Buffer }[] = [];
  readonly saved: { name: string; filter?: FileFilter }[] = [];
  constructor(readonly outDir: string) {}
  chooseFiles(options: { title: string; filters: FileFilter[] }): Promise<string[]> {
    this.dialogs.push(options);
    return Promise.resolve(this.chosen);
  }
  openFile(name: string, bytes: Uint8Array): Promise<void> {
    this.opened.push({ name, bytes: Buffer.from(bytes) });
    return Promise.resolve();
  }
  saveFile(suggestedName: string, bytes: Uint8Array, filter?: FileFilter): Promise<string | null> {
    const target = path.join(this.outDir, suggestedName);
    fs.writeFileSync(target, bytes);
    this.saved.push({ name: suggestedName, filter });
    return Promise.resolve(target);
  }
  printPdf(): Promise<void> {
    return Promise.reject(new Error('not used by attachments'));
  }
}

let temp: ReturnType<typeof makeTempDir>;
let out: ReturnType<typeof makeTempDir>;
let ctx: AppContext;
let shell: FakeShell;
let app: Pick<TestApp, 'call' | 'callRaw' | 'count'>;
let submissionIds: number[];

function open(withShell: boolean): void {
  ctx = createAppContext({ dataDir: temp.dir, resourcesDir, clock: steppingClock(), shell: withShell ? shell : undefined });
  const callRaw = (channel: string, input: unknown): Promise<Envelope<unknown>> =>
    invokeChannel(channel, input, { handlers: ctx.handlers, senderAllowed: true, context: { transport: 'test' } });
  app = {
    callRaw,
    call: (channel, input) => callRaw(channel, input),
    count: (table, where, ...args) =>
      (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`).get(...args) as { n: number }).n,
  };
}

beforeEach(async () => {
  temp = makeTempDir('attachments');
  out = makeTempDir('attachments-out');
  shell = new FakeShell(out.dir);
  open(true);
  ctx.services.setup.initialize({ provinceCode: '62', operatorName: OPERATOR, documentSettings: documentSettingsFor('Tỉnh Kon Tum') });
  const movementId = await seedMovementId(app as TestApp);
  const milestone = dataOf<MilestoneListItem[]>(await app.call('milestones.list', { movementId })).find((m) => m.requiresSubmission);
  const expected = dataOf<Submission[]>(await app.call('submissions.list', { milestoneId: milestone?.id ?? 0 }));
  submissionIds = [];
  for (const s of expected.slice(0, 2)) {
    const saved = dataOf<Submission>(
      await app.call('submissions.set', { milestoneId: s.milestoneId, unitId: s.unitId, receivedDate: '2022-07-30', version: null }),
    );
    submissionIds.push(saved.id ?? 0);
  }
});
afterEach(() => {
  ctx.close();
  temp.cleanup();
  out.cleanup();
});

const folder = () => path.join(temp.dir, 'attachments');
const stored = () => (fs.existsSync(folder()) ? fs.readdirSync(folder()).sort() : []);

async function add(name: string, bytes: Buffer, ownerId = submissionIds[0]): Promise<Envelope<unknown>> {
  return app.call('attachments.add', { ownerKind: 'submission', ownerId, name, base64: bytes.toString('base64') });
}

async function refusal(channel: ChannelName, envelope: Promise<Envelope<unknown>>): Promise<{ code: string; message: string }> {
  const result = await envelope;
  if (result.ok) throw new Error(`${channel} was expected to refuse`);
  return result.error;
}

describe('attachments', () => {
  it('stores a file under attachments/<sha256> with its name, size, type and who attached it, and audits the link', async () => {
    const attachment = dataOf<Attachment>(await add('Báo cáo sơ kết.pdf', PDF));
    expect(attachment).toMatchObject({
      ownerKind: 'submission',
      ownerId: submissionIds[0],
      name: 'Báo cáo sơ kết.pdf',
      size: PDF.length,
      type: 'pdf',
      sha256: sha256(PDF),
      createdBy: OPERATOR,
    });
    expect(stored()).toEqual([sha256(PDF)]);
    expect(fs.readFileSync(path.join(folder(), sha256(PDF))).equals(PDF)).toBe(true);
    expect(app.count('audit_log', "entity = 'attachment' AND entity_id = ? AND action = 'create'", attachment.id)).toBe(1);
    const listed = dataOf<Attachment[]>(await app.call('attachments.list', { ownerKind: 'submission', ownerId: submissionIds[0] }));
    expect(listed).toEqual([attachment]);
    const content = dataOf<AttachmentContent>(await app.call('attachments.content', { id: attachment.id }));
    expect(Buffer.from(content.base64, 'base64').equals(PDF)).toBe(true);
  });

  it('keeps one file for the same content on two records, and refuses it twice on one record', async () => {
    dataOf(await add('a.png', PNG, submissionIds[0]));
    dataOf(await add('b.png', PNG, submissionIds[1]));
    expect(stored()).toEqual([sha256(PNG)]);
    const twice = await refusal('attachments.add', add('c.png', PNG, submissionIds[0]));
    expect(twice).toMatchObject({ code: 'CONFLICT', message: attachmentMessages.duplicate('c.png', 'a.png') });
    expect(app.count('attachments')).toBe(2);
  });

  it('refuses a wrong type, a renamed file and an empty one with Vietnamese reasons, writing nothing', async () => {
    const auditBefore = app.count('audit_log');
    const exe = await refusal('attachments.add', add('cai-dat.exe', Buffer.from('MZ....')));
    expect(exe).toMatchObject({ code: 'VALIDATION', message: attachmentMessages.badExtension('cai-dat.exe') });
    const renamed = await refusal('attachments.add', add('bao-cao.pdf', PNG));
    expect(renamed).toMatchObject({ code: 'VALIDATION', message: attachmentMessages.contentMismatch('bao-cao.pdf') });
    const fakeDocx = await refusal('attachments.add', add('bang.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x78, 0x6c, 0x2f])));
    expect(fakeDocx.message).toBe(attachmentMessages.contentMismatch('bang.docx'));
    const empty = await refusal(
      'attachments.add',
      app.callRaw('attachments.add', { ownerKind: 'submission', ownerId: submissionIds[0], name: 'a.pdf', base64: '' }),
    );
    expect(empty.code).toBe('VALIDATION');
    expect(stored()).toEqual([]);
    expect(app.count('attachments')).toBe(0);
    expect(app.count('audit_log')).toBe(auditBefore);
    // The accepted kinds, each told by its first bytes.
    for (const [name, bytes] of [
      ['ke-hoach.docx', DOCX],
      ['so-lieu.xls', XLS],
      ['anh.PNG', PNG],
    ] as const) {
      expect((await add(name, bytes)).ok).toBe(true);
    }
  });

  it('refuses a file over 25 MB before storing anything', async () => {
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x20);
    PDF.copy(big);
    let error: unknown = null;
    try {
      ctx.services.attachments.add('submission', submissionIds[0], 'quét.pdf', big);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'VALIDATION', message: attachmentMessages.tooLarge('quét.pdf', '25,0 MB') });
    expect(stored()).toEqual([]);
    expect(app.count('attachments')).toBe(0);
  });

  it('refuses an owner that does not exist', async () => {
    const error = await refusal('attachments.add', add('a.pdf', PDF, 999_999));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: attachmentMessages.ownerNotFound });
    expect(stored()).toEqual([]);
  });

  it('removes a link (audited) and the stored file once no record uses it', async () => {
    const first = dataOf<Attachment>(await add('a.png', PNG, submissionIds[0]));
    const second = dataOf<Attachment>(await add('b.png', PNG, submissionIds[1]));
    dataOf(await app.call('attachments.remove', { id: first.id }));
    expect(stored()).toEqual([sha256(PNG)]);
    dataOf(await app.call('attachments.remove', { id: second.id }));
    expect(stored()).toEqual([]);
    expect(app.count('attachments')).toBe(0);
    expect(app.count('audit_log', "entity = 'attachment' AND action = 'archive'")).toBe(2);
    // The submission's own history tells which files it carried before and after.
    const owner = ctx.services.audit.forEntity('submission', submissionIds[0], 10);
    expect(owner.slice(0, 2).map((e) => [e.before, e.after])).toEqual([
      [{ attachments: ['a.png'] }, { attachments: [] }],
      [{ attachments: [] }, { attachments: ['a.png'] }],
    ]);
    const gone = await refusal('attachments.remove', app.call('attachments.remove', { id: first.id }));
    expect(gone.code).toBe('NOT_FOUND');
  });

  it('refuses to hand out a stored file that changed on disk', async () => {
    const attachment = dataOf<Attachment>(await add('a.pdf', PDF));
    fs.writeFileSync(path.join(folder(), attachment.sha256), '%PDF- sửa tay');
    const error = await refusal('attachments.content', app.call('attachments.content', { id: attachment.id }));
    expect(error).toMatchObject({ code: 'INTERNAL', message: attachmentMessages.fileChanged('a.pdf') });
  });
});

describe('attachments through the desktop shell', () => {
  it('the native open dialog adds every chosen file, all checked first', async () => {
    const pdf = path.join(out.dir, 'Kế hoạch.pdf');
    const png = path.join(out.dir, 'ảnh.png');
    fs.writeFileSync(pdf, PDF);
    fs.writeFileSync(png, PNG);
    shell.chosen = [pdf, png];
    const added = dataOf<Attachment[]>(await app.call('attachments.choose', { ownerKind: 'submission', ownerId: submissionIds[0] }));
    expect(added.map((a) => [a.name, a.type])).toEqual([
      ['Kế hoạch.pdf', 'pdf'],
      ['ảnh.png', 'png'],
    ]);
    expect(shell.dialogs[0].filters[0].extensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'xlsx', 'jpg', 'png']));
    expect(stored()).toEqual([sha256(PDF), sha256(PNG)].sort());

    // One bad file among good ones: nothing is added.
    const bad = path.join(out.dir, 'virus.pdf');
    fs.writeFileSync(bad, 'MZ not a pdf');
    fs.writeFileSync(path.join(out.dir, 'b.xls'), XLS);
    shell.chosen = [path.join(out.dir, 'b.xls'), bad];
    const refused = await refusal(
      'attachments.choose',
      app.call('attachments.choose', { ownerKind: 'submission', ownerId: submissionIds[1] }),
    );
    expect(refused.message).toBe(attachmentMessages.contentMismatch('virus.pdf'));
    expect(app.count('attachments', 'owner_id = ?', submissionIds[1])).toBe(0);
    expect(stored()).toHaveLength(2);

    shell.chosen = [];
    expect(dataOf(await app.call('attachments.choose', { ownerKind: 'submission', ownerId: submissionIds[1] }))).toEqual([]);
  });

  it('opens a copy with the system program and saves a copy where the user chooses', async () => {
    const attachment = dataOf<Attachment>(await add('Báo cáo.docx', DOCX));
    dataOf(await app.call('attachments.open', { id: attachment.id }));
    expect(shell.opened[0].name).toBe('Báo cáo.docx');
    expect(shell.opened[0].bytes.equals(DOCX)).toBe(true);
    const saved = dataOf<{ saved: boolean; path: string }>(await app.call('attachments.saveAs', { id: attachment.id }));
    expect(saved.saved).toBe(true);
    expect(fs.readFileSync(saved.path).equals(DOCX)).toBe(true);
    expect(shell.saved[0].filter).toEqual({ name: 'DOCX', extensions: ['docx'] });
  });

  it('says in Vietnamese that the dialogs need the desktop app when there is no shell', async () => {
    ctx.close();
    open(false);
    const error = await refusal(
      'attachments.choose',
      app.call('attachments.choose', { ownerKind: 'submission', ownerId: submissionIds[0] }),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: attachmentMessages.noShell });
  });
});
