import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { CHANNEL_NAMES, contract } from '../../shared/contract';
import { dumpHash } from '../support/db-dump';
import { openTestApp, type TestApp } from '../support/test-app';
import { arbitraryOf } from '../support/zod-arbitrary';

/**
 * Property: whatever a caller sends to any channel, the answer is ok or a refusal the user can act on
 * (VALIDATION, NOT_FOUND, CONFLICT; FORBIDDEN for what only the desktop app does), never INTERNAL; and a refused call leaves the database exactly
 * as it was (a hash of every row). Inputs are generated from each channel's own zod schema.
 */
const RUNS = Number(process.env.THIDUA_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.THIDUA_FUZZ_SEED ?? 20261130);

let app: TestApp;
beforeAll(() => {
  app = openTestApp();
});
afterAll(() => app.close());

const figures = { calls: 0, refused: 0, accepted: 0 };

describe('every channel under generated input', () => {
  it.each([...CHANNEL_NAMES])('%s', async (channel) => {
    const inputs = arbitraryOf(contract[channel].input as z.ZodType);
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const before = dumpHash(app.ctx.db);
        const envelope = await app.callRaw(channel, input);
        figures.calls++;
        if (envelope.ok) {
          figures.accepted++;
          return;
        }
        figures.refused++;
        expect(
          ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
          `${channel}: ${envelope.error.code} ${envelope.error.message}`,
        ).toContain(envelope.error.code);
        expect(dumpHash(app.ctx.db), `${channel} changed the database while refusing`).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('ran every channel', () => {
    console.log(
      `fuzz: ${CHANNEL_NAMES.length} channels, ${figures.calls} calls, ${figures.refused} refused, ${figures.accepted} accepted, 0 INTERNAL`,
    );
    expect(figures.calls).toBe(CHANNEL_NAMES.length * RUNS);
  });
});
