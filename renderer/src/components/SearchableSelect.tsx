import { Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';

import { foldFilter } from './fold-filter';

/** The flat { value, label } options of Select data (strings and groups included). */
function options(data: SelectProps['data']): { value: string; label: string }[] {
  return (data ?? []).flatMap((item) => {
    if (typeof item === 'string') return [{ value: item, label: item }];
    if ('group' in item) return options(item.items as SelectProps['data']);
    return [{ value: String(item.value), label: item.label }];
  });
}

/**
 * A searchable Select that ignores diacritics (foldFilter). It keeps the search text itself because
 * Mantine's controlled Select leaves the typed text in place when the option picked is the one
 * already selected ("kon tum" instead of "Tỉnh Kon Tum" until the field loses focus).
 */
export function SearchableSelect(props: SelectProps) {
  const { data, value, onOptionSubmit, onSearchChange, ...rest } = props;
  const [search, setSearch] = useState<string | null>(null);
  const selectedLabel = options(data).find((option) => option.value === value)?.label ?? '';

  return (
    <Select
      {...rest}
      data={data}
      value={value}
      searchable
      filter={foldFilter}
      searchValue={search ?? selectedLabel}
      onSearchChange={(next) => {
        setSearch(next);
        onSearchChange?.(next);
      }}
      onOptionSubmit={(picked) => {
        // Show the picked option's label, then follow the value again.
        setSearch(null);
        onOptionSubmit?.(picked);
      }}
      onBlur={(event) => {
        setSearch(null);
        rest.onBlur?.(event);
      }}
    />
  );
}
