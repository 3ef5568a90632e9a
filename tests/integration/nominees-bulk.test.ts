import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { decodeBatchValues } from '../../electron/main/db/repositories/audit-batch-json';
import type { NomineesCreated } from '../../shared/contract/nominees';
import type { AuditEntry } from '../../shared/domain/audit';
import type { Nominee, NomineeDetail } from '../../shared/domain/nominations';
import { linkedIds } from '../support/audit-links';
import { ruralCommunes } from '../support/movements-fixture';
import { individual } from '../support/nominations-fixture';
import { dataOf, openTestApp, OPERATOR, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const call = async <T>(channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));
async function refused(channel: string, input: unknown) {
  const envelope = await app.callRaw(channel, input);
  if (envelope.ok) throw new Error(`${channel} should have been refused`);
  return envelope.error;
}

function people(count: number, unitId: number | null) {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'individual' as const,
    name: `Rơ Châm Thử ${i + 1}`,
    gender: i % 2 === 0 ? 'male' : 'female',
    birthYear: 1970 + (i % 30),
    position: 'Trưởng thôn',
    workplace: 'UBND xã Đăk Ui',
    unitId,
  }));
}

describe('nominees.createBulk', () => {
  it('creates every row in one transaction, in order, stored as nominees.create stores them', async () => {
    const unit = ruralCommunes(app)[0];
    const before = app.count('nominees');
    const rows = [
      ...people(120, unit.id),
      { kind: 'collective', name: 'Tổ  dân phố 3 ', classification: '', unitId: null, workplace: 'Phường Quyết Thắng' },
      { kind: 'household', name: 'A Thút', village: 'Thôn Kon Klor', commune: 'Xã Đăk Rơ Wa' },
    ];
    const created = await call<NomineesCreated>('nominees.createBulk', { rows });
    expect(created.ids).toHaveLength(122);
    expect(app.count('nominees')).toBe(before + 122);
    expect(new Set(created.ids).size).toBe(122);

    const first = await call<NomineeDetail>('nominees.get', { id: created.ids[0] });
    expect(first).toMatchObject({
      kind: 'individual',
      name: 'Rơ Châm Thử 1',
      birthYear: 1970,
      unitId: unit.id,
      unitName: unit.name,
      version: 1,
    });
    const collective = await call<NomineeDetail>('nominees.get', { id: created.ids[120] });
    // The boundary normalises text as for nominees.create.
    expect(collective).toMatchObject({ kind: 'collective', name: 'Tổ dân phố 3', workplace: 'Phường Quyết Thắng', unitId: null });
    const household = await call<NomineeDetail>('nominees.get', { id: created.ids[121] });
    expect(household).toMatchObject({ kind: 'household', name: 'A Thút', village: 'Thôn Kon Klor', commune: 'Xã Đăk Rơ Wa' });
  });

  it('records one audit entry naming every nominee with what was stored, shown in each nominee history', async () => {
    const unit = ruralCommunes(app)[0];
    const since = (app.ctx.db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM audit_log').get() as { n: number }).n;
    const created = await call<NomineesCreated>('nominees.createBulk', { rows: people(40, unit.id) });
    const entries = app.ctx.db.prepare('SELECT * FROM audit_log WHERE id > ?').all(since) as {
      id: number;
      entity: string;
      action: string;
      batch: number;
      operator: string;
      after_json: string;
    }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'nominee', action: 'create', batch: 1, operator: OPERATOR });
    const after = decodeBatchValues(entries[0].after_json) as Nominee[];
    expect(after.map((n) => n.id)).toEqual(created.ids);
    expect(linkedIds(app.ctx.db, entries[0].id)).toEqual(created.ids);
    // The 40 consecutive ids are named by one link row (a run), not one row each.
    expect(app.count('audit_links', 'audit_id = ?', entries[0].id)).toBe(1);
    // What the entry keeps of each nominee is what reading it back gives.
    for (const index of [0, 17, 39]) {
      const stored = await call<NomineeDetail>('nominees.get', { id: created.ids[index] });
      const { history: _h, possibleDuplicates: _d, ...plain } = stored;
      expect(after[index]).toEqual(plain);
      const history = await call<AuditEntry[]>('audit.forEntity', { entity: 'nominee', entityId: created.ids[index], limit: 10 });
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ action: 'create', before: null, after: plain });
    }
  });

  it('refuses a bad row at the boundary, naming it, and writes nothing', async () => {
    const unit = ruralCommunes(app)[0];
    const before = { nominees: app.count('nominees'), audit: app.count('audit_log') };
    const rows: Record<string, unknown>[] = people(30, unit.id);
    rows[7] = { ...rows[7], name: '   ' };
    rows[12] = { ...rows[12], birthYear: 1800 };
    const error = await refused('nominees.createBulk', { rows });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'rows.7.name', message: 'Dòng 8: Họ và tên không được để trống' },
        { path: 'rows.12.birthYear', message: 'Dòng 13: Năm sinh không được trước 1900' },
      ]),
    );
    expect(app.count('nominees')).toBe(before.nominees);
    expect(app.count('audit_log')).toBe(before.audit);

    const unknownKey = await refused('nominees.createBulk', { rows: [{ ...rows[0], nickname: 'Ba' }] });
    expect(unknownKey.fields?.[0]).toEqual({ path: 'rows.0', message: 'Dòng 1: Trường không được phép: nickname' });
    expect((await refused('nominees.createBulk', { rows: [] })).fields?.[0].message).toBe('Danh sách đối tượng trống');
    const tooMany = await refused('nominees.createBulk', { rows: people(5001, null) });
    expect(tooMany.fields?.[0].message).toBe('Tối đa 5.000 đối tượng mỗi lần; hãy chia danh sách');
  });

  it('refuses a row naming a unit that does not exist, or a birth date against its year, in the service, and writes nothing', async () => {
    const unit = ruralCommunes(app)[0];
    const before = { nominees: app.count('nominees'), audit: app.count('audit_log') };
    const rows: Record<string, unknown>[] = people(10, unit.id);
    rows[4] = { ...rows[4], unitId: 999_999 };
    const error = await refused('nominees.createBulk', { rows });
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Dòng 5: Không tìm thấy đơn vị (mã bản ghi 999999).' });
    expect(error.fields).toEqual([{ path: 'rows.4.unitId', message: 'Dòng 5: Không tìm thấy đơn vị (mã bản ghi 999999).' }]);
    rows[4] = { ...rows[4], unitId: unit.id, birthDate: '1980-05-02', birthYear: 1981 };
    const birth = await refused('nominees.createBulk', { rows });
    expect(birth.fields).toEqual([{ path: 'rows.4.birthYear', message: 'Dòng 5: Ngày sinh và năm sinh không khớp nhau.' }]);
    expect(app.count('nominees')).toBe(before.nominees);
    expect(app.count('audit_log')).toBe(before.audit);
  });

  it('makes the new nominees searchable at once, diacritics and đ ignored', async () => {
    await call<NomineesCreated>('nominees.createBulk', {
      rows: [
        { kind: 'individual', name: 'Đinh Thị Hờ Niê', birthYear: 1985 },
        { kind: 'individual', name: 'Y Blơng Kbuôr', birthYear: 1990 },
      ],
    });
    const found = await call<Nominee[]>('nominees.search', { query: 'dinh thi ho', limit: 10 });
    expect(found.map((n) => n.name)).toEqual(['Đinh Thị Hờ Niê']);
    const byWord = await call<Nominee[]>('nominees.search', { query: 'blong', limit: 10 });
    expect(byWord.map((n) => n.name)).toEqual(['Y Blơng Kbuôr']);
  });

  it('reports the created nominees that may repeat one already there (same name and kind, no different birth year or unit)', async () => {
    const unit = ruralCommunes(app)[0];
    const existing = await individual(app, 'Nguyễn Văn An', 1978);
    const created = await call<NomineesCreated>('nominees.createBulk', {
      rows: [
        { kind: 'individual', name: 'Nguyen Van An', birthYear: 1978, unitId: unit.id },
        { kind: 'individual', name: 'Nguyễn Văn An', birthYear: 1990 },
        { kind: 'individual', name: 'Trần Thị Bình' },
      ],
    });
    expect(created.possibleDuplicates).toEqual([created.ids[0]]);
    expect(existing.id).not.toBe(created.ids[0]);
  });
});
