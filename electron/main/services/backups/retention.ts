import type { BackupEntry } from '../../../../shared/domain/backups';

export interface RetentionPolicy {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

/** The newest few are always kept, whatever their day. */
const ALWAYS_KEEP = 3;

const dayOf = (iso: string) => iso.slice(0, 10);
const monthOf = (iso: string) => iso.slice(0, 7);

/** ISO week "2026-W48" of a timestamp (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(iso: string): string {
  const date = new Date(`${dayOf(iso)}T00:00:00Z`);
  // The Thursday of the same week decides the week's year.
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Grandfather-father-son: the newest backup of each of the last `keepDaily` days that have one, of
 * the last `keepWeekly` weeks and of the last `keepMonthly` months, plus the newest three. Returns the
 * ids to delete.
 */
export function backupsToPrune(entries: readonly BackupEntry[], policy: RetentionPolicy): string[] {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const keep = new Set(newestFirst.slice(0, ALWAYS_KEEP).map((e) => e.id));
  const byPeriod = (periodOf: (iso: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const entry of newestFirst) {
      const period = periodOf(entry.createdAt);
      if (seen.has(period)) continue;
      if (seen.size >= count) break;
      seen.add(period);
      keep.add(entry.id);
    }
  };
  byPeriod(dayOf, policy.keepDaily);
  byPeriod(isoWeekOf, policy.keepWeekly);
  byPeriod(monthOf, policy.keepMonthly);
  return newestFirst.filter((e) => !keep.has(e.id)).map((e) => e.id);
}
