import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { criteriaMessages } from '../../electron/main/services/criteria/messages';
import { historyMessages } from '../../electron/main/services/unit-history/messages';
import type { Recognition } from '../../shared/domain/criteria';
import type { RollUpPage } from '../../shared/domain/roll-up';
import type { TargetEvaluation } from '../../shared/domain/targets';
import type { RollUpItem, UnitHistory } from '../../shared/domain/unit-history';
import type { Unit } from '../../shared/domain/units';
import { MERGER_RESOLUTION, quangNgaiSucceedingKonTum, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

async function createUnit(fields: { name: string; kind: 'commune'; adminType: string; code?: string; parentId?: number }) {
  return dataOf<Unit>(
    await app.call('units.create', {
      code: fields.code ?? '',
      name: fields.name,
      kind: fields.kind,
      adminType: fields.adminType,
      parentId: fields.parentId ?? null,
    }),
  );
}

function validity(id: number): { valid_from: string | null; valid_to: string | null; version: number } {
  return app.ctx.db.prepare('SELECT valid_from, valid_to, version FROM units WHERE id = ?').get(id) as never;
}

describe('the 2025 reorganisation', () => {
  it('Kon Tum merged into Quảng Ngãi on 1/7/2025: validity ends the day before, records roll up to Quảng Ngãi', async () => {
    const konTum = app.idOfCode('62');
    const { province: quangNgai, link } = await quangNgaiSucceedingKonTum(app);
    expect(link).toMatchObject({
      relation: 'merged_into',
      effectiveDate: '2025-07-01',
      decision: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' },
    });
    expect(link.predecessor).toMatchObject({ id: konTum, name: 'Tỉnh Kon Tum', validTo: '2025-06-30' });
    expect(validity(quangNgai.id).valid_from).toBeNull();
    expect(app.count('audit_log', "entity = 'unit-successor' AND action = 'create'")).toBe(1);

    const history = dataOf<UnitHistory>(await app.call('unitHistory.successors', { unitId: konTum, asOf: '2025-12-31' }));
    expect(history.current.map((u) => u.name)).toEqual(['Tỉnh Quảng Ngãi']);
    expect(
      dataOf<UnitHistory>(await app.call('unitHistory.successors', { unitId: konTum, asOf: '2025-06-30' })).current.map((u) => u.id),
    ).toEqual([konTum]);
    expect(
      dataOf<UnitHistory>(await app.call('unitHistory.successors', { unitId: quangNgai.id })).predecessors.map((l) => l.predecessor.id),
    ).toEqual([konTum]);

    // The same link twice, a link back (a cycle) and a link between different levels are refused.
    const again = await app.call('unitHistory.setSuccessor', {
      unitId: konTum,
      relation: 'merged_into',
      otherUnitId: quangNgai.id,
      effectiveDate: '01/07/2025',
      decision: MERGER_RESOLUTION,
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: historyMessages.linkExists('Tỉnh Kon Tum', 'Tỉnh Quảng Ngãi') },
    });
    const wrongLevel = await app.call('unitHistory.setSuccessor', {
      unitId: ruralCommunes(app)[0].id,
      relation: 'merged_into',
      otherUnitId: quangNgai.id,
      effectiveDate: '01/07/2025',
      decision: MERGER_RESOLUTION,
    });
    expect(wrongLevel).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: historyMessages.differentKinds } });
    expect(app.count('unit_successors')).toBe(1);
  });

  it('a commune merger: old records keep the commune and district of their date and roll up to the new commune', async () => {
    const konTum = app.idOfCode('62');
    const { province: quangNgai } = await quangNgaiSucceedingKonTum(app);
    const [a, b] = ruralCommunes(app).filter((c, _, all) => c.districtId === all[0].districtId);
    const districtName = (app.ctx.db.prepare('SELECT name FROM units WHERE id = ?').get(a.districtId) as { name: string }).name;
    // Records dated before the merger.
    dataOf(
      await app.call('criteria.setUnitYear', {
        unitId: a.id,
        year: 2023,
        criteriaMet: Array.from({ length: 19 }, (_, i) => i + 1),
        version: null,
      }),
    );
    const decision = { number: '455/QĐ-UBND', date: '20/10/2023', signerAuthority: 'Chủ tịch UBND tỉnh Kon Tum' };
    dataOf<Recognition>(await app.call('recognitions.set', { unitId: a.id, year: 2023, level: 'ntm', decision, version: null }));

    // District level abolished on 1/7/2025; the two communes form a new commune of Quảng Ngãi.
    const district = validity(a.districtId);
    dataOf(
      await app.call('unitHistory.setValidity', { id: a.districtId, version: district.version, validFrom: null, validTo: '30/06/2025' }),
    );
    const merged = await createUnit({ name: 'Xã Đăk Hà', kind: 'commune', adminType: 'Xã', parentId: quangNgai.id });
    const decisionNq = { number: '1674/NQ-UBTVQH15', date: '16/06/2025', issuer: 'Ủy ban Thường vụ Quốc hội' };
    for (const old of [a, b]) {
      dataOf(
        await app.call('unitHistory.setSuccessor', {
          unitId: old.id,
          relation: 'merged_into',
          otherUnitId: merged.id,
          effectiveDate: '01/07/2025',
          decision: decisionNq,
        }),
      );
    }
    expect(validity(a.id).valid_to).toBe('2025-06-30');

    const rolled = dataOf<RollUpItem[]>(
      await app.call('unitHistory.rollUp', { unitIds: [a.id, b.id, konTum, a.districtId], asOf: '2025-12-31' }),
    );
    expect(rolled.map((r) => r.current.map((u) => u.id))).toEqual([[merged.id], [merged.id], [quangNgai.id], []]);
    const before = dataOf<RollUpItem[]>(await app.call('unitHistory.rollUp', { unitIds: [a.id], asOf: '2024-12-31' }));
    expect(before[0].current.map((u) => u.id)).toEqual([a.id]);

    const records = dataOf<RollUpPage>(await app.call('recognitions.list', { year: 2023, rollUpAsOf: '2026-01-01' })).rows;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      unitNameAt: a.name,
      districtNameAt: districtName,
      decision: { number: '455/QĐ-UBND', date: '2023-10-20' },
    });
    expect(records[0].current.map((u) => u.name)).toEqual(['Xã Đăk Hà']);

    // The old commune takes no records after it ended; it still counts for 2025 in Kon Tum's plan, not for 2026.
    const late = await app.call('criteria.setUnitYear', { unitId: a.id, year: 2026, criteriaMet: [1], version: null });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: criteriaMessages.unitNotValidInYear(a.name, 2026, '2025-06-30', null) },
    });
    const movementId = await seedMovementId(app);
    const denominator = async (year: number) =>
      (dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year })).find((t) => t.code === '3') as TargetEvaluation)
        .denominator;
    expect(await denominator(2025)).toBe(85);
    // Only these two communes were merged in this test: the other 83 still count in 2026.
    expect(await denominator(2026)).toBe(83);
  });

  it('renaming: the new name starts on the effective date and the old one ends the day before', async () => {
    const [a] = ruralCommunes(app);
    const renamed = await createUnit({ name: 'Xã Tân Lập', kind: 'commune', adminType: 'Xã', parentId: a.districtId });
    dataOf(
      await app.call('unitHistory.setSuccessor', {
        unitId: a.id,
        relation: 'renamed_to',
        otherUnitId: renamed.id,
        effectiveDate: '01/01/2024',
        decision: { number: '12/NQ-UBTVQH15', date: '10/12/2023', issuer: '' },
      }),
    );
    expect([validity(a.id).valid_to, validity(renamed.id).valid_from]).toEqual(['2023-12-31', '2024-01-01']);
    const cycle = await app.call('unitHistory.setSuccessor', {
      unitId: renamed.id,
      relation: 'renamed_to',
      otherUnitId: a.id,
      effectiveDate: '01/01/2025',
      decision: { number: '', date: '', issuer: '' },
    });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const stale = await app.call('unitHistory.setValidity', { id: a.id, version: 1, validFrom: null, validTo: null });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
