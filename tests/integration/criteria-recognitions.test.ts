import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { decodeBatchValues } from '../../electron/main/db/repositories/audit-batch-json';
import { criteriaMessages, ethnicListMessages } from '../../electron/main/services/criteria/messages';
import { withSaved } from '../../renderer/src/features/criteria/baseline-state';
import type { ListPage } from '../../shared/contract/paging';
import type {
  EthnicFlagImport,
  EthnicFlagList,
  Recognition,
  RecognitionGrid,
  RecognitionGridSave,
  RecognitionWarning,
  UnitYearCriteria,
} from '../../shared/domain/criteria';
import type { DashboardSummary, DashboardUnitRow, TargetFigure } from '../../shared/domain/targets';
import { linkedIds } from '../support/audit-links';
import { communesOfLargestDistrict, range, type RuralCommune, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let communes: RuralCommune[];
let districtId: number;
let inDistrict: RuralCommune[];

beforeEach(() => {
  app = openTestApp();
  communes = ruralCommunes(app);
  inDistrict = communesOfLargestDistrict(app);
  districtId = inDistrict[0].districtId;
});
afterEach(() => app.close());

const auditRows = (action: string) =>
  app.ctx.db.prepare("SELECT * FROM audit_log WHERE entity = 'recognition' AND action = ? ORDER BY id").all(action) as {
    id: number;
    entity_id: number;
    before_json: string | null;
    after_json: string | null;
  }[];

async function recognise(unitId: number, year: number, level: Recognition['level'], number = ''): Promise<Recognition> {
  return dataOf<Recognition>(
    await app.call('recognitions.set', { unitId, year, level, decision: { number, date: null, signerAuthority: '' }, version: null }),
  );
}

describe('editing and removing a recognition', () => {
  it('edits level, decision and year at the version read, with one audit row', async () => {
    const created = await recognise(communes[0].id, 2022, 'ntm', '100/QĐ-UBND');
    const edited = dataOf<Recognition>(
      await app.call('recognitions.update', {
        id: created.id,
        version: created.version,
        year: 2021,
        level: 'ntm',
        decision: { number: '101/QĐ-UBND', date: '2021-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' },
        note: 'Sửa năm theo quyết định gốc',
      }),
    );
    expect(edited).toMatchObject({ id: created.id, year: 2021, version: created.version + 1, note: 'Sửa năm theo quyết định gốc' });
    expect(edited.decision).toEqual({ number: '101/QĐ-UBND', date: '2021-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' });
    const [row] = auditRows('update');
    expect(row.entity_id).toBe(created.id);
    expect(JSON.parse(row.before_json as string)).toMatchObject({ year: 2022, decision: { number: '100/QĐ-UBND' } });
    expect(JSON.parse(row.after_json as string)).toMatchObject({ year: 2021, decision: { number: '101/QĐ-UBND' } });
  });

  it('refuses a stale version and a move onto a year that already has a decision, changing nothing', async () => {
    const older = await recognise(communes[0].id, 2021, 'ntm');
    const newer = await recognise(communes[0].id, 2022, 'ntm-advanced');
    const stale = await app.call('recognitions.update', { id: newer.id, version: newer.version + 1, year: 2022, level: 'ntm', note: '' });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: criteriaMessages.recognitionStale(communes[0].name, 2022) },
    });
    const taken = await app.call('recognitions.update', { id: newer.id, version: newer.version, year: 2021, level: 'ntm', note: '' });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: criteriaMessages.recognitionYearTaken(communes[0].name, 2021) },
    });
    const list = dataOf<Recognition[]>(await app.call('recognitions.forUnit', { unitId: communes[0].id }));
    expect(list.map((r) => [r.id, r.year, r.level, r.version])).toEqual([
      [older.id, 2021, 'ntm', 1],
      [newer.id, 2022, 'ntm-advanced', 1],
    ]);
    expect(auditRows('update')).toHaveLength(0);
  });

  it('removes at the version read and audits the removal in the same transaction; a stale removal changes nothing', async () => {
    const created = await recognise(communes[1].id, 2022, 'ntm', '5/QĐ-UBND');
    const stale = await app.call('recognitions.remove', { id: created.id, version: created.version + 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(app.count('recognitions', 'id = ?', created.id)).toBe(1);
    expect(auditRows('delete')).toHaveLength(0);

    expect(dataOf(await app.call('recognitions.remove', { id: created.id, version: created.version }))).toEqual({ id: created.id });
    expect(app.count('recognitions', 'id = ?', created.id)).toBe(0);
    const [row] = auditRows('delete');
    expect(row.entity_id).toBe(created.id);
    expect(JSON.parse(row.before_json as string)).toMatchObject({ level: 'ntm', decision: { number: '5/QĐ-UBND' } });
    expect(row.after_json).toBeNull();

    const again = await app.call('recognitions.remove', { id: created.id, version: created.version });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: criteriaMessages.recognitionNotFound(created.id) } });
  });
});

