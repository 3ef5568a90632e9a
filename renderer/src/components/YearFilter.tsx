import { Select } from '@mantine/core';
import { todayIso } from '@shared/format/date';
import { useSearchParams } from 'react-router';

import { commonText } from './text';

const ALL = 'all';

/** The years offered: from five years back to next year, and the year asked for if older. */
function yearOptions(current: number, asked: number | null) {
  const years = Array.from({ length: 7 }, (_, index) => current + 1 - index);
  if (asked !== null && !years.includes(asked)) years.push(asked);
  return [{ value: ALL, label: commonText.allYears }, ...years.map((year) => ({ value: String(year), label: String(year) }))];
}

/**
 * The year a list page shows, kept in its address: `?year=2024`, `?year=all` for every year (null), none for
 * this year. `param` is the address's value as written, for pages that keep it beside their own (a page number).
 */
export function useYearParam(): { year: number | null; current: number; param: string | null } {
  const [params] = useSearchParams();
  return yearParam(params);
}

/** useYearParam's reading of an address's query, also for asking for a page's list before it renders. */
export function yearParam(params: URLSearchParams): { year: number | null; current: number; param: string | null } {
  const current = Number(todayIso().slice(0, 4));
  const param = params.get('year');
  const year = param === ALL ? null : Number(param ?? current) || current;
  return { year, current, param };
}

/** The year picker of a list page: choosing a year replaces the address's query (this year leaves it empty). */
export function YearFilter({ label = commonText.year }: { label?: string }) {
  const [, setParams] = useSearchParams();
  const { year, current } = useYearParam();
  return (
    <Select
      label={label}
      data={yearOptions(current, year)}
      value={year === null ? ALL : String(year)}
      allowDeselect={false}
      w={180}
      onChange={(value) => setParams(value && value !== String(current) ? { year: value } : {}, { replace: true })}
    />
  );
}
