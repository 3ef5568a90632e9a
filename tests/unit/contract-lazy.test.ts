import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { CHANNEL_NAMES, contract } from '../../shared/contract';
import { builtOnFirstUse, optionalText } from '../../shared/contract/common';
import { channel } from '../../shared/contract/define';

describe('channel input schemas built on first use', () => {
  it('builds a channel schema on its first read only, then answers the same schema', () => {
    let builds = 0;
    const spec = channel<{ id: number }>()(() => {
      builds += 1;
      return z.object({ id: z.number() }).strict();
    });
    expect(builds).toBe(0);
    const first = spec.input;
    expect(spec.input).toBe(first);
    expect(builds).toBe(1);
    expect(first.safeParse({ id: 1, extra: true }).success).toBe(false);
  });

  it('gives every channel of the contract a schema, the same one on each read', () => {
    for (const name of CHANNEL_NAMES) {
      const input = contract[name].input;
      expect(input, name).toBeInstanceOf(z.ZodType);
      expect(contract[name].input, name).toBe(input);
    }
  });
});

describe('a field schema built on first use (builtOnFirstUse)', () => {
  it('builds once, then checks through the built schema: values, messages and paths as the schema itself gives them', async () => {
    let builds = 0;
    const row = builtOnFirstUse(() => {
      builds += 1;
      return z.object({ unitId: z.number().int().positive('Mã không hợp lệ'), number: optionalText('Số quyết định', 5) }).strict();
    });
    const plain = z.array(
      z.object({ unitId: z.number().int().positive('Mã không hợp lệ'), number: optionalText('Số quyết định', 5) }).strict(),
    );
    const rows = z.array(row);
    expect(builds).toBe(0);
    const inputs: unknown[] = [
      [{ unitId: 1, number: ' 12 ' }],
      [{ unitId: 1 }, { unitId: -3, number: '123456' }, { unitId: 2, extra: 1 }],
      [{ unitId: 1, number: '12' }, 'hàng', null],
      [],
    ];
    for (let pass = 0; pass < 3; pass++)
      for (const input of inputs) {
        const ours = rows.safeParse(input);
        const theirs = plain.safeParse(input);
        expect(ours.success).toBe(theirs.success);
        if (ours.success && theirs.success) expect(ours.data).toEqual(theirs.data);
        else
          expect(ours.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
            theirs.error?.issues.map((i) => [i.path.join('.'), i.message]),
          );
      }
    expect(builds).toBe(1);
    expect(rows.safeParse([{ unitId: -1 }]).error?.issues.map((i) => i.path.join('.'))).toEqual(['0.unitId']);
    // Wrapped (optional, nullable) and checked asynchronously as well.
    expect(row.optional().safeParse(undefined).success).toBe(true);
    expect(row.nullable().safeParse({ unitId: 0 }).success).toBe(false);
    await expect(rows.parseAsync([{ unitId: 4, number: ' 7 ' }])).resolves.toEqual([{ unitId: 4, number: '7' }]);
  });

  it('checks through whatever check the built schema has now, not the one it had on the first check', () => {
    // zod replaces a container's check after its first run (its probe for recursive schemas steps aside once it
    // has found none); a lazy that kept the first one ran that probe again for every row of every later call.
    const inner = z.object({ unitId: z.number() }).strict();
    const row = builtOnFirstUse(() => inner);
    const rows = z.array(row);
    expect(rows.safeParse([{ unitId: 1 }]).success).toBe(true);
    const seen: unknown[] = [];
    const current = inner._zod.run;
    inner._zod.run = (payload, ctx) => {
      seen.push(payload.value);
      return current(payload, ctx);
    };
    expect(rows.safeParse([{ unitId: 2 }, { unitId: 3 }]).data).toEqual([{ unitId: 2 }, { unitId: 3 }]);
    expect(seen).toEqual([{ unitId: 2 }, { unitId: 3 }]);
  });

  it('refuses the same bad input on every check, the first and the later ones', () => {
    const schema = contract['recognitions.setDistrictYear'].input;
    const bad = {
      districtId: 1,
      year: 2025,
      rows: [{ unitId: 7, level: 'ntm', decision: { number: '1/QĐ', date: '31/02/2025', signerAuthority: 'UBND tỉnh' }, version: null }],
    };
    for (let pass = 0; pass < 3; pass++) {
      const result = schema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['rows.0.decision.date', 'Ngày không hợp lệ (Ngày quyết định, dd/mm/yyyy)'],
      ]);
    }
  });
});
