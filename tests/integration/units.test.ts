import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DATABASE_FILE_NAME } from '../../electron/main/db/connection';
import { ipcMessages } from '../../electron/main/ipc/messages';
import { unitMessages } from '../../electron/main/services/units/messages';
import type { UnitPage } from '../../shared/contract/units';
import type { AuditEntry } from '../../shared/domain/audit';
import type { Unit, UnitDetail } from '../../shared/domain/units';
import { AppError, type Envelope } from '../../shared/errors';
import { foldText } from '../../shared/text/fold';
import { dataOf, openTestApp, OPERATOR, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const village = (parentId: number, extra: Record<string, unknown> = {}) => ({
  name: 'Thôn Kon Rờ Bàng 1',
  kind: 'village' as const,
  adminType: 'Thôn',
  parentId,
  ...extra,
});

function rawUnit(id: number): Record<string, unknown> {
  return app.ctx.db.prepare('SELECT * FROM units WHERE id = ?').get(id) as Record<string, unknown>;
}

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data)}`);
  return envelope.error;
}

/** Runs a refused write and checks that neither the units nor the audit log changed. */
async function refusedWithoutChange(write: () => Promise<Envelope<unknown>>) {
  const units = app.ctx.db.prepare('SELECT * FROM units ORDER BY id').all();
  const audit = app.count('audit_log');
  const error = errorOf(await write());
  expect(app.ctx.db.prepare('SELECT * FROM units ORDER BY id').all()).toEqual(units);
  expect(app.count('audit_log')).toBe(audit);
  return error;
}

const communeDakHa = () => app.idOfCode('23500'); // Thị trấn Đắk Hà
const districtDakHa = () => app.idOfCode('615');

describe('creating units', () => {
  it('creates a village under a commune at version 1, audited with the operator from settings', async () => {
    const created = dataOf<Unit>(
      await app.call('units.create', village(communeDakHa(), { ethnicMinorityArea: true, phone: '0260 3820 111' })),
    );
    expect(created).toMatchObject({ name: 'Thôn Kon Rờ Bàng 1', kind: 'village', version: 1, archived: false, ethnicMinorityArea: true });
    const audit = dataOf<AuditEntry[]>(await app.call('audit.forEntity', { entity: 'unit', entityId: created.id }));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', before: null, operator: OPERATOR, at: created.createdAt });
    expect(audit[0].after).toMatchObject({ id: created.id, name: 'Thôn Kon Rờ Bàng 1', phone: '0260 3820 111', version: 1 });
  });

  it('stores NFD input as NFC with its folded name, through the contract and through the service', async () => {
    const nfd = 'Thôn Đắk Lấp'.normalize('NFD');
    const viaContract = dataOf<Unit>(
      await app.call('units.create', village(communeDakHa(), { name: nfd, headName: 'Y Blúp'.normalize('NFD') })),
    );
    const viaService = app.ctx.services.units.create({
      code: null,
      name: 'Làng Plei Rơ Wẽ'.normalize('NFD'),
      kind: 'village',
      adminType: 'Làng'.normalize('NFD'),
      parentId: communeDakHa(),
      ethnicMinorityArea: false,
      headName: 'A Thịnh'.normalize('NFD'),
      phone: '',
      email: '',
      address: 'Đắk Hà'.normalize('NFD'),
      notes: 'Ghi chú\ncó dấu'.normalize('NFD'),
    });
    for (const id of [viaContract.id, viaService.id]) {
      const row = rawUnit(id);
      for (const column of ['name', 'admin_type', 'head_name', 'address', 'notes']) {
        expect(row[column], column).toBe(String(row[column]).normalize('NFC'));
      }
      expect(row.name_folded).toBe(foldText(String(row.name)));
    }
    expect(rawUnit(viaContract.id)).toMatchObject({ name: 'Thôn Đắk Lấp', name_folded: 'thon dak lap', head_name: 'Y Blúp' });
    expect(rawUnit(viaService.id)).toMatchObject({ name: 'Làng Plei Rơ Wẽ', name_folded: 'lang plei ro we' });
  });

  it('requires the right kind of parent', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'Xã Mới', kind: 'commune', adminType: 'Xã', parentId: null }, unitMessages.parentRequired('Đơn vị cấp xã')],
      [village(districtDakHa()), unitMessages.parentWrongKind('Thôn, làng, tổ dân phố', 'đơn vị cấp xã')],
      [{ name: 'Tỉnh Mới', kind: 'province', adminType: 'Tỉnh', parentId: districtDakHa() }, unitMessages.parentNotAllowed('Tỉnh')],
      [village(999_999), unitMessages.parentNotFound],
    ];
    for (const [input, message] of cases) {
      const error = await refusedWithoutChange(() => app.callRaw('units.create', input));
      expect(error).toEqual({ code: 'VALIDATION', message, fields: [{ path: 'parentId', message }] });
    }
  });

  it('refuses a code already used, naming the unit, as a CONFLICT on the code field', async () => {
    const error = await refusedWithoutChange(() => app.call('units.create', village(communeDakHa(), { code: '23500' })));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(unitMessages.codeTaken('23500', 'Thị trấn Đắk Hà'));
    expect(error.fields).toEqual([{ path: 'code', message: error.message }]);
  });

  it('allows the ethnic-minority flag only on communes and villages', async () => {
    const province = app.idOfCode('62');
    for (const input of [
      { name: 'Huyện Mới', kind: 'district' as const, adminType: 'Huyện', parentId: province, ethnicMinorityArea: true },
      { name: 'Sở Nội vụ', kind: 'agency' as const, adminType: 'Sở', parentId: province, ethnicMinorityArea: true },
    ]) {
      const error = await refusedWithoutChange(() => app.call('units.create', input));
      expect(error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'ethnicMinorityArea', message: unitMessages.emFlagNotAllowed }] });
    }
    const commune = dataOf<UnitDetail>(await app.call('units.get', { id: communeDakHa() }));
    const { id, version, ...rest } = pickFields(commune);
    const updated = dataOf<Unit>(await app.call('units.update', { ...rest, id, version, ethnicMinorityArea: true }));
    expect(updated.ethnicMinorityArea).toBe(true);
  });

  it('refuses a parent that is archived', async () => {
    const parent = dataOf<Unit>(await app.call('units.create', village(communeDakHa(), { name: 'Thôn Cũ' })));
    const commune = app.idOfCode('23317');
    const archived = dataOf<Unit>(await app.call('units.archive', { id: commune, version: 1 }));
    expect(archived.archived).toBe(true);
    const error = await refusedWithoutChange(() => app.call('units.create', village(commune)));
    expect(error.message).toBe(unitMessages.parentArchived('Xã Ngọk Bay'));
    expect(parent.id).toBeGreaterThan(0);
  });
});

/** The editable fields of a unit plus id and version, as the edit form sends them. */
function pickFields(unit: Unit) {
  const { id, version, code, name, kind, adminType, parentId, ethnicMinorityArea, headName, phone, email, address, notes } = unit;
  return { id, version, code, name, kind, adminType, parentId, ethnicMinorityArea, headName, phone, email, address, notes };
}

describe('updating units', () => {
  it('increments the version on every write and keeps created_at', async () => {
    const created = dataOf<Unit>(await app.call('units.create', village(communeDakHa())));
    const updated = dataOf<Unit>(await app.call('units.update', { ...pickFields(created), phone: '0260 3861 234' }));
    const archived = dataOf<Unit>(await app.call('units.archive', { id: created.id, version: updated.version }));
    const restored = dataOf<Unit>(await app.call('units.restore', { id: created.id, version: archived.version }));
    expect([created.version, updated.version, archived.version, restored.version]).toEqual([1, 2, 3, 4]);
    expect(new Set([created.updatedAt, updated.updatedAt, archived.updatedAt, restored.updatedAt]).size).toBe(4);
    expect(restored.createdAt).toBe(created.createdAt);
    const actions = dataOf<AuditEntry[]>(await app.call('audit.forEntity', { entity: 'unit', entityId: created.id })).map((a) => a.action);
    expect(actions).toEqual(['restore', 'archive', 'update', 'create']);
  });

  it('refuses a stale version with CONFLICT, leaving the row and the audit log unchanged', async () => {
    const id = districtDakHa();
    const current = dataOf<UnitDetail>(await app.call('units.get', { id }));
    dataOf(await app.call('units.update', { ...pickFields(current), phone: '0260 1111 111' }));
    const stale = { ...pickFields(current), phone: '0260 2222 222' };
    const error = await refusedWithoutChange(() => app.call('units.update', stale));
    expect(error).toEqual({ code: 'CONFLICT', message: unitMessages.stale('Huyện Đắk Hà') });
    expect(rawUnit(id)).toMatchObject({ phone: '0260 1111 111', version: 2 });
    const archiveError = await refusedWithoutChange(() => app.call('units.archive', { id: app.idOfCode('23317'), version: 7 }));
    expect(archiveError.code).toBe('CONFLICT');
  });

  it('records before and after in the audit log, with the operator named in the settings at that time', async () => {
    const id = districtDakHa();
    const before = dataOf<UnitDetail>(await app.call('units.get', { id }));
    dataOf(await app.call('units.update', { ...pickFields(before), phone: '0260 3861 234', headName: 'Nguyễn Văn Bình' }));
    const settings = dataOf<{ version: number }>(await app.call('settings.get', {}));
    dataOf(await app.call('settings.update', { version: settings.version, operatorName: 'Trần Văn Nam' }));
    const second = dataOf<UnitDetail>(await app.call('units.get', { id }));
    dataOf(await app.call('units.update', { ...pickFields(second), email: 'ubnd@dakha.kontum.gov.vn' }));

    const rows = app.ctx.db
      .prepare("SELECT * FROM audit_log WHERE entity = 'unit' AND entity_id = ? AND action = 'update' ORDER BY id")
      .all(id) as { before_json: string; after_json: string; operator: string; at: string }[];
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[0].before_json)).toMatchObject({ phone: '', headName: '', version: 1 });
    expect(JSON.parse(rows[0].after_json)).toMatchObject({ phone: '0260 3861 234', headName: 'Nguyễn Văn Bình', version: 2 });
    expect(rows[0].operator).toBe(OPERATOR);
    expect(rows[1].operator).toBe('Trần Văn Nam');
    expect(rows[1].at).toBe(rawUnit(id).updated_at);
  });

  it('refuses a parent cycle among agencies', async () => {
    const province = app.idOfCode('62');
    const a = dataOf<Unit>(
      await app.call('units.create', { name: 'Ban Tuyên giáo', kind: 'agency', adminType: 'Ban', parentId: province }),
    );
    const b = dataOf<Unit>(
      await app.call('units.create', { name: 'Phòng Thi đua', kind: 'agency', adminType: 'Cơ quan khác', parentId: a.id }),
    );
    for (const parentId of [b.id, a.id]) {
      const error = await refusedWithoutChange(() => app.call('units.update', { ...pickFields(a), parentId }));
      expect(error).toEqual({
        code: 'VALIDATION',
        message: unitMessages.parentCycle,
        fields: [{ path: 'parentId', message: unitMessages.parentCycle }],
      });
    }
  });

  it('refuses to change the kind of a unit that has children', async () => {
    const district = dataOf<UnitDetail>(await app.call('units.get', { id: districtDakHa() }));
    const error = await refusedWithoutChange(() => app.call('units.update', { ...pickFields(district), kind: 'agency' }));
    expect(error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'kind' }] });
  });

  it("refuses to take another unit's code but keeps its own", async () => {
    const district = dataOf<UnitDetail>(await app.call('units.get', { id: districtDakHa() }));
    const error = await refusedWithoutChange(() => app.call('units.update', { ...pickFields(district), code: '23500' }));
    expect(error).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'code' }] });
    const kept = dataOf<Unit>(await app.call('units.update', { ...pickFields(district), notes: 'Giữ mã' }));
    expect(kept.code).toBe('615');
  });

  it('answers NOT_FOUND for a unit that does not exist', async () => {
    expect(errorOf(await app.call('units.get', { id: 999_999 })).code).toBe('NOT_FOUND');
    const error = await refusedWithoutChange(() => app.call('units.update', { ...village(communeDakHa()), id: 999_999, version: 1 }));
    expect(error).toEqual({ code: 'NOT_FOUND', message: unitMessages.notFound(999_999) });
  });
});

describe('archiving and restoring', () => {
  it('refuses to archive a unit with active children, then archives once they are archived', async () => {
    const districtId = districtDakHa();
    const district = dataOf<UnitDetail>(await app.call('units.get', { id: districtId }));
    expect(district.children.length).toBeGreaterThan(0);
    const error = await refusedWithoutChange(() => app.call('units.archive', { id: districtId, version: district.version }));
    expect(error).toEqual({ code: 'CONFLICT', message: unitMessages.hasActiveChildren('Huyện Đắk Hà', district.children.length) });

    for (const child of district.children) dataOf(await app.call('units.archive', { id: child.id, version: child.version }));
    const archived = dataOf<Unit>(await app.call('units.archive', { id: districtId, version: district.version }));
    expect(archived.archived).toBe(true);

    const child = district.children[0];
    const restoreError = await refusedWithoutChange(() => app.call('units.restore', { id: child.id, version: child.version + 1 }));
    expect(restoreError).toEqual({ code: 'CONFLICT', message: unitMessages.parentArchived('Huyện Đắk Hà') });

    dataOf(await app.call('units.restore', { id: districtId, version: archived.version }));
    expect(dataOf<Unit>(await app.call('units.restore', { id: child.id, version: child.version + 1 })).archived).toBe(false);
  });

  it('refuses to archive twice or to restore an active unit', async () => {
    const id = app.idOfCode('23317');
    const archived = dataOf<Unit>(await app.call('units.archive', { id, version: 1 }));
    const again = await refusedWithoutChange(() => app.call('units.archive', { id, version: archived.version }));
    expect(again).toEqual({ code: 'CONFLICT', message: unitMessages.alreadyArchived('Xã Ngọk Bay') });
    const restored = dataOf<Unit>(await app.call('units.restore', { id, version: archived.version }));
    const error = await refusedWithoutChange(() => app.call('units.restore', { id, version: restored.version }));
    expect(error).toEqual({ code: 'CONFLICT', message: unitMessages.notArchived('Xã Ngọk Bay') });
  });
});

describe('listing and details', () => {
  it('filters by kind, district, ethnic-minority flag and archived state', async () => {
    const list = async (input: Record<string, unknown>) =>
      dataOf<UnitPage>(await app.callRaw('units.list', { pageSize: 200, ...input })).rows;
    expect(await list({ kind: 'commune' })).toHaveLength(102);
    const inDistrict = await list({ districtId: districtDakHa() });
    const communesOfDakHa = app.count('units', 'parent_id = ?', districtDakHa());
    expect(inDistrict).toHaveLength(1 + communesOfDakHa);
    expect(inDistrict.every((u) => u.districtName === 'Huyện Đắk Hà')).toBe(true);
    expect(await list({ ethnicMinorityArea: true })).toEqual([]);
    dataOf(await app.call('units.archive', { id: app.idOfCode('23317'), version: 1 }));
    expect((await list({ archived: 'archived' })).map((u) => u.name)).toEqual(['Xã Ngọk Bay']);
    // 113 units of the catalogue and the 14 departments answering for the new-rural criteria.
    expect(await list({})).toHaveLength(126);
    expect(await list({ archived: 'all' })).toHaveLength(127);
  });

  it('gives a unit with its children and the chain of parents', async () => {
    const unit = dataOf<UnitDetail>(await app.call('units.get', { id: communeDakHa() }));
    expect(unit).toMatchObject({ name: 'Thị trấn Đắk Hà', parentName: 'Huyện Đắk Hà', districtName: 'Huyện Đắk Hà', children: [] });
    expect(unit.ancestors.map((a) => a.name)).toEqual(['Tỉnh Kon Tum', 'Huyện Đắk Hà']);
  });
});

describe('through the contract, bad input writes nothing', () => {
  it('refuses a malformed email, phone or empty name with Vietnamese field messages', async () => {
    const error = await refusedWithoutChange(() =>
      app.call('units.create', village(communeDakHa(), { name: '  ', email: 'vanthu.kontum.gov.vn', phone: 'không có' })),
    );
    expect(error.code).toBe('VALIDATION');
    expect(Object.fromEntries((error.fields ?? []).map((f) => [f.path, f.message]))).toEqual({
      name: 'Tên đơn vị không được để trống',
      email: 'Thư điện tử không đúng định dạng (ví dụ: vanthu@kontum.gov.vn)',
      phone: 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -',
    });
  });

  it('refuses an update carrying an unknown field', async () => {
    const district = dataOf<UnitDetail>(await app.call('units.get', { id: districtDakHa() }));
    const error = await refusedWithoutChange(() => app.callRaw('units.update', { ...pickFields(district), archived: true }));
    expect(error).toMatchObject({ code: 'VALIDATION', fields: [{ message: 'Trường không được phép: archived' }] });
  });

  it('refuses a stale settings update and audits a good one', async () => {
    const settings = dataOf<{ version: number }>(await app.call('settings.get', {}));
    dataOf(await app.call('settings.update', { version: settings.version, placeName: 'Kon Tum' }));
    const stale = await app.call('settings.update', { version: settings.version, placeName: 'Đắk Hà' });
    expect(errorOf(stale).code).toBe('CONFLICT');
    expect(dataOf<{ placeName: string; version: number }>(await app.call('settings.get', {}))).toMatchObject({
      placeName: 'Kon Tum',
      version: 2,
    });
    expect(app.count('audit_log', "entity = 'settings'")).toBe(1);
  });
});

describe('atomicity', () => {
  it('rolls the change back when its audit row cannot be written', async () => {
    app.ctx.db.exec("CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit disk full'); END");
    const district = dataOf<UnitDetail>(await app.call('units.get', { id: districtDakHa() }));
    const error = await refusedWithoutChange(() => app.call('units.update', { ...pickFields(district), phone: '0260 9999 999' }));
    expect(error).toEqual({ code: 'INTERNAL', message: ipcMessages.internal });
    const created = await refusedWithoutChange(() => app.call('units.create', village(communeDakHa())));
    expect(created.code).toBe('INTERNAL');
  });

  it('answers a clear "busy" message when another program holds the database, writing nothing', async () => {
    app.ctx.db.pragma('busy_timeout = 100');
    const other = new Database(`${app.dir}/${DATABASE_FILE_NAME}`);
    try {
      other.exec('BEGIN IMMEDIATE');
      const error = errorOf(await app.call('units.create', village(communeDakHa())));
      expect(error).toEqual({ code: 'INTERNAL', message: ipcMessages.busy });
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(app.count('units', "name = 'Thôn Kon Rờ Bàng 1'")).toBe(0);
  });

  it('service errors are AppErrors, never raw driver errors, for rule violations', () => {
    expect(() => app.ctx.services.units.archive(districtDakHa(), 1)).toThrow(AppError);
  });
});
