import { todayIso } from '@shared/format/date';

/** The address's value for every year (`?year=all`). */
export const ALL_YEARS = 'all';

/**
 * The year a list page shows, read from its address's query: `?year=2024`, `?year=all` for every year (null),
 * none for this year; `param` is the value as written. Without React or Mantine: the start-up reads use it
 * before the app's code has loaded.
 */
export function yearParam(params: URLSearchParams): { year: number | null; current: number; param: string | null } {
  const current = Number(todayIso().slice(0, 4));
  const param = params.get('year');
  const year = param === ALL_YEARS ? null : Number(param ?? current) || current;
  return { year, current, param };
}
