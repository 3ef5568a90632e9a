import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { criteriaMessages } from '../../electron/main/services/criteria/messages';
import { historyMessages } from '../../electron/main/services/unit-history/messages';
import { withSaved } from '../../renderer/src/features/criteria/grid-state';
import type { UnitPage } from '../../shared/contract/units';
import type { CriteriaGrid, CriteriaGridSave, CriteriaSet, Criterion, UnitYearCriteria } from '../../shared/domain/criteria';
import type { TargetEvaluation } from '../../shared/domain/targets';
import type { VillageImportRow } from '../../shared/domain/unit-history';
import { range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const errorOf = (envelope: Awaited<ReturnType<TestApp['call']>>) => (envelope.ok ? null : envelope.error);

describe('criteria per unit and year', () => {
  it('derives the count, keeps notes, checks the version and audits every save', async () => {
    const [commune] = ruralCommunes(app);
    const first = dataOf<UnitYearCriteria>(
      await app.call('criteria.setUnitYear', {
        unitId: commune.id,
        year: 2024,
        criteriaMet: [3, 1, 2],
        notes: [{ number: 5, note: 'Thiếu phòng học' }],
        version: null,
      }),
    );
    expect(first).toMatchObject({ criteriaMet: [1, 2, 3], count: 3, version: 1, notes: [{ number: 5, note: 'Thiếu phòng học' }] });
    const second = dataOf<UnitYearCriteria>(
      await app.call('criteria.setUnitYear', { unitId: commune.id, year: 2024, criteriaMet: range(15), version: 1 }),
    );
    expect([second.count, second.version]).toEqual([15, 2]);
    const stale = await app.call('criteria.setUnitYear', { unitId: commune.id, year: 2024, criteriaMet: [], version: 1 });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', message: criteriaMessages.recordStale(commune.name, 2024) });
    expect(dataOf<UnitYearCriteria>(await app.call('criteria.getUnitYear', { unitId: commune.id, year: 2024 })).count).toBe(15);
    expect(app.count('audit_log', "entity = 'unit-criteria' AND entity_id = ?", commune.id)).toBe(2);
  });

  it('refuses criterion numbers outside the set and repeated numbers, with the field path', async () => {
    const [commune] = ruralCommunes(app);
    const unknown = errorOf(
      await app.call('criteria.setUnitYear', { unitId: commune.id, year: 2024, criteriaMet: [1, 20], version: null }),
    );
    expect(unknown?.code).toBe('VALIDATION');
    expect(unknown?.fields).toEqual([
      {
        path: 'criteriaMet.1',
        message: criteriaMessages.unknownCriterion(20, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025'),
      },
    ]);
    const repeated = errorOf(
      await app.call('criteria.setUnitYear', { unitId: commune.id, year: 2024, criteriaMet: [1, 1], version: null }),
    );
    expect(repeated?.fields?.[0]?.message).toBe('Danh sách tiêu chí đạt có số bị lặp');
    expect(app.count('unit_year_criteria')).toBe(0);
  });

  it('saves a district in one transaction: one bad row and nothing of the district is written', async () => {
    const communes = ruralCommunes(app);
    const districtId = communes[0].districtId;
    const own = communes.filter((c) => c.districtId === districtId);
    const stranger = communes.find((c) => c.districtId !== districtId) as (typeof communes)[number];
    const rows = [
      ...own.map((c) => ({ unitId: c.id, criteriaMet: range(12), version: null })),
      { unitId: stranger.id, criteriaMet: range(12), version: null },
    ];
    const result = errorOf(await app.call('criteria.setDistrictYear', { districtId, year: 2024, rows }));
    expect(result?.code).toBe('VALIDATION');
    expect(result?.fields?.[0]?.path).toBe(`rows.${own.length}.unitId`);
    expect(app.count('unit_year_criteria')).toBe(0);
  });

  it('a district save answers the records it wrote: the grid read before with them in place is the grid read afterwards', async () => {
    const [first] = ruralCommunes(app);
    const districtId = first.districtId as number;
    const inDistrict = ruralCommunes(app).filter((c) => c.districtId === districtId);
    dataOf(await app.call('criteria.setUnitYear', { unitId: inDistrict[1].id, year: 2024, criteriaMet: [2, 3], notes: [], version: null }));
    const loaded = dataOf<CriteriaGrid>(await app.call('criteria.forDistrictYear', { districtId, year: 2024 }));
    const save = dataOf<CriteriaGridSave>(
      await app.call('criteria.setDistrictYear', {
        districtId,
        year: 2024,
        rows: [{ unitId: first.id, criteriaMet: [5, 1, 3], notes: [{ number: 4, note: 'Đang hoàn thiện' }], version: null }],
      }),
    );
    expect(save.saved).toEqual([
      {
        unitId: first.id,
        year: 2024,
        setId: loaded.set.id,
        criteriaMet: [1, 3, 5],
        notes: [{ number: 4, note: 'Đang hoàn thiện' }],
        count: 3,
        version: 1,
      },
    ]);
    const read = dataOf<CriteriaGrid>(await app.call('criteria.forDistrictYear', { districtId, year: 2024 }));
    expect(withSaved(loaded, save)).toEqual(read);
    const row = (id: number) => read.rows.find((r) => r.unitId === id);
    expect(row(first.id)).toMatchObject({ criteriaMet: [1, 3, 5], notes: [{ number: 4, note: 'Đang hoàn thiện' }], count: 3, version: 1 });
    expect(row(inDistrict[1].id)).toMatchObject({ criteriaMet: [2, 3], count: 2, version: 1 });

    // The grid sends every commune: recorded rows that change nothing are left as they are (no write, no version, no audit).
    const audited = app.count('audit_log', "entity = 'unit-criteria'");
    const again = dataOf<CriteriaGridSave>(
      await app.call('criteria.setDistrictYear', {
        districtId,
        year: 2024,
        rows: read.rows
          .filter((r) => r.version !== null)
          .map((r) => ({ unitId: r.unitId, criteriaMet: r.criteriaMet, notes: r.notes, version: r.version })),
      }),
    );
    expect(again.saved).toEqual([]);
    expect(app.count('audit_log', "entity = 'unit-criteria'")).toBe(audited);
    expect(dataOf<CriteriaGrid>(await app.call('criteria.forDistrictYear', { districtId, year: 2024 }))).toEqual(read);
    // A stale version is still refused, changed or not.
    const stale = await app.call('criteria.setDistrictYear', {
      districtId,
      year: 2024,
      rows: [{ unitId: first.id, criteriaMet: [1, 3, 5], notes: [{ number: 4, note: 'Đang hoàn thiện' }], version: 2 }],
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a phường or thị trấn is not a row of the grid (the commune set applies to "Xã")', async () => {
    const ward = app.ctx.db.prepare("SELECT id, parent_id AS districtId FROM units WHERE admin_type = 'Phường' LIMIT 1").get() as {
      id: number;
      districtId: number;
    };
    const result = errorOf(
      await app.call('criteria.setDistrictYear', {
        districtId: ward.districtId,
        year: 2024,
        rows: [{ unitId: ward.id, criteriaMet: [1], version: null }],
      }),
    );
    expect(result?.code).toBe('VALIDATION');
  });

  it('the village set is edited by the province; villages then take yearly criteria', async () => {
    const sets = dataOf<CriteriaSet[]>(await app.call('criteria.sets', {}));
    const village = sets.find((s) => s.scope === 'village') as CriteriaSet;
    const national = sets.find((s) => s.scope === 'commune') as CriteriaSet;
    const added = dataOf<Criterion>(await app.call('criteria.addCriterion', { setId: village.id, name: 'Giao thông thôn', groupName: '' }));
    dataOf(await app.call('criteria.addCriterion', { setId: village.id, name: 'Nhà văn hóa thôn', groupName: '' }));
    expect(added.number).toBe(1);
    const renamed = dataOf<Criterion>(
      await app.call('criteria.updateCriterion', {
        id: added.id,
        version: added.version,
        number: 1,
        name: 'Giao thông nông thôn',
        groupName: 'Hạ tầng',
      }),
    );
    expect(renamed.name).toBe('Giao thông nông thôn');
    const fixed = errorOf(await app.call('criteria.addCriterion', { setId: national.id, name: 'Tiêu chí 20', groupName: '' }));
    expect(fixed).toEqual({ code: 'VALIDATION', message: criteriaMessages.setNotEditable(national.name) });
    const updated = dataOf<CriteriaSet>(
      await app.call('criteria.updateSet', {
        id: village.id,
        version: village.version,
        name: village.name,
        adminTypes: [],
        legalBasis: {
          number: '25/2022/QĐ-UBND',
          date: '01/09/2022',
          issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
          title: 'Bộ tiêu chí thôn, làng',
        },
        validFrom: '01/09/2022',
        validTo: '31/12/2025',
      }),
    );
    expect(updated.legalBasis).toMatchObject({ number: '25/2022/QĐ-UBND', date: '2022-09-01' });

    const [commune] = ruralCommunes(app);
    dataOf(await app.call('villages.importCommit', { rows: [{ name: 'Thôn 1', commune: commune.code, ethnicMinorityArea: true }] }));
    const thon = app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'village'").get() as { id: number };
    const saved = dataOf<UnitYearCriteria>(
      await app.call('criteria.setUnitYear', { unitId: thon.id, year: 2023, criteriaMet: [2], version: null }),
    );
    expect(saved).toMatchObject({ setId: village.id, count: 1 });
    // The set's validity now starts in September 2022: a 2021 record has no set.
    const early = errorOf(await app.call('criteria.setUnitYear', { unitId: thon.id, year: 2021, criteriaMet: [2], version: null }));
    expect(early?.message).toBe(criteriaMessages.noSetForUnit('Thôn 1', 2021));
  });
});

describe('recognitions and income', () => {
  it('refuses a level of another kind of unit and income for a commune', async () => {
    const [commune] = ruralCommunes(app);
    const wrong = errorOf(await app.call('recognitions.set', { unitId: commune.id, year: 2023, level: 'village-ntm', version: null }));
    expect(wrong?.code).toBe('VALIDATION');
    expect(wrong?.fields?.[0]?.path).toBe('level');
    const badCode = errorOf(await app.callRaw('recognitions.set', { unitId: commune.id, year: 2023, level: 'đạt' }));
    expect(badCode?.fields?.[0]).toEqual({ path: 'level', message: 'Mức công nhận không hợp lệ' });
    const income = errorOf(await app.call('income.set', { unitId: commune.id, year: 2023, amount: 40, version: null }));
    expect(income).toMatchObject({ code: 'VALIDATION', message: criteriaMessages.incomeUnitKind });
    expect(app.count('recognitions') + app.count('incomes')).toBe(0);
  });

  it('district recognitions count towards target 6; a later "none" decision revokes', async () => {
    const movementId = await seedMovementId(app);
    const districts = (app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'district' ORDER BY id").all() as { id: number }[]).map(
      (d) => d.id,
    );
    for (const id of districts.slice(0, 4))
      dataOf(
        await app.call('recognitions.set', {
          unitId: id,
          year: 2024,
          level: 'district-ntm',
          decision: { number: '1/QĐ-TTg', date: '05/03/2024', signerAuthority: 'Thủ tướng Chính phủ' },
          version: null,
        }),
      );
    const six = async (year: number) =>
      dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year })).find((t) => t.code === '6') as TargetEvaluation;
    expect(await six(2024)).toMatchObject({ value: 4, denominator: 10, status: 'met' });
    dataOf(await app.call('recognitions.set', { unitId: districts[0], year: 2025, level: 'none', note: 'Thu hồi', version: null }));
    expect((await six(2025)).value).toBe(3);
    expect((await six(2024)).value).toBe(4);
  });
});

describe('villages import and the share of ethnic-minority villages (target 1)', () => {
  it('previews row errors, refuses the whole list while any remain, then imports and counts', async () => {
    const [a, b] = ruralCommunes(app);
    const bad = [
      { name: 'Làng Kon Klor', commune: a.code, ethnicMinorityArea: true },
      { name: ' ', commune: a.code, ethnicMinorityArea: true },
      { name: 'Thôn 2', commune: 'Xã Không Có', ethnicMinorityArea: false },
      { name: 'làng kon klor', commune: a.name, ethnicMinorityArea: true },
    ];
    const preview = dataOf<VillageImportRow[]>(await app.call('villages.importPreview', { rows: bad }));
    expect(preview.map((r) => r.errors)).toEqual([
      [],
      [historyMessages.village.nameRequired],
      [historyMessages.village.communeNotFound('Xã Không Có')],
      [historyMessages.village.duplicate(1)],
    ]);
    const refused = errorOf(await app.call('villages.importCommit', { rows: bad }));
    expect(refused).toEqual({ code: 'VALIDATION', message: historyMessages.village.refused(3) });
    expect(app.count('units', "kind = 'village'")).toBe(0);

    const good = [
      { name: 'Làng Kon Klor', commune: a.code, ethnicMinorityArea: true },
      { name: 'Làng Plei Rơ', commune: String(a.id), ethnicMinorityArea: true },
      { name: 'Thôn 3', commune: b.name.replace('Xã ', ''), ethnicMinorityArea: true },
      { name: 'Thôn 4', commune: b.code, ethnicMinorityArea: true },
      { name: 'Tổ dân phố 1', commune: b.code, ethnicMinorityArea: false, adminType: 'Tổ dân phố' },
    ];
    expect(dataOf<{ created: number }>(await app.call('villages.importCommit', { rows: good }))).toEqual({ created: 5 });
    const villages = dataOf<UnitPage>(await app.call('units.list', { kind: 'village' })).rows;
    expect(villages.map((v) => v.parentId).sort()).toEqual([a.id, a.id, b.id, b.id, b.id].sort());
    expect(villages.filter((v) => v.ethnicMinorityArea)).toHaveLength(4);
    const again = dataOf<VillageImportRow[]>(await app.call('villages.importPreview', { rows: [good[0]] }));
    expect(again[0].errors).toEqual([historyMessages.village.exists('Làng Kon Klor', a.name)]);

    const movementId = await seedMovementId(app);
    const em = villages.filter((v) => v.ethnicMinorityArea);
    dataOf(await app.call('recognitions.set', { unitId: em[0].id, year: 2024, level: 'village-ntm', version: null }));
    dataOf(await app.call('recognitions.set', { unitId: em[1].id, year: 2024, level: 'village-model', version: null }));
    const result = dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year: 2024 }));
    expect(result.find((t) => t.code === '1')).toMatchObject({ value: 50, numerator: 2, denominator: 4, status: 'met' });
    expect(result.find((t) => t.code === '2')).toMatchObject({ value: 1, unitIds: [em[1].id], status: 'met' });
  });
});
