import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { MovementListItem } from '../../shared/domain/movements';
import type { DashboardOpening } from '../../shared/domain/targets';
import { enterBaseline2022, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

/**
 * dashboard.open: the dashboard's first answers in one call, each exactly what its own channel answers
 * (the screen takes them as those channels' answers), for the movement and year the address names.
 */
let app: TestApp;
let seedId: number;

beforeEach(async () => {
  app = openTestApp();
  seedId = await seedMovementId(app);
  await enterBaseline2022(app);
});
afterEach(() => app.close());

async function open(input: { movementId?: number; year?: number }): Promise<DashboardOpening> {
  return dataOf<DashboardOpening>(await app.call('dashboard.open', input));
}

/** What the screen would get asking channel by channel for that movement (and year, when given). */
async function separately(movementId: number, year: number | null) {
  return {
    movements: dataOf<MovementListItem[]>(await app.call('movements.list', {})),
    targets: dataOf<unknown>(await app.call('targets.list', { movementId })),
    trend: dataOf<unknown>(await app.call('targets.trend', { movementId })),
    summary: dataOf<unknown>(await app.call('dashboard.summary', year === null ? { movementId } : { movementId, year })),
  };
}

async function createMovement(name: string, status: 'active' | 'planned'): Promise<number> {
  const created = await app.call('movements.create', {
    name,
    kind: 'thematic',
    startYear: 2021,
    endYear: 2023,
    document: { number: '', date: '', issuer: '', title: '', attachmentPath: '' },
    scopeUnitId: null,
    status,
  });
  return dataOf<{ id: number }>(created).id;
}

describe('dashboard.open', () => {
  it('opens on the first active movement with its default year, answering as the separate channels do', async () => {
    // A planned movement (listed first: the list is by name) does not take the dashboard: the seed plan (active) does.
    await createMovement('A Phong trào sắp tới', 'planned');
    expect(dataOf<MovementListItem[]>(await app.call('movements.list', {}))[0].status).toBe('planned');
    const opened = await open({});
    expect(opened.movementId).toBe(seedId);
    expect(opened.summaryYear).toBeNull();
    expect(opened.targets).toHaveLength(8);
    expect(opened).toEqual({ movementId: seedId, summaryYear: null, ...(await separately(seedId, null)) });
  });

  it('opens on the movement and year asked for; a year outside its period, or an unknown movement, falls back', async () => {
    const other = await createMovement('Phong trào chuyên đề', 'active');
    const asked = await open({ movementId: other, year: 2022 });
    expect([asked.movementId, asked.summaryYear]).toEqual([other, 2022]);
    expect(asked).toEqual({ movementId: other, summaryYear: 2022, ...(await separately(other, 2022)) });

    // 2025 is outside 2021-2023: the movement's default year, as the screen ignores it in the address.
    const outside = await open({ movementId: other, year: 2025 });
    expect([outside.movementId, outside.summaryYear]).toEqual([other, null]);
    expect(outside.summary).toEqual((await separately(other, null)).summary);

    // Not found: the one it opens on, the first active of the list (here the new one, before the seed plan by name).
    const unknown = await open({ movementId: 999_999, year: 2022 });
    const firstActive = dataOf<MovementListItem[]>(await app.call('movements.list', {})).find((m) => m.status === 'active');
    expect(firstActive?.id).toBe(other);
    expect([unknown.movementId, unknown.summaryYear]).toEqual([other, 2022]);
  });

  it('answers with the movements alone when there is none to open, and refuses bad input in Vietnamese', async () => {
    app.ctx.db.exec('PRAGMA foreign_keys = OFF; DELETE FROM movements; PRAGMA foreign_keys = ON;');
    expect(await open({})).toEqual({ movements: [], movementId: null, targets: [], trend: [], summaryYear: null, summary: null });

    for (const input of [{ movementId: -1 }, { year: 1800 }, { movementId: 1, extra: true }]) {
      const refused = await app.callRaw('dashboard.open', input);
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('VALIDATION');
        expect(refused.error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu);
      }
    }
  });
});
