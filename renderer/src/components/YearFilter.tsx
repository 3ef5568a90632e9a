import { Select } from '@mantine/core';

import { useScreenParams } from '../app/screen-params';
import { commonText } from './text';
import { ALL_YEARS as ALL, yearParam } from './year-param';

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
  const [params] = useScreenParams();
  return yearParam(params);
}

/** The year picker of a list page: choosing a year replaces the address's query (this year leaves it empty). */
export function YearFilter({ label = commonText.year }: { label?: string }) {
  const [, setParams] = useScreenParams();
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
