import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { CHANNEL_NAMES, contract } from '../../shared/contract';
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
