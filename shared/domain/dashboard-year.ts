import type { Target, TargetTrend } from './targets';

interface Period {
  startYear: number;
  endYear: number;
}

/** Whether a year falls in the movement's period (a year outside it means "the default year"). */
export function inPeriod(movement: Period, year: number): boolean {
  return Number.isInteger(year) && year >= movement.startYear && year <= movement.endYear;
}

export function periodYears(movement: Period): number[] {
  const years: number[] = [];
  for (let year = movement.startYear; year <= movement.endYear; year += 1) years.push(year);
  return years;
}

/**
 * Years in which something was entered. Recognition levels stay in force until another decision,
 * so a level target has a value in every later year: for those only a change counts as a record;
 * criteria counts and income exist only in the years they were entered.
 */
export function yearsWithRecords(trend: TargetTrend[], targets: Target[]): Set<number> {
  const metric = new Map(targets.map((t) => [t.id, t.definition.metric]));
  const years = new Set<number>();
  for (const line of trend) {
    const carried = metric.get(line.targetId) === 'level-count' || metric.get(line.targetId) === 'level-share';
    let previous: number | null = null;
    for (const point of line.points) {
      if (point.value !== null && (!carried || point.value !== previous)) years.add(point.year);
      previous = point.value;
    }
  }
  return years;
}

/** The year the dashboard opens on: the latest year up to this one that has records, else this year kept inside the period. */
export function defaultYear(movement: Period, recorded: Set<number>, currentYear: number): number {
  const candidates = periodYears(movement).filter((year) => year <= currentYear && recorded.has(year));
  if (candidates.length > 0) return candidates[candidates.length - 1];
  return Math.min(Math.max(currentYear, movement.startYear), movement.endYear);
}
