import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { MilestoneListItem, Submission } from '../../shared/domain/movements';
import { dumpHash } from '../support/db-dump';
import { ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

/**
 * Writes of one-per-key records (a unit's year of criteria, its recognition, its income, its
 * submission) state what they expect: the version read, or null for "no record yet".
 */
let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

type Envelope = Awaited<ReturnType<TestApp['call']>>;
const codeOf = (envelope: Envelope) => (envelope.ok ? 'OK' : envelope.error.code);

/** Each channel's create of a fresh record for the same key, given what the writer expects. */
async function writers(): Promise<Record<string, (version: number | null | undefined, note: string) => Promise<Envelope>>> {
  const [commune] = ruralCommunes(app);
  const movementId = await seedMovementId(app);
  const milestones = dataOf<MilestoneListItem[]>(await app.call('milestones.list', { movementId }));
  const plans = milestones[1];
  const [participant] = dataOf<Submission[]>(await app.call('submissions.list', { milestoneId: plans.id }));
  const district = commune.districtId;
  return {
    'criteria.setUnitYear': (version, note) =>
      app.callRaw('criteria.setUnitYear', { unitId: commune.id, year: 2024, criteriaMet: [1, 2], notes: [{ number: 1, note }], version }),
    'recognitions.set': (version, note) => app.callRaw('recognitions.set', { unitId: commune.id, year: 2024, level: 'ntm', note, version }),
    'income.set': (version, note) => app.callRaw('income.set', { unitId: district, year: 2024, amount: 45, note, version }),
    'submissions.set': (version, note) =>
      app.callRaw('submissions.set', { milestoneId: plans.id, unitId: participant.unitId, documentNumber: '12/BC', note, version }),
  };
}

describe('writes state the version they expect', () => {
  it('lets only the first of two racing creates of the same record win; the second gets CONFLICT', async () => {
    for (const [channel, write] of Object.entries(await writers())) {
      // Both writers read "no record yet" and send at once.
      const [first, second] = await Promise.all([write(null, 'Người thứ nhất'), write(null, 'Người thứ hai')]);
      expect([channel, codeOf(first), codeOf(second)]).toEqual([channel, 'OK', 'CONFLICT']);
      expect(dataOf<{ version: number }>(first).version).toBe(1);
    }
  });

  it('refuses a write without a version in the schema, with a Vietnamese message, and changes nothing', async () => {
    const all = await writers();
    const before = dumpHash(app.ctx.db);
    for (const [channel, write] of Object.entries(all)) {
      const answer = await write(undefined, 'Không rõ phiên bản');
      expect(answer.ok, channel).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.code).toBe('VALIDATION');
      expect(answer.error.fields).toContainEqual({
        path: 'version',
        message: 'Thiếu phiên bản của bản ghi đã đọc (null khi chưa có bản ghi)',
      });
    }
    expect(dumpHash(app.ctx.db)).toBe(before);
  });

  it('refuses null over an existing record as CONFLICT and leaves the record as it was', async () => {
    for (const [channel, write] of Object.entries(await writers())) {
      const created = await write(null, 'Bản gốc');
      expect(codeOf(created), channel).toBe('OK');
      const version = dataOf<{ version: number }>(created).version;
      const before = dumpHash(app.ctx.db);
      const blind = await write(null, 'Ghi đè');
      expect([channel, codeOf(blind)]).toEqual([channel, 'CONFLICT']);
      expect(dumpHash(app.ctx.db)).toBe(before);
      // The version read still works, and a number for a record that does not exist is CONFLICT too.
      expect(codeOf(await write(version, 'Sửa đúng phiên bản'))).toBe('OK');
      expect(codeOf(await write(version, 'Phiên bản cũ'))).toBe('CONFLICT');
    }
  });
});
