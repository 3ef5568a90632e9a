import { Button, Group, Select, TextInput } from '@mantine/core';
import { documentTypeName } from '@shared/text/document-types';
import { IconSearch } from '@tabler/icons-react';

import { documentsText } from './text';

const text = documentsText.filters;

export interface DocumentFilterValues {
  year: number | null;
  type: string | null;
  status: 'issued' | 'cancelled' | null;
  query: string;
}

export const emptyFilters: DocumentFilterValues = { year: null, type: null, status: null, query: '' };

interface Props {
  value: DocumentFilterValues;
  years: number[];
  types: string[];
  onChange: (next: DocumentFilterValues) => void;
}

/** Year, type, status and search over the register. */
export function DocumentFilters({ value, years, types, onChange }: Props) {
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={text.search}
        placeholder={text.searchPlaceholder}
        leftSection={<IconSearch size={16} />}
        value={value.query}
        onChange={(event) => onChange({ ...value, query: event.currentTarget.value })}
        style={{ flex: 1, minWidth: 240 }}
      />
      <Select
        label={text.year}
        placeholder={text.allYears}
        data={years.map((year) => ({ value: String(year), label: String(year) }))}
        value={value.year === null ? null : String(value.year)}
        onChange={(next) => onChange({ ...value, year: next ? Number(next) : null })}
        clearable
        w={170}
      />
      <Select
        label={text.type}
        placeholder={text.allTypes}
        data={types.map((type) => ({ value: type, label: documentTypeName(type) }))}
        value={value.type}
        onChange={(next) => onChange({ ...value, type: next })}
        clearable
        w={180}
      />
      <Select
        label={text.status}
        placeholder={text.allStatuses}
        data={[
          { value: 'issued', label: text.issued },
          { value: 'cancelled', label: text.cancelled },
        ]}
        value={value.status}
        onChange={(next) => onChange({ ...value, status: next === 'issued' || next === 'cancelled' ? next : null })}
        clearable
        w={160}
      />
      <Button variant="subtle" onClick={() => onChange(emptyFilters)}>
        {text.reset}
      </Button>
    </Group>
  );
}
