import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { historyMessages } from '../../electron/main/services/unit-history/messages';
import { unitMessages } from '../../electron/main/services/units/messages';
import type { SuccessorLink } from '../../shared/domain/unit-history';
import type { Unit } from '../../shared/domain/units';
import { dumpHash } from '../support/db-dump';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const RESOLUTION = { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' };
const QUANG_NGAI = { code: '51', name: 'Tỉnh Quảng Ngãi', kind: 'province', adminType: 'Tỉnh', parentId: null } as const;

/** Calls a channel expecting a refusal with this code and message, and the database left exactly as it was. */
async function refused(channel: string, input: unknown, code: string, message: string) {
  const before = dumpHash(app.ctx.db);
  const answer = await app.callRaw(channel, input);
  expect(answer).toMatchObject({ ok: false, error: { code, message } });
  expect(dumpHash(app.ctx.db)).toBe(before);
}

describe('one province per database', () => {
  it('units.create of a second province is refused, naming the province there; nothing written', async () => {
    await refused('units.create', QUANG_NGAI, 'CONFLICT', unitMessages.secondProvince('Tỉnh Kon Tum'));
    expect(app.count('units', "kind = 'province'")).toBe(1);
  });

  it('units.update cannot turn another unit into a province', async () => {
    const agency = dataOf<Unit>(await app.call('units.create', { name: 'Sở Nội vụ', kind: 'agency', adminType: 'Sở', parentId: null }));
    await refused(
      'units.update',
      { ...QUANG_NGAI, code: '', id: agency.id, version: agency.version },
      'CONFLICT',
      unitMessages.secondProvince('Tỉnh Kon Tum'),
    );
    // The province itself can still be edited.
    const konTum = dataOf<Unit>(await app.call('units.get', { id: app.idOfCode('62') }));
    const edited = dataOf<Unit>(
      await app.call('units.update', {
        id: konTum.id,
        version: konTum.version,
        code: '62',
        name: 'Tỉnh Kon Tum',
        kind: 'province',
        adminType: 'Tỉnh',
        parentId: null,
        phone: '0260 3862 000',
      }),
    );
    expect(edited.phone).toBe('0260 3862 000');
  });

  it('a province created as the successor of the one there: unit, link, validity and audit in one operation', async () => {
    const konTum = app.idOfCode('62');
    const link = dataOf<SuccessorLink>(
      await app.call('unitHistory.createSuccessor', {
        predecessorId: konTum,
        relation: 'merged_into',
        unit: QUANG_NGAI,
        effectiveDate: '01/07/2025',
        decision: RESOLUTION,
      }),
    );
    expect(link).toMatchObject({
      relation: 'merged_into',
      effectiveDate: '2025-07-01',
      predecessor: { id: konTum, validTo: '2025-06-30' },
    });
    expect(link.successor.name).toBe('Tỉnh Quảng Ngãi');
    expect(app.count('units', "kind = 'province'")).toBe(2);
    expect(app.count('audit_log', "entity = 'unit' AND action = 'create' AND entity_id = ?", link.successor.id)).toBe(1);
    expect(app.count('audit_log', "entity = 'unit-successor' AND action = 'create'")).toBe(1);

    // Kon Tum has its successor: a second successor province is refused, and plain creation still is.
    await refused(
      'unitHistory.createSuccessor',
      {
        predecessorId: konTum,
        relation: 'merged_into',
        unit: { ...QUANG_NGAI, code: '', name: 'Tỉnh Gia Lai' },
        effectiveDate: '2025-07-01',
        decision: RESOLUTION,
      },
      'CONFLICT',
      historyMessages.provinceSucceeded('Tỉnh Kon Tum'),
    );
    await refused(
      'units.create',
      { ...QUANG_NGAI, code: '', name: 'Tỉnh Gia Lai' },
      'CONFLICT',
      unitMessages.secondProvince('Tỉnh Kon Tum'),
    );
    // The successor itself may later be renamed into a new province the same way.
    const renamed = dataOf<SuccessorLink>(
      await app.call('unitHistory.createSuccessor', {
        predecessorId: link.successor.id,
        relation: 'renamed_to',
        unit: { ...QUANG_NGAI, code: '', name: 'Tỉnh Quảng Ngãi Mới' },
        effectiveDate: '2026-01-01',
        decision: RESOLUTION,
      }),
    );
    expect(renamed.successor.validFrom).toBe('2026-01-01');
  });

  it('a failure after the unit is created (the link refused) leaves nothing: one transaction', async () => {
    const konTum = dataOf<Unit>(await app.call('units.get', { id: app.idOfCode('62') }));
    dataOf(await app.call('unitHistory.setValidity', { id: konTum.id, version: konTum.version, validFrom: '2008-01-01', validTo: null }));
    await refused(
      'unitHistory.createSuccessor',
      { predecessorId: konTum.id, relation: 'merged_into', unit: QUANG_NGAI, effectiveDate: '2007-07-01', decision: RESOLUTION },
      'VALIDATION',
      historyMessages.effectiveBeforeFounding('Tỉnh Kon Tum', '2008-01-01'),
    );
    // A successor of another kind, or with a taken code, is refused before anything is written.
    await refused(
      'unitHistory.createSuccessor',
      {
        predecessorId: konTum.id,
        relation: 'merged_into',
        unit: { ...QUANG_NGAI, kind: 'agency' },
        effectiveDate: '2025-07-01',
        decision: RESOLUTION,
      },
      'VALIDATION',
      historyMessages.differentKinds,
    );
    await refused(
      'unitHistory.createSuccessor',
      {
        predecessorId: konTum.id,
        relation: 'merged_into',
        unit: { ...QUANG_NGAI, code: '62' },
        effectiveDate: '2025-07-01',
        decision: RESOLUTION,
      },
      'CONFLICT',
      unitMessages.codeTaken('62', 'Tỉnh Kon Tum'),
    );
    expect(app.count('units', "kind = 'province'")).toBe(1);
  });

  it('the successor channel is strict and only takes a merger or a renaming', async () => {
    const base = { predecessorId: app.idOfCode('62'), unit: QUANG_NGAI, effectiveDate: '2025-07-01', decision: RESOLUTION };
    for (const input of [
      { ...base, relation: 'split_from' },
      { ...base, relation: 'merged_into', extra: 1 },
      { ...base, relation: 'merged_into', unit: { ...QUANG_NGAI, extra: 1 } },
    ]) {
      const before = dumpHash(app.ctx.db);
      expect(await app.callRaw('unitHistory.createSuccessor', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(dumpHash(app.ctx.db)).toBe(before);
    }
  });
});
