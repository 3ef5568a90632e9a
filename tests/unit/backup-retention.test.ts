import { describe, expect, it } from 'vitest';

import { backupsToPrune, isoWeekOf } from '../../electron/main/services/backups/retention';
import type { BackupEntry } from '../../shared/domain/backups';

const entry = (createdAt: string): BackupEntry => ({
  id: createdAt,
  createdAt,
  reason: 'daily',
  sizeBytes: 1,
  fileCount: 0,
  integrity: 'ok',
  schemaVersion: 7,
  figures: [],
  mirrored: null,
});

/** One backup a day at 08:00 from `from` for `days` days. */
function daily(from: string, days: number): BackupEntry[] {
  const start = Date.parse(`${from}T08:00:00.000Z`);
  return Array.from({ length: days }, (_, i) => entry(new Date(start + i * 86_400_000).toISOString()));
}

describe('backup rotation', () => {
  it('ISO weeks: Monday starts a week, the Thursday decides its year', () => {
    expect(isoWeekOf('2026-11-30T08:00:00Z')).toBe('2026-W49');
    expect(isoWeekOf('2026-11-29T08:00:00Z')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01T08:00:00Z')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29T08:00:00Z')).toBe('2026-W01');
  });

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    const entries = daily('2025-01-01', 700);
    const pruned = new Set(backupsToPrune(entries, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }));
    const kept = entries.filter((e) => !pruned.has(e.id)).map((e) => e.createdAt.slice(0, 10));
    // 7 last days, then the newest of 3 earlier weeks (Sundays), then the last day of 11 earlier months.
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.slice(-7)).toEqual(daily('2026-11-25', 7).map((e) => e.createdAt.slice(0, 10)));
    expect(kept).toContain('2026-10-31');
    expect(kept).toContain('2026-01-31');
    expect(kept).not.toContain('2025-12-31');
    expect(kept).not.toContain('2026-01-30');
  });

  it('several backups a day: only the newest of the day counts for the day, the newest three always stay', () => {
    const day = ['2026-11-30T01:00:00.000Z', '2026-11-30T02:00:00.000Z', '2026-11-30T03:00:00.000Z', '2026-11-30T04:00:00.000Z'].map(entry);
    expect(backupsToPrune(day, { keepDaily: 1, keepWeekly: 1, keepMonthly: 1 })).toEqual(['2026-11-30T01:00:00.000Z']);
  });
});
