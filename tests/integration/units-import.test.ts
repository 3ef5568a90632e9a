import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { unitMessages } from '../../electron/main/services/units/messages';
import type { UnitPage } from '../../shared/contract/units';
import type { AuditEntry } from '../../shared/domain/audit';
import type { RegistryImportPreview } from '../../shared/domain/units';
import { linkedIds } from '../support/audit-links';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const msg = unitMessages.registryImport;

/** The registry as units.exportXlsx writes it, with rows appended under the export's own. */
async function registryWith(extra: string[][], filter: Record<string, unknown> = { kind: 'district' }): Promise<string> {
  const file = dataOf<{ base64: string }>(await app.call('units.exportXlsx', filter as never));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  for (const row of extra) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const district = async () => dataOf<UnitPage>(await app.call('units.list', { kind: 'district' })).rows[0];
const preview = async (base64: string, fileName = 'danh-ba.xlsx') =>
  dataOf<RegistryImportPreview>(await app.call('units.importPreview', { fileName, base64 }));

describe('units.importPreview / importCommit: the registry file read back', () => {
  it('leaves the units already there, creates the new ones (a commune and its village from the file), one audit entry for the batch', async () => {
    const d = await district();
    const base64 = await registryWith([
      ['', 'Xã Thử Nghiệm', 'Xã', d.name, 'Có', 'Xã Thử', '0260 3861 234', '', '', '', 'Đang hoạt động'],
      ['', 'Thôn Mới Một', 'Thôn', 'Xã Thử Nghiệm', '', '', '', '', '', '', ''],
      ['', 'Thôn Cũ', 'Thôn', 'Xã Thử Nghiệm', '', '', '', '', '', '', 'Đã lưu trữ'],
    ]);
    const before = app.count('units');
    const checked = await preview(base64);
    const districts = dataOf<UnitPage>(await app.call('units.list', { kind: 'district' })).rows.length;
    expect(checked.counts).toEqual({ total: districts + 3, new: 2, existing: districts, skipped: 1, errors: 0 });
    expect(checked.rows.find((r) => r.name === 'Thôn Mới Một')).toMatchObject({
      kind: 'village',
      parentName: 'Xã Thử Nghiệm',
      status: 'new',
    });
    expect(app.count('units')).toBe(before);

    const audited = app.count('audit_log');
    expect(dataOf(await app.call('units.importCommit', { fileName: 'danh-ba.xlsx', base64 }))).toEqual({
      created: 2,
      existing: districts,
      skipped: 1,
    });
    expect(app.count('units')).toBe(before + 2);
    const commune = dataOf<UnitPage>(await app.call('units.list', { query: 'Xã Thử Nghiệm' })).rows[0];
    expect(commune).toMatchObject({ kind: 'commune', parentId: d.id, ethnicMinorityArea: true, phone: '0260 3861 234' });
    const village = dataOf<UnitPage>(await app.call('units.list', { kind: 'village', parentId: commune.id })).rows;
    expect(village.map((v) => v.name)).toEqual(['Thôn Mới Một']);
    // One entry for the units, one for the other name; each unit's history shows its own part.
    expect(app.count('audit_log') - audited).toBe(2);
    expect(app.count('audit_log', "entity = 'unit' AND batch = 1")).toBe(1);
    const history = dataOf<AuditEntry[]>(await app.call('audit.forUnit', { unitId: village[0].id }));
    expect(history.map((e) => [e.entity, e.action, e.entityId])).toEqual([['unit', 'create', village[0].id]]);
    expect(history[0].after).toMatchObject({ name: 'Thôn Mới Một', parentId: commune.id });
    const communeHistory = dataOf<AuditEntry[]>(await app.call('audit.forUnit', { unitId: commune.id }));
    expect(communeHistory.map((e) => [e.entity, e.action])).toEqual([
      ['unit-alias', 'create'],
      ['unit', 'create'],
    ]);
    // Imported again, everything is already there.
    expect((await preview(base64)).counts).toMatchObject({ new: 0, errors: 0 });
  });

  it('names each bad row in Vietnamese and writes nothing while any row is wrong', async () => {
    const d = await district();
    const base64 = await registryWith(
      [
        ['', 'Xã Tốt', 'Xã', d.name, '', '', '', '', '', '', ''],
        ['', 'Xã Lạ', 'Khu phố cổ', d.name, '', '', '', '', '', '', ''],
        ['', 'Thôn Mồ Côi', 'Thôn', 'Xã Không Có Thật', '', '', '', '', '', '', ''],
        [d.code ?? '', 'Huyện Khác Tên', 'Huyện', 'Tỉnh Kon Tum', '', '', '', '', '', '', ''],
        ['', 'Xã Tốt', 'Xã', d.name, '', '', '', '', '', '', ''],
        ['', 'Xã Thư Lỗi', 'Xã', d.name, '', '', '', 'không-phải-email', '', '', ''],
      ],
      { kind: 'province' },
    );
    const checked = await preview(base64);
    const errorsOf = (name: string, index = 0) => checked.rows.filter((r) => r.name === name)[index]?.errors;
    expect(errorsOf('Xã Tốt')).toEqual([]);
    expect(errorsOf('Xã Lạ')).toEqual([msg.unknownType('Khu phố cổ')]);
    expect(errorsOf('Thôn Mồ Côi')).toEqual([msg.parentNotFound('Xã Không Có Thật')]);
    expect(errorsOf('Huyện Khác Tên')).toEqual([msg.codeOther(d.code as string, d.name)]);
    expect(errorsOf('Xã Tốt', 1)).toEqual([msg.rowTwice(checked.rows.find((r) => r.name === 'Xã Tốt')?.rowNumber as number)]);
    expect(errorsOf('Xã Thư Lỗi')?.[0]).toMatch(/Thư điện tử/);
    expect(checked.counts.errors).toBe(5);

    const units = app.count('units');
    const audit = app.count('audit_log');
    const refused = await app.call('units.importCommit', { fileName: 'danh-ba.xlsx', base64 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: msg.refused(5) } });
    expect([app.count('units'), app.count('audit_log')]).toEqual([units, audit]);
  });

  it('keeps two wards whose names differ only by a tone mark apart when their codes differ (Phường Sa Pa, Phường Sa Pả)', async () => {
    const d = await district();
    const base64 = await registryWith([
      ['03001', 'Phường Sa Pa', 'Phường', d.name, '', '', '', '', '', '', ''],
      ['03002', 'Phường Sa Pả', 'Phường', d.name, '', '', '', '', '', '', ''],
      ['', 'Phường Sa Pa', 'Phường', d.name, '', '', '', '', '', '', ''],
    ]);
    const checked = await preview(base64);
    const wards = checked.rows.filter((r) => r.name.startsWith('Phường Sa P'));
    expect(wards.map((r) => [r.code, r.status, r.errors])).toEqual([
      ['03001', 'new', []],
      ['03002', 'new', []],
      // Without a code the third row cannot be told from the first.
      [null, 'error', [msg.rowTwice(wards[0].rowNumber)]],
    ]);
    const fixed = await registryWith([
      ['03001', 'Phường Sa Pa', 'Phường', d.name, '', '', '', '', '', '', ''],
      ['03002', 'Phường Sa Pả', 'Phường', d.name, '', '', '', '', '', '', ''],
    ]);
    expect(dataOf(await app.call('units.importCommit', { fileName: 'danh-ba.xlsx', base64: fixed }))).toMatchObject({ created: 2 });
    const under = dataOf<UnitPage>(await app.call('units.list', { kind: 'commune', parentId: d.id, query: 'sa pa' })).rows;
    expect(under.map((u) => u.code).sort()).toEqual(['03001', '03002']);
    // Read back, each is already there as itself.
    expect((await preview(fixed)).counts).toMatchObject({ new: 0, errors: 0 });
  });

  it('reads the CSV export too, and refuses a file that is not the registry', async () => {
    const d = await district();
    const csv = dataOf<{ base64: string }>(await app.call('units.exportCsv', { kind: 'district' }));
    const text = Buffer.from(csv.base64, 'base64').toString('utf8') + `,"Xã Từ CSV, Mới",Xã,${d.name},,,,,,,\r\n`;
    const base64 = Buffer.from(text, 'utf8').toString('base64');
    const checked = await preview(base64, 'danh-ba.csv');
    expect(checked.rows.at(-1)).toMatchObject({ name: 'Xã Từ CSV, Mới', status: 'new', parentName: d.name });
    expect(dataOf(await app.call('units.importCommit', { fileName: 'danh-ba.csv', base64 }))).toMatchObject({ created: 1 });

    const junk = Buffer.from('a,b,c\r\n1,2,3\r\n').toString('base64');
    expect(await app.call('units.importPreview', { fileName: 'x.csv', base64: junk })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: msg.noHeader },
    });
    expect(await app.call('units.importPreview', { fileName: 'x.xlsx', base64: junk })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: msg.unreadable },
    });
    expect(await app.call('units.importPreview', { fileName: 'x.pdf', base64: junk })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('bulk writes: one audit entry per batch that still names every row', () => {
  it('villages.importCommit writes every village in one entry, found under each village', async () => {
    const communes = dataOf<UnitPage>(await app.call('units.list', { kind: 'commune' })).rows.slice(0, 3);
    const rows = communes.flatMap((c, i) => [
      { name: `Thôn Lô ${i}A`, commune: c.code as string },
      { name: `Thôn Lô ${i}B`, commune: c.code as string },
    ]);
    const audit = app.count('audit_log');
    expect(dataOf(await app.call('villages.importCommit', { rows }))).toEqual({ created: 6 });
    expect(app.count('audit_log') - audit).toBe(1);
    const created = dataOf<UnitPage>(await app.call('units.list', { kind: 'village', query: 'Thôn Lô' })).rows;
    expect(created).toHaveLength(6);
    const entry = app.ctx.db.prepare('SELECT MAX(id) FROM audit_log').pluck().get() as number;
    expect(linkedIds(app.ctx.db, entry).sort((x, y) => x - y)).toEqual(created.map((v) => v.id).sort((x, y) => x - y));
    for (const village of created) {
      const [entry] = dataOf<AuditEntry[]>(await app.call('audit.forEntity', { entity: 'unit', entityId: village.id }));
      expect(entry).toMatchObject({
        entity: 'unit',
        entityId: village.id,
        action: 'create',
        before: null,
        after: { id: village.id, name: village.name },
      });
    }
  });

  it('a bad row of a bulk write leaves nothing: no unit, no audit entry', async () => {
    const commune = dataOf<UnitPage>(await app.call('units.list', { kind: 'commune' })).rows[0];
    const units = app.count('units');
    const audit = app.count('audit_log');
    const blank = {
      code: null,
      kind: 'village' as const,
      adminType: 'Thôn',
      ethnicMinorityArea: false,
      headName: '',
      phone: '',
      email: '',
      address: '',
      notes: '',
    };
    expect(() =>
      app.ctx.services.units.createBulk([
        { ...blank, name: 'Thôn Một', parentId: commune.id },
        { ...blank, name: 'Thôn Hai', parentId: 999_999 },
      ]),
    ).toThrow(unitMessages.parentNotFound);
    expect([app.count('units'), app.count('audit_log'), app.count('audit_links')]).toEqual([units, audit, 0]);
  });
});
