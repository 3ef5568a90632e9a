import { Button, CloseButton, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { UNIT_KINDS, type UnitKind } from '@shared/domain/units';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import { unitsText } from './text';
import { hasFilters, type UnitFilters } from './unit-filters';
import { UnitSelect } from './UnitSelect';

const DISTRICT: UnitKind[] = ['district'];

const { filters: text, search } = unitsText;

interface Props {
  filters: UnitFilters;
  /** The chosen district's name, when the screen knows it. */
  districtName: string | null;
  onChange: (next: UnitFilters) => void;
}

/** Search box (debounced) and the kind, district, EM-area and status filters. */
export function UnitFiltersBar({ filters, districtName, onChange }: Props) {
  const [query, setQuery] = useState(filters.query);
  // The query this bar last sent or saw; a different one came from outside (reset, back button)
  // and replaces what is typed, while our own debounced send never overwrites newer typing.
  const [known, setKnown] = useState(filters.query);
  if (filters.query !== known) {
    setKnown(filters.query);
    setQuery(filters.query);
  }
  const sendQuery = useDebouncedCallback((value: string) => {
    setKnown(value);
    onChange({ ...filters, query: value });
  }, 300);

  const typed = (value: string) => {
    setQuery(value);
    sendQuery(value);
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={search.label}
        placeholder={search.placeholder}
        leftSection={<IconSearch size={16} />}
        rightSection={query ? <CloseButton size="sm" aria-label={search.clear} onClick={() => typed('')} /> : null}
        value={query}
        onChange={(event) => typed(event.currentTarget.value)}
        // Leaving the box sends what is typed at once: sent later, after a click on a result, the query would
        // put the list back in the address and undo the click.
        onBlur={() => sendQuery.flush()}
        w={{ base: '100%', md: 300 }}
        type="search"
      />
      <Select
        label={text.kind}
        placeholder={text.allKinds}
        data={UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }))}
        value={filters.kind}
        onChange={(value) => onChange({ ...filters, kind: (value as UnitKind | null) ?? null })}
        clearable
        w={190}
      />
      <UnitSelect
        label={text.district}
        placeholder={text.allDistricts}
        kinds={DISTRICT}
        selectedLabel={districtName}
        value={filters.districtId ? String(filters.districtId) : null}
        onChange={(value) => onChange({ ...filters, districtId: value ? Number(value) : null })}
        clearable
        w={210}
      />
      <Select
        label={text.em}
        data={[
          { value: 'all', label: text.emAll },
          { value: 'yes', label: text.emYes },
          { value: 'no', label: text.emNo },
        ]}
        value={filters.em ?? 'all'}
        onChange={(value) => onChange({ ...filters, em: value === 'yes' || value === 'no' ? value : null })}
        allowDeselect={false}
        w={190}
      />
      <SegmentedControl
        aria-label={text.status}
        data={[
          { value: 'active', label: text.active },
          { value: 'archived', label: text.archived },
          { value: 'all', label: text.all },
        ]}
        value={filters.archived}
        onChange={(value) => onChange({ ...filters, archived: value as UnitFilters['archived'] })}
      />
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange({ query: '', kind: null, districtId: null, em: null, archived: 'active' })}
        >
          {text.reset}
        </Button>
      )}
    </Group>
  );
}
