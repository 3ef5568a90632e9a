import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ArchivedFilter, UnitKind, UnitListItem } from '@shared/domain/units';
import { useRef, useState } from 'react';

import { useCall } from '../../api/use-call';
import { unitsText } from './text';

const { unitSelect: text } = unitsText;

/** How many units one look-up brings: enough to scroll, never a whole country's registry. */
const PAGE = 30;

type Props = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter' | 'onChange'> & {
  /** Only units of these kinds (a parent's allowed kinds, districts for a filter). */
  kinds?: UnitKind[];
  archived?: ArchivedFilter;
  /** Units never offered (the unit itself as its own parent). */
  excludeIds?: number[];
  /** The selected unit's label when the caller already knows it (a unit's parent name); else it is read once. */
  selectedLabel?: string | null;
  /** The label of an option (communes and villages carry their parent). */
  labelOf?: (unit: UnitListItem) => string;
  onChange: (value: string | null, unit: UnitListItem | null) => void;
};

/**
 * A unit chosen from the registry, looked up on the server as the user types (units.list with the query,
 * without diacritics), a page at a time: the first page of the allowed kinds before anything is typed.
 */
export function UnitSelect({ kinds, archived = 'active', excludeIds, selectedLabel, labelOf, value, onChange, ...rest }: Props) {
  const known = useRef(new Map<string, UnitListItem>());
  const [search, setSearch] = useState<string | null>(null);
  // Nothing is read until the list is opened: a form with several pickers opens without a look-up.
  const [opened, setOpened] = useState(false);
  const [query] = useDebouncedValue((search ?? '').trim(), 250);
  const label = (unit: UnitListItem) => (labelOf ? labelOf(unit) : unit.name);
  const current = value ? known.current.get(value) : undefined;
  const shownLabel = current ? label(current) : (selectedLabel ?? '');
  const typed = search !== null && search !== shownLabel ? query : '';
  const found = useCall('units.list', { kinds, archived, query: typed || undefined, page: 1, pageSize: PAGE }, opened);
  // A selected unit the caller cannot name (an id from the address): read its name once.
  const needsName = Boolean(value) && !current && !selectedLabel;
  const named = useCall('units.list', { ids: value ? [Number(value)] : [], archived: 'all', pageSize: 1 }, needsName);
  for (const unit of [...(found.data?.rows ?? []), ...(named.data?.rows ?? [])]) known.current.set(String(unit.id), unit);
  const selected = value ? known.current.get(value) : undefined;
  const selectedText = selected ? label(selected) : (selectedLabel ?? '');

  const excluded = new Set(excludeIds ?? []);
  const data = (found.data?.rows ?? [])
    .filter((unit) => !excluded.has(unit.id))
    .map((unit) => ({ value: String(unit.id), label: label(unit) }));
  if (value && !data.some((option) => option.value === value) && selectedText) data.unshift({ value, label: selectedText });

  return (
    <Select
      {...rest}
      value={value}
      data={data}
      searchable
      // The server already matched the typed text, without diacritics.
      filter={({ options }) => options}
      searchValue={search ?? selectedText}
      onSearchChange={setSearch}
      onDropdownOpen={() => {
        setOpened(true);
        rest.onDropdownOpen?.();
      }}
      nothingFoundMessage={found.loading ? unitsText.tree.loading : text.nothing}
      onChange={(next) => {
        setSearch(null);
        onChange(next, next ? (known.current.get(next) ?? null) : null);
      }}
      onBlur={(event) => {
        setSearch(null);
        rest.onBlur?.(event);
      }}
    />
  );
}
