import { Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Person } from '@shared/domain/inspections';
import { type ReactNode, useMemo, useState } from 'react';

import { useCall } from '../../api/use-call';
import { SearchableSelect } from '../../components/SearchableSelect';
import { inspectionsText } from './text';

const { teams } = inspectionsText;

interface Props {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  /** People already known to the form (the team's members, people just added): their names show without a search. */
  known: ReadonlyMap<string, Pick<Person, 'fullName' | 'position' | 'agency'>>;
  onPicked?: (person: Person) => void;
}

/** A person of the directory, searched on the server as the user types (without diacritics). */
export function PersonPicker({ label, value, onChange, error, known, onPicked }: Props) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const selected = value ? known.get(value) : undefined;
  // The selected name in the box is not a new search: it would narrow the list to that one person.
  const typed = selected && query === selected.fullName ? '' : query;
  const found = useCall('people.list', { query: typed, limit: 20 });
  const people = useMemo(() => found.data ?? [], [found.data]);
  const data = useMemo(() => {
    const options = people.map((person) => ({ value: String(person.id), label: person.fullName }));
    if (value && selected && !options.some((option) => option.value === value)) options.unshift({ value, label: selected.fullName });
    return options;
  }, [people, value, selected]);
  const details = (id: string) => people.find((person) => String(person.id) === id) ?? known.get(id);

  return (
    <SearchableSelect
      label={label}
      placeholder={teams.pickPerson}
      data={data}
      value={value ?? null}
      error={error}
      limit={20}
      nothingFoundMessage={teams.nobody}
      onSearchChange={setSearch}
      onChange={(next) => {
        onChange(next);
        const person = people.find((candidate) => String(candidate.id) === next);
        if (person) onPicked?.(person);
      }}
      renderOption={({ option }) => {
        const person = details(option.value);
        const line = person ? [person.position, person.agency].filter(Boolean).join(', ') : '';
        return (
          <Group gap={4} wrap="nowrap">
            <div>
              <Text size="sm">{option.label}</Text>
              {line && (
                <Text size="xs" c="dimmed">
                  {line}
                </Text>
              )}
            </div>
          </Group>
        );
      }}
    />
  );
}
