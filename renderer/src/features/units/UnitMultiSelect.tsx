import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ArchivedFilter, UnitKind } from '@shared/domain/units';
import { useRef, useState } from 'react';

import { useCall } from '../../api/use-call';
import { unitsText } from './text';

/** How many units one look-up brings. */
const PAGE = 30;

type Props = Omit<MultiSelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  kinds?: UnitKind[];
  archived?: ArchivedFilter;
  /** Names of the units already chosen (a movement's participants), so they show without a look-up. */
  knownLabels?: { value: string; label: string }[];
  /** The label of an option (communes carry their district). */
  labelOf?: (unit: { name: string; parentName: string | null }) => string;
};

/**
 * Several units chosen from the registry, each looked up on the server as the user types (units.list with
 * the query, diacritics ignored), a page at a time; the chosen ones stay listed.
 */
export function UnitMultiSelect({ kinds, archived = 'active', knownLabels = [], labelOf, value = [], ...rest }: Props) {
  const labels = useRef(new Map(knownLabels.map((option) => [option.value, option.label])));
  const [search, setSearch] = useState('');
  // Nothing is read until the list is opened.
  const [opened, setOpened] = useState(false);
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useCall('units.list', { kinds, archived, query: query || undefined, page: 1, pageSize: PAGE }, opened);
  for (const unit of found.data?.rows ?? []) labels.current.set(String(unit.id), labelOf ? labelOf(unit) : unit.name);
  const shown = new Set<string>();
  const data = [...value, ...(found.data?.rows ?? []).map((unit) => String(unit.id))]
    .filter((id) => (shown.has(id) ? false : (shown.add(id), true)))
    .map((id) => ({ value: id, label: labels.current.get(id) ?? id }));

  return (
    <MultiSelect
      {...rest}
      value={value}
      data={data}
      searchable
      // The server already matched the typed text, without diacritics.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => {
        setOpened(true);
        rest.onDropdownOpen?.();
      }}
      nothingFoundMessage={found.loading ? unitsText.tree.loading : unitsText.unitSelect.nothing}
    />
  );
}
