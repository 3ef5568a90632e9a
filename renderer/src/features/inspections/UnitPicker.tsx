import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { foldText } from '@shared/text/fold';
import { type ReactNode, useMemo, useState } from 'react';

import { useCall } from '../../api/use-call';
import { SearchableSelect } from '../../components/SearchableSelect';
import { inspectionsText } from './text';

const { hints } = inspectionsText.schedule;

interface Props {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  withAsterisk?: boolean;
  /** Called with the chosen unit's name (the place defaults from it). */
  onPickedName?: (name: string) => void;
}

/** A unit of the registry, searched on the server (units.search) as the user types, without diacritics. */
export function UnitPicker({ label, value, onChange, error, withAsterisk, onPickedName }: Props) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(foldText(search), 250);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const searching = query.length >= 2 && query !== foldText(chosen?.label ?? '');
  const found = useCall('units.search', { query, limit: 30, includeArchived: false }, searching);
  const data = useMemo(() => {
    const options = (searching ? (found.data ?? []) : []).map((unit) => ({
      value: String(unit.id),
      label: unit.name,
      parent: unit.parentName,
    }));
    if (chosen && !options.some((option) => option.value === chosen.value)) options.unshift({ ...chosen, parent: null });
    return options;
  }, [found.data, searching, chosen]);

  return (
    <SearchableSelect
      label={label}
      placeholder={hints.unit}
      withAsterisk={withAsterisk}
      data={data}
      value={value ?? null}
      error={error}
      limit={30}
      nothingFoundMessage={query.length < 2 ? hints.unitTyping : hints.unitNothing}
      onSearchChange={setSearch}
      onChange={(next) => {
        const option = data.find((candidate) => candidate.value === next) ?? null;
        setChosen(option && { value: option.value, label: option.label });
        onChange(next);
        if (option) onPickedName?.(option.label);
      }}
      renderOption={({ option }) => {
        // Communes of different districts may share a name: the parent tells them apart.
        const parent = data.find((candidate) => candidate.value === option.value)?.parent;
        return (
          <div>
            <Text size="sm">{option.label}</Text>
            {parent && (
              <Text size="xs" c="dimmed">
                {parent}
              </Text>
            )}
          </div>
        );
      }}
    />
  );
}