describe('warnings for an unlikely level (saving is still allowed)', () => {
  const warningsOf = async (unitId: number, year: number, level: Recognition['level']) =>
    dataOf<RecognitionWarning[]>(await app.call('recognitions.warnings', { unitId, year, level })).map((w) => w.code);

  it('warns on "nâng cao" without an earlier NTM decision and on "kiểu mẫu" without an earlier "nâng cao"', async () => {
    const unit = communes[2].id;
    expect(await warningsOf(unit, 2023, 'ntm')).toEqual([]);
    expect(await warningsOf(unit, 2023, 'ntm-advanced')).toEqual(['no-earlier-ntm']);
    expect(await warningsOf(unit, 2023, 'ntm-model')).toEqual(['no-earlier-advanced']);
    await recognise(unit, 2021, 'ntm');
    expect(await warningsOf(unit, 2023, 'ntm-advanced')).toEqual([]);
    // A decision of the same year is not "earlier".
    expect(await warningsOf(unit, 2021, 'ntm-advanced')).toEqual(['no-earlier-ntm']);
    expect(await warningsOf(unit, 2023, 'ntm-model')).toEqual(['no-earlier-advanced']);
    await recognise(unit, 2022, 'ntm-advanced');
    expect(await warningsOf(unit, 2023, 'ntm-model')).toEqual([]);
    // The warning is advice: the unlikely level saves.
    expect((await recognise(communes[3].id, 2023, 'ntm-model')).level).toBe('ntm-model');
  });

  it("warns when that year's criteria record has fewer than all 19 criteria met, not without a record", async () => {
    const unit = communes[4].id;
    expect(await warningsOf(unit, 2023, 'ntm')).toEqual([]);
    const first = dataOf<UnitYearCriteria>(
      await app.call('criteria.setUnitYear', { unitId: unit, year: 2023, criteriaMet: range(17), version: null }),
    );
    const warnings = dataOf<RecognitionWarning[]>(await app.call('recognitions.warnings', { unitId: unit, year: 2023, level: 'ntm' }));
    expect(warnings).toEqual([{ code: 'few-criteria', message: expect.stringContaining('mới đạt 17/19 tiêu chí') }]);
    expect(await warningsOf(unit, 2023, 'none')).toEqual([]);
    dataOf(await app.call('criteria.setUnitYear', { unitId: unit, year: 2023, criteriaMet: range(19), version: first.version }));
    expect(await warningsOf(unit, 2023, 'ntm')).toEqual([]);
  });
});

