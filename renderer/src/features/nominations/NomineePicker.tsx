import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Nominee, NomineeKind } from '@shared/domain/nominations';
import { foldText } from '@shared/text/fold';
import { type ReactNode, useMemo, useState } from 'react';

import { useCall } from '../../api/use-call';
import { SearchableSelect } from '../../components/SearchableSelect';
import { nominationsText } from './text';

const text = nominationsText.add;

interface Props {
  kind: NomineeKind;
  value?: string | null;
  onChange: (value: string | null) => void;
  /** A nominee chosen elsewhere (just created, a duplicate picked) shown as the option. */
  known?: Nominee | null;
  error?: ReactNode;
}

/** What tells two nominees of the same name apart: year of birth, workplace or commune. */
export function nomineeHint(nominee: Nominee): string {
  return [
    nominee.birthYear ?? nominee.birthDate?.slice(0, 4),
    nominee.position,
    nominee.workplace,
    nominee.unitName,
    nominee.village,
    nominee.commune,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A nominee of the register of one kind, searched on the server (nominees.search) as the user types. */
export function NomineePicker({ kind, value, onChange, known, error }: Props) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(foldText(search), 250);
  const [chosen, setChosen] = useState<Nominee | null>(null);
  const searching = query.length >= 2 && query !== foldText(chosen?.name ?? '');
  const found = useCall('nominees.search', { query, kind, limit: 30 }, searching);
  const nominees = useMemo(() => {
    const list = searching ? (found.data ?? []) : [];
    for (const extra of [chosen, known]) if (extra && !list.some((nominee) => nominee.id === extra.id)) list.unshift(extra);
    return list;
  }, [found.data, searching, chosen, known]);

  return (
    <SearchableSelect
      label={text.nominee}
      placeholder={text.nomineeHint}
      withAsterisk
      data={nominees.map((nominee) => ({ value: String(nominee.id), label: nominee.name }))}
      value={value ?? null}
      error={error}
      limit={30}
      nothingFoundMessage={query.length < 2 ? text.nomineeTyping : text.nomineeNothing}
      onSearchChange={setSearch}
      onChange={(next) => {
        setChosen(nominees.find((nominee) => String(nominee.id) === next) ?? null);
        onChange(next);
      }}
      renderOption={({ option }) => {
        const nominee = nominees.find((candidate) => String(candidate.id) === option.value);
        const hint = nominee ? nomineeHint(nominee) : '';
        return (
          <div>
            <Text size="sm">{option.label}</Text>
            {hint && (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            )}
          </div>
        );
      }}
    />
  );
}
