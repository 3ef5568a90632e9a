import { Group, Select } from '@mantine/core';
import type { UnitKind } from '@shared/domain/units';

import { UnitSelect } from '../units/UnitSelect';
import { criteriaText as text } from './text';

const FIRST_YEAR = 2010;
const DISTRICT: UnitKind[] = ['district'];

/** Years that can be entered, newest first; a year a district did not exist in is refused by main with the reason. */
export function yearOptions(now = new Date().getFullYear()): string[] {
  const years: string[] = [];
  for (let y = now; y >= FIRST_YEAR; y -= 1) years.push(String(y));
  return years;
}

interface Props {
  districtId: number | null;
  year: number;
  /** The ethnic-minority flags have no year. */
  withYear?: boolean;
  onDistrict: (id: number | null) => void;
  onYear: (year: number) => void;
}

/** The district (searched on the server, diacritics ignored) and the year whose grid is shown. */
export function CriteriaFilters({ districtId, year, withYear = true, onDistrict, onYear }: Props) {
  const years = yearOptions();
  // A year from the URL outside the list still shows as chosen.
  if (!years.includes(String(year))) years.unshift(String(year));
  return (
    <Group align="flex-end" gap="sm">
      <UnitSelect
        label={text.district}
        placeholder={text.districtPlaceholder}
        kinds={DISTRICT}
        archived="all"
        value={districtId === null ? null : String(districtId)}
        onChange={(value) => onDistrict(value ? Number(value) : null)}
        allowDeselect={false}
        w={280}
      />
      {withYear && (
        <Select
          label={text.year}
          data={years}
          value={String(year)}
          onChange={(value) => value && onYear(Number(value))}
          allowDeselect={false}
          w={110}
        />
      )}
    </Group>
  );
}
