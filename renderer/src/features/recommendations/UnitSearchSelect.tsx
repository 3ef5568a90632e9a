import { Select, type SelectProps } from '@mantine/core';
import { useRef, useState } from 'react';

import { useCall } from '../../api/use-call';
import { recommendationsText } from './text';

export interface UnitOption {
  value: string;
  label: string;
}

type Props = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  /** Units offered before anything is typed (the inspected unit); the selected one must be among them or found. */
  initialOptions?: UnitOption[];
};

/**
 * A unit chosen by typing part of its name: the units are looked up in the database (units.search ignores case
 * and diacritics), twenty at a time, so the list never holds a whole country's units.
 */
export function UnitSearchSelect({ initialOptions = [], value, onChange, ...rest }: Props) {
  const known = useRef(new Map(initialOptions.map((o) => [o.value, o.label])));
  const selectedLabel = (value && known.current.get(value)) || '';
  const [search, setSearch] = useState<string | null>(null);
  const query = (search ?? '').trim();
  const found = useCall('units.search', { query, limit: 20 }, query.length > 0 && search !== selectedLabel);
  const results = found.data?.map((unit) => ({ value: String(unit.id), label: unit.name })) ?? [];
  for (const option of results) known.current.set(option.value, option.label);
  const seen = new Set<string>();
  const data = [...(search === null || search === selectedLabel ? initialOptions : []), ...results].filter((option) =>
    seen.has(option.value) ? false : (seen.add(option.value), true),
  );
  if (value && !seen.has(value) && selectedLabel) data.unshift({ value, label: selectedLabel });

  return (
    <Select
      {...rest}
      value={value}
      data={data}
      searchable
      // The database already filtered by the typed text, without diacritics.
      filter={({ options }) => options}
      searchValue={search ?? selectedLabel}
      onSearchChange={setSearch}
      nothingFoundMessage={query.length === 0 ? recommendationsText.unitSearch.typeMore : recommendationsText.unitSearch.nothing}
      onChange={(next, option) => {
        setSearch(null);
        onChange?.(next, option);
      }}
      onBlur={(event) => {
        setSearch(null);
        rest.onBlur?.(event);
      }}
    />
  );
}