describe('bulk entry of past recognitions for a district and year', () => {
  it('lists every rural commune of the district with the level held before and the year’s decision', async () => {
    await recognise(inDistrict[0].id, 2021, 'ntm');
    await recognise(inDistrict[1].id, 2022, 'ntm', '9/QĐ');
    const grid = dataOf<RecognitionGrid>(await app.call('recognitions.forDistrictYear', { districtId, year: 2022 }));
    expect(grid.rows.map((r) => r.unitId).sort()).toEqual(inDistrict.map((c) => c.id).sort());
    const row = (id: number) => grid.rows.find((r) => r.unitId === id);
    expect(row(inDistrict[0].id)).toMatchObject({ heldBefore: 'ntm', heldBeforeYear: 2021, recognition: null });
    expect(row(inDistrict[2].id)).toMatchObject({ heldBefore: 'none', heldBeforeYear: null, recognition: null });
    expect(row(inDistrict[1].id)?.recognition).toMatchObject({ level: 'ntm', decision: { number: '9/QĐ' } });
  });

  it('saves the chosen levels with one decision in one transaction, one audit entry per change', async () => {
    const existing = await recognise(inDistrict[2].id, 2022, 'ntm', 'cũ');
    const decision = { number: '1234/QĐ-UBND', date: '2022-12-30', signerAuthority: 'Chủ tịch UBND tỉnh' };
    const loaded = dataOf<RecognitionGrid>(await app.call('recognitions.forDistrictYear', { districtId, year: 2022 }));
    const save = dataOf<RecognitionGridSave>(
      await app.call('recognitions.setDistrictYear', {
        districtId,
        year: 2022,
        rows: [
          { unitId: inDistrict[0].id, level: 'ntm', decision, version: null },
          { unitId: inDistrict[1].id, level: 'ntm', decision, version: null },
          { unitId: inDistrict[2].id, level: null, version: existing.version },
        ],
      }),
    );
    // The save answers each decision it changed (null: removed); the grid read before with them in place is the grid read afterwards.
    expect(save.saved.map((s) => s.unitId)).toEqual([inDistrict[0].id, inDistrict[1].id, inDistrict[2].id]);
    const grid = dataOf<RecognitionGrid>(await app.call('recognitions.forDistrictYear', { districtId, year: 2022 }));
    expect(withSaved(loaded, save)).toEqual(grid);
    const level = (id: number) => grid.rows.find((r) => r.unitId === id)?.recognition;
    expect(level(inDistrict[0].id)).toMatchObject({ level: 'ntm', decision });
    expect(level(inDistrict[1].id)).toMatchObject({ level: 'ntm', decision });
    expect(level(inDistrict[2].id)).toBeNull();
    // The save is audited as one entry per kind of change naming each decision: the two created, the one removed.
    expect(auditRows('create')).toHaveLength(2);
    expect(auditRows('delete')).toHaveLength(1);
    const saved = auditRows('create')[1];
    const [zero, one] = [level(inDistrict[0].id) as Recognition, level(inDistrict[1].id) as Recognition];
    expect(linkedIds(app.ctx.db, saved.id)).toEqual([zero.id, one.id]);
    // Stored by column (the decisions share their shape), read back as the decisions the save answered.
    expect(Object.keys(JSON.parse(saved.after_json as string) as object)).toEqual(['keys', 'same', 'rows']);
    expect(decodeBatchValues(saved.after_json as string)).toEqual([zero, one]);
    const history = dataOf<{ entity: string; action: string; after: unknown }[]>(
      await app.call('audit.forUnit', { unitId: inDistrict[1].id, limit: 50 }),
    );
    expect(history.filter((e) => e.entity === 'recognition')).toEqual([expect.objectContaining({ action: 'create', after: one })]);

    // Sending an unchanged row again writes and audits nothing.
    const same = level(inDistrict[0].id) as Recognition;
    dataOf(
      await app.call('recognitions.setDistrictYear', {
        districtId,
        year: 2022,
        rows: [{ unitId: same.unitId, level: 'ntm', decision, version: same.version }],
      }),
    );
    expect(app.count('audit_log', "entity = 'recognition'")).toBe(3);
  });

  it('is all or nothing: a commune of another district or a stale row leaves every commune as it was', async () => {
    const other = communes.find((c) => c.districtId !== districtId) as RuralCommune;
    const outside = await app.call('recognitions.setDistrictYear', {
      districtId,
      year: 2022,
      rows: [
        { unitId: inDistrict[0].id, level: 'ntm', version: null },
        { unitId: other.id, level: 'ntm', version: null },
      ],
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(outside.ok || outside.error.fields?.[0]?.path).toBe('rows.1.unitId');

    const existing = await recognise(inDistrict[1].id, 2022, 'ntm');
    const stale = await app.call('recognitions.setDistrictYear', {
      districtId,
      year: 2022,
      rows: [
        { unitId: inDistrict[0].id, level: 'ntm', version: null },
        { unitId: inDistrict[1].id, level: 'ntm-advanced', version: existing.version + 1 },
      ],
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(app.count('recognitions')).toBe(1);
    expect(app.count('audit_log', "entity = 'recognition'")).toBe(1);
  });
});

describe('bulk entry of the ethnic-minority-area flag', () => {
  it('lists the district’s communes and villages and saves only the changes, one audit entry per unit', async () => {
    const list = dataOf<EthnicFlagList>(await app.call('baseline.ethnicFlags', { districtId }));
    expect(list.rows.filter((r) => r.kind === 'commune').length).toBeGreaterThanOrEqual(inDistrict.length);
    expect(list.rows.every((r) => !r.ethnicMinorityArea)).toBe(true);
    const [a, b, c] = list.rows;
    const before = app.count('audit_log', "entity = 'unit'");
    const saved = dataOf<EthnicFlagList>(
      await app.call('baseline.setEthnicFlags', {
        districtId,
        changes: [
          { unitId: a.unitId, ethnicMinorityArea: true, version: a.version },
          { unitId: b.unitId, ethnicMinorityArea: true, version: b.version },
          { unitId: c.unitId, ethnicMinorityArea: false, version: c.version },
        ],
      }),
    );
    expect(saved.rows.filter((r) => r.ethnicMinorityArea).map((r) => r.unitId)).toEqual([a.unitId, b.unitId]);
    expect(app.count('audit_log', "entity = 'unit'") - before).toBe(2);
  });

  it('refuses a stale unit and writes none of the other changes', async () => {
    const [a, b] = dataOf<EthnicFlagList>(await app.call('baseline.ethnicFlags', { districtId })).rows;
    const audited = app.count('audit_log', "entity = 'unit'");
    const result = await app.call('baseline.setEthnicFlags', {
      districtId,
      changes: [
        { unitId: a.unitId, ethnicMinorityArea: true, version: a.version },
        { unitId: b.unitId, ethnicMinorityArea: true, version: b.version + 1 },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: criteriaMessages.unitStale(b.name) } });
    expect(app.count('units', 'ethnic_minority_area = 1')).toBe(0);
    // The first unit's flag and its audit row were written by the units service inside this call's transaction: both roll back.
    expect(app.count('audit_log', "entity = 'unit'")).toBe(audited);
  });
});

describe('the ethnic-minority-area list read from XLSX', () => {
  async function listFile(header: string[], rows: unknown[][]): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(['DANH SÁCH XÃ, THÔN VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ']);
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  it('finds units by name with or without "Xã", reads the flag column with the grid’s values, and writes nothing', async () => {
    const [a, b] = inDistrict;
    const base64 = await listFile(
      ['STT', 'Tên đơn vị', 'Vùng đồng bào DTTS'],
      [
        [1, a.name.replace(/^Xã /u, ''), 'x'],
        [2, b.name, 'không'],
        [3, 'Xã Không Có Thật', 'x'],
        [4, a.name, 'y'],
      ],
    );
    const result = dataOf<EthnicFlagImport>(await app.call('baseline.readEthnicList', { districtId, base64 }));
    expect(result.rows.map((r) => [r.rowNumber, r.unitId, r.ethnicMinorityArea])).toEqual([
      [3, a.id, true],
      [4, b.id, false],
      [5, null, true],
      [6, a.id, null],
    ]);
    expect(result.rows[2].errors).toEqual([ethnicListMessages.unknownUnit(5, 'Xã Không Có Thật')]);
    expect(result.rows[3].errors).toEqual([ethnicListMessages.badFlag(6, 'y')]);
    expect(result.errorCount).toBe(2);
    expect(app.count('units', 'ethnic_minority_area = 1')).toBe(0);
  });

  it('without a flag column every listed unit is in the area', async () => {
    const base64 = await listFile(
      ['Mã đơn vị', 'Tên đơn vị'],
      [
        [inDistrict[0].code, ''],
        ['', inDistrict[1].name],
      ],
    );
    const result = dataOf<EthnicFlagImport>(await app.call('baseline.readEthnicList', { districtId, base64 }));
    expect(result.errorCount).toBe(0);
    expect(result.rows.map((r) => [r.unitId, r.ethnicMinorityArea])).toEqual([
      [inDistrict[0].id, true],
      [inDistrict[1].id, true],
    ]);
  });
});

describe('the dashboard on a new database and the "no gain" rule', () => {
  it('says which baseline data are missing instead of showing 0/85 as a result', async () => {
    const movementId = await seedMovementId(app);
    const empty = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2022 }));
    expect(empty.baseline).toEqual({ criteriaRecords: 0, recognitions: 0, ethnicFlags: 0 });
    await recognise(communes[0].id, 2021, 'ntm');
    dataOf(await app.call('criteria.setUnitYear', { unitId: communes[1].id, year: 2022, criteriaMet: range(12), version: null }));
    const some = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2022 }));
    expect(some.baseline).toEqual({ criteriaRecords: 1, recognitions: 1, ethnicFlags: 0 });
  });

  it('counts "no gain" only among communes with last year’s record; the others are "chưa có số liệu năm trước"', async () => {
    const movementId = await seedMovementId(app);
    const [stayed, gained, fresh, full] = communes;
    const set = (unitId: number, year: number, n: number) =>
      app.call('criteria.setUnitYear', { unitId, year, criteriaMet: range(n), version: null });
    dataOf(await set(stayed.id, 2022, 14));
    dataOf(await set(stayed.id, 2023, 14));
    dataOf(await set(gained.id, 2022, 14));
    dataOf(await set(gained.id, 2023, 15));
    dataOf(await set(fresh.id, 2023, 10));
    dataOf(await set(full.id, 2022, 19));
    dataOf(await set(full.id, 2023, 19));
    const summary = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2023 }));
    expect(summary.noGain.total).toBe(1);
    expect(summary.noGain.lowest.map((u) => u.id)).toEqual([stayed.id]);
    expect(summary.noPreviousRecord.total).toBe(1);
    expect(summary.noPreviousRecord.lowest.map((u) => u.id)).toEqual([fresh.id]);
    const four = summary.targets.find((t) => t.code === '4') as TargetFigure;
    expect(four).toMatchObject({ numerator: 1, denominator: 2, unitCount: 1 });
    const fourUnits = dataOf<ListPage<DashboardUnitRow>>(
      await app.call('dashboard.units', {
        movementId,
        year: 2023,
        list: { kind: 'target', targetId: four.targetId },
        page: 1,
        pageSize: 50,
      }),
    );
    expect(fourUnits.rows.map((u) => u.id)).toEqual([stayed.id]);
    expect(four.method).toContain('không tăng tiêu chí');
    expect(four.method).not.toContain('tăng dưới');
  });
});
