import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ipcMessages } from '../../electron/main/ipc/messages';
import { templateMessages } from '../../electron/main/pdf/templates/messages';
import { documentMessages } from '../../electron/main/services/documents/messages';
import type { DocumentTemplateInfo } from '../../shared/domain/documents';
import type { Envelope } from '../../shared/errors';
import { range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';
import { looksVietnamese } from '../support/vietnamese';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

/** An issue of the movement report (the unit directory is a working list and is never issued). */
const issueInput = (extra: Record<string, unknown> = {}) => ({
  template: 'movement-report',
  params: { movementId: 1, year: 2022 },
  date: '2026-12-05',
  ...extra,
});

/** Runs a refused call and checks the register, the audit log and the documents folder are untouched. */
async function refused(call: () => Promise<Envelope<unknown>>) {
  const documents = app.count('documents');
  const audit = app.count('audit_log');
  const envelope = await call();
  if (envelope.ok) throw new Error(`expected a refusal, got ${JSON.stringify(envelope.data).slice(0, 200)}`);
  expect(app.count('documents')).toBe(documents);
  expect(app.count('audit_log')).toBe(audit);
  expect(fs.existsSync(path.join(app.dir, 'documents')) ? fs.readdirSync(path.join(app.dir, 'documents')) : []).toEqual([]);
  expect(looksVietnamese(envelope.error.message)).toBe(true);
  for (const field of envelope.error.fields ?? []) expect(looksVietnamese(field.message), field.message).toBe(true);
  return envelope.error;
}

describe('templates', () => {
  it('lists the registered templates by id and title', async () => {
    expect(dataOf<DocumentTemplateInfo[]>(await app.call('documents.templates', {}))).toEqual([
      { id: 'unit-directory', title: 'Danh sách đơn vị', workingList: true },
      { id: 'criteria-reminder', title: 'Công văn đôn đốc thực hiện tiêu chí nông thôn mới', workingList: false },
      { id: 'movement-report', title: 'Báo cáo kết quả thực hiện phong trào', workingList: false },
      { id: 'inspection-plan', title: 'Kế hoạch kiểm tra', workingList: false },
      { id: 'inspection-minutes', title: 'Biên bản kiểm tra', workingList: false },
      { id: 'inspection-report', title: 'Báo cáo kết quả kiểm tra', workingList: false },
      { id: 'nomination-list', title: 'Danh sách đề nghị khen thưởng', workingList: false },
      { id: 'council-minutes', title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', workingList: false },
      { id: 'submission', title: 'Tờ trình đề nghị khen thưởng', workingList: false },
      { id: 'ballot', title: 'Phiếu bầu xét khen thưởng', workingList: true },
      { id: 'decision-draft', title: 'Dự thảo Quyết định khen thưởng', workingList: false },
      { id: 'certificates', title: 'Bằng khen, giấy khen in trên phôi', workingList: true },
      { id: 'certificate-calibration', title: 'Trang căn chỉnh phôi bằng khen, giấy khen', workingList: true },
    ]);
  });

  it('refuses to issue the unit directory: a working list takes no register number', async () => {
    const error = await refused(() =>
      app.callRaw('documents.issue', { template: 'unit-directory', params: { districtId: app.idOfCode('618') }, date: '2026-12-05' }),
    );
    expect(error).toEqual({ code: 'VALIDATION', message: documentMessages.workingList('Danh sách đơn vị') });
    expect(error.message).toContain('không lấy số trong sổ văn bản');
    // It still previews, without a number.
    const preview = dataOf<{ issuable: boolean }>(await app.call('documents.preview', { template: 'unit-directory', params: {} }));
    expect(preview.issuable).toBe(false);
  });
});

describe('bad input to documents.* is refused with Vietnamese messages and changes nothing', () => {
  it('an unknown template', async () => {
    const inputs = {
      'documents.preview': { template: 'award-decision', params: {} },
      'documents.issue': issueInput({ template: 'award-decision' }),
    };
    for (const [channel, input] of Object.entries(inputs)) {
      const error = await refused(() => app.callRaw(channel, input));
      const message = templateMessages.unknownTemplate('award-decision');
      expect(error).toEqual({ code: 'VALIDATION', message, fields: [{ path: 'template', message }] });
    }
    const empty = await refused(() => app.callRaw('documents.preview', { template: '  ', params: {} }));
    expect(empty.fields).toEqual([{ path: 'template', message: 'Chưa chọn mẫu văn bản' }]);
  });

  it('params the template does not accept, each named by its field', async () => {
    const error = await refused(() =>
      app.callRaw('documents.preview', {
        template: 'unit-directory',
        params: { kind: 'hamlet', districtId: -3, ethnicMinorityArea: 'yes', colour: 'red' },
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(templateMessages.badParams('Danh sách đơn vị'));
    const fields = Object.fromEntries((error.fields ?? []).map((field) => [field.path, field.message]));
    expect(fields['params.kind']).toBe('Loại đơn vị không hợp lệ');
    expect(fields['params.districtId']).toBe('Mã bản ghi không hợp lệ');
    expect(fields['params.ethnicMinorityArea']).toBe('Phải là có hoặc không');
    expect(fields.params).toBe('Trường không được phép: colour');
  });

  it('params that are not a group of named values', async () => {
    const error = await refused(() => app.callRaw('documents.preview', { template: 'unit-directory', params: [1, 2] }));
    expect(error).toMatchObject({ code: 'VALIDATION', message: ipcMessages.invalidInput });
    expect(error.fields?.[0]).toMatchObject({ path: 'params', message: 'Thông tin của văn bản phải là một nhóm giá trị có tên' });
  });

  it('a district that does not exist, or a filter that leaves nothing to print', async () => {
    const district = await refused(() =>
      app.callRaw('documents.preview', { template: 'unit-directory', params: { districtId: app.idOfCode('23500') } }),
    );
    expect(district).toEqual({
      code: 'VALIDATION',
      message: templateMessages.districtNotFound,
      fields: [{ path: 'params.districtId', message: templateMessages.districtNotFound }],
    });
    const nothing = await refused(() =>
      app.callRaw('documents.preview', { template: 'unit-directory', params: { query: 'không có đơn vị này' } }),
    );
    expect(nothing).toEqual({ code: 'VALIDATION', message: templateMessages.noUnits });
  });

  it('dates that are not real calendar days, or out of range', async () => {
    const cases: [unknown, string][] = [
      ['2026-02-30', 'Ngày ban hành không phải một ngày có thật'],
      ['05/12/2026', 'Ngày ban hành không phải một ngày có thật'],
      ['1999-12-31', 'Năm ban hành phải từ 2000 đến 2100'],
      [undefined, 'Chưa có ngày ban hành'],
    ];
    for (const [date, message] of cases) {
      const error = await refused(() => app.callRaw('documents.issue', issueInput({ date })));
      expect(error.fields).toEqual([{ path: 'date', message }]);
    }
  });

  it('a record of an unknown kind or that does not exist is refused, nothing numbered', async () => {
    const kind = await refused(() => app.callRaw('documents.issue', issueInput({ entity: 'zzz', entityId: 999999 })));
    expect(kind).toEqual({ code: 'VALIDATION', message: documentMessages.unknownRecordKind('zzz') });
    const missing = await refused(() => app.callRaw('documents.issue', issueInput({ entity: 'movement', entityId: 999999 })));
    expect(missing).toEqual({ code: 'NOT_FOUND', message: documentMessages.recordNotFound('movement', 999999) });
  });

  it('an issuer abbreviation that is not capitals, and a record without its id', async () => {
    const issuer = await refused(() => app.callRaw('documents.issue', issueInput({ issuerAbbreviation: 'hđtđkt' })));
    expect(issuer.fields).toEqual([
      { path: 'issuerAbbreviation', message: 'Chữ viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch ngang (ví dụ: HĐTĐKT)' },
    ]);
    const entity = await refused(() => app.callRaw('documents.issue', issueInput({ entity: 'movement' })));
    expect(entity.fields).toEqual([{ path: 'entityId', message: 'Bản ghi kèm theo cần cả loại và mã bản ghi' }]);
  });

  it('unknown fields on the channels themselves', async () => {
    const error = await refused(() => app.callRaw('documents.issue', issueInput({ soHieu: 7 })));
    expect(error.fields).toEqual([{ path: '', message: 'Trường không được phép: soHieu' }]);
  });

  it('list filters out of range, and cancel without a reason', async () => {
    const list = await refused(() => app.callRaw('documents.list', { year: 1999 }));
    expect(list.fields).toEqual([{ path: 'year', message: 'Năm tối thiểu là 2000' }]);
    const cancel = await refused(() => app.callRaw('documents.cancel', { id: 1, version: 1, reason: '   ' }));
    expect(cancel.fields).toEqual([{ path: 'reason', message: 'Lý do hủy không được để trống' }]);
    const missing = await refused(() => app.callRaw('documents.cancel', { id: 42, version: 1, reason: 'Nhầm' }));
    expect(missing).toEqual({ code: 'NOT_FOUND', message: documentMessages.notFound(42) });
  });
});

describe('nothing half-written', () => {
  it('a preview stores nothing: no register row, no audit entry, no file', async () => {
    const audit = app.count('audit_log');
    dataOf(await app.call('documents.preview', { template: 'unit-directory', params: {} }));
    expect(app.count('documents')).toBe(0);
    expect(app.count('audit_log')).toBe(audit);
    expect(fs.existsSync(path.join(app.dir, 'documents'))).toBe(false);
  });

  it('an issue whose PDF cannot be stored takes no number', async () => {
    const movementId = await seedMovementId(app);
    const communes = ruralCommunes(app).filter((commune) => commune.districtId === app.idOfCode('618'));
    dataOf(
      await app.call('criteria.setDistrictYear', {
        districtId: app.idOfCode('618'),
        year: 2022,
        rows: communes.map((commune) => ({ unitId: commune.id, criteriaMet: range(15), version: null })),
      }),
    );
    const input = issueInput({ params: { movementId, year: 2022 } });
    // A file where the documents folder should be: the store cannot create it.
    fs.writeFileSync(path.join(app.dir, 'documents'), 'not a folder');
    const audit = app.count('audit_log');
    const envelope = await app.callRaw('documents.issue', input);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('INTERNAL');
      expect(envelope.error.message).toMatch(/^Không lưu được tệp PDF vào thư mục dữ liệu: /);
    }
    expect(app.count('documents')).toBe(0);
    expect(app.count('audit_log')).toBe(audit);
    fs.rmSync(path.join(app.dir, 'documents'));
    const entry = dataOf<{ number: number }>(await app.callRaw('documents.issue', input));
    expect(entry.number).toBe(1);
  });
});
