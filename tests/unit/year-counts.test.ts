import { describe, expect, it } from 'vitest';

import { YearCounts } from '../../electron/main/db/repositories/criteria';

describe('YearCounts', () => {
  it('reads each record by unit id, a record of none met as 0, and any other id as no record', () => {
    const counts = new YearCounts([
      [90_001, 3, 0],
      [90_250, 3, 19],
      [90_007, 4, 12],
    ]);
    expect(counts.size).toBe(3);
    expect([counts.count(90_001), counts.setId(90_001)]).toEqual([0, 3]);
    expect([counts.count(90_250), counts.setId(90_250)]).toEqual([19, 3]);
    expect([counts.count(90_007), counts.setId(90_007)]).toEqual([12, 4]);
    for (const absent of [1, 90_000, 90_002, 90_251, 2_000_000]) expect([counts.count(absent), counts.setId(absent)]).toEqual([null, null]);
    expect(counts.entries()).toEqual([
      [90_001, { count: 0, setId: 3 }],
      [90_007, { count: 12, setId: 4 }],
      [90_250, { count: 19, setId: 3 }],
    ]);
  });

  it('holds nothing without rows', () => {
    const none = new YearCounts([]);
    expect([none.size, none.count(1), none.setId(1), none.entries()]).toEqual([0, null, null, []]);
  });
});
