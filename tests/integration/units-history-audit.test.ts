import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../shared/domain/audit';
import type { Recognition } from '../../shared/domain/criteria';
import type { SuccessorLink } from '../../shared/domain/unit-history';
import { type RuralCommune, ruralCommunes } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let communes: RuralCommune[];

beforeEach(() => {
  app = openTestApp();
  communes = ruralCommunes(app);
});
afterEach(() => app.close());

const historyOf = async (unitId: number, limit?: number) =>
  dataOf<AuditEntry[]>(await app.call('audit.forUnit', limit === undefined ? { unitId } : { unitId, limit }));
const summary = (entries: AuditEntry[]) => entries.map((entry) => [entry.entity, entry.action]);

describe('a unit page history (audit.forUnit)', () => {
  it("gathers the unit's criteria, recognitions (removed ones too), incomes and successor links, newest first, and no other unit's", async () => {
    const [a, b, c] = communes;
    const none = { number: '', date: null, signerAuthority: '' };
    await app.call('criteria.setUnitYear', { unitId: a.id, year: 2024, criteriaMet: [1, 2, 3], version: null });
    const kept = dataOf<Recognition>(
      await app.call('recognitions.set', { unitId: a.id, year: 2023, level: 'ntm', decision: none, version: null }),
    );
    const removed = dataOf<Recognition>(
      await app.call('recognitions.set', { unitId: a.id, year: 2022, level: 'ntm', decision: none, version: null }),
    );
    await app.call('recognitions.remove', { id: removed.id, version: removed.version });
    // Another commune's records stay out of it.
    await app.call('criteria.setUnitYear', { unitId: c.id, year: 2024, criteriaMet: [1], version: null });
    await app.call('recognitions.set', { unitId: c.id, year: 2023, level: 'ntm', decision: none, version: null });
    const link = dataOf<SuccessorLink>(
      await app.call('unitHistory.setSuccessor', {
        unitId: a.id,
        relation: 'merged_into',
        otherUnitId: b.id,
        effectiveDate: '2025-07-01',
        decision: { number: '1/NQ-HĐND', date: null, issuer: '' },
      }),
    );

    const history = await historyOf(a.id);
    expect(summary(history)).toEqual([
      ['unit-successor', 'create'],
      // The merger ends the older unit.
      ['unit', 'update'],
      ['recognition', 'delete'],
      ['recognition', 'create'],
      ['recognition', 'create'],
      ['unit-criteria', 'create'],
      // Setting up the province created the unit.
      ['unit', 'create'],
    ]);
    expect(history.map((entry) => entry.entityId)).toEqual([link.id, a.id, removed.id, removed.id, kept.id, a.id, a.id]);
    expect(history[2].before).toMatchObject({ unitId: a.id, year: 2022 });
    // The successor is told about the link as well, and keeps the merged unit's name as an alias;
    // the other commune sees only its own records.
    expect(summary(await historyOf(b.id))).toEqual([
      ['unit-successor', 'create'],
      ['unit-alias', 'create'],
      ['unit', 'create'],
    ]);
    expect(summary(await historyOf(c.id))).toEqual([
      ['recognition', 'create'],
      ['unit-criteria', 'create'],
      ['unit', 'create'],
    ]);
    // Removing the link is in both histories too, although the link row is gone.
    await app.call('unitHistory.removeSuccessor', { linkId: link.id });
    expect(summary(await historyOf(b.id))).toEqual([
      ['unit-successor', 'archive'],
      ['unit-successor', 'create'],
      ['unit-alias', 'create'],
      ['unit', 'create'],
    ]);
  });

  it("includes the unit's own changes and a district's incomes, and reads no more than the limit", async () => {
    const district = communes[0].districtId;
    await app.call('income.set', { unitId: district, year: 2023, amount: 40, version: null });
    await app.call('income.set', { unitId: district, year: 2024, amount: 45.5, version: null });
    const unit = dataOf<{ version: number }>(await app.call('units.get', { id: communes[1].id }));
    expect(unit.version).toBeGreaterThan(0);
    await app.call('unitHistory.setValidity', { id: communes[1].id, version: unit.version, validFrom: '2020-01-01', validTo: null });

    expect(summary(await historyOf(district))).toEqual([
      ['income', 'create'],
      ['income', 'create'],
      ['unit', 'create'],
    ]);
    expect(summary(await historyOf(district, 1))).toEqual([['income', 'create']]);
    expect(summary(await historyOf(communes[1].id))).toEqual([
      ['unit', 'update'],
      ['unit', 'create'],
    ]);
  });

  it('refuses a bad unit id or limit', async () => {
    expect(await app.call('audit.forUnit', { unitId: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.call('audit.forUnit', { unitId: 1, limit: 501 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
