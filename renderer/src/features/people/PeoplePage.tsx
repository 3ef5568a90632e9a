import { ActionIcon, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Person } from '@shared/domain/inspections';
import { IconPencil, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { PersonFormModal } from './PersonFormModal';
import { peopleText as text } from './text';

/** How many people one page shows; the search narrows the rest (a province has some hundreds). */
export const PEOPLE_PAGE = 100;

type Editing = { person?: Person } | null;

/** The directory of people serving on inspection teams: search without diacritics, add, edit. */
export function PeoplePage() {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const list = useCall('people.list', { query: debounced, limit: PEOPLE_PAGE });
  const [editing, setEditing] = useState<Editing>(null);
  const people = list.data ?? [];
  const close = () => setEditing(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{text.title}</Title>
          <Text c="dimmed" size="sm">
            {text.intro}
          </Text>
        </div>
        <ListExportButton input={{ list: 'people', filters: { query: debounced, limit: PEOPLE_PAGE } }} />
      </Group>
      <Paper withBorder p="md">
        <ListSection
          list={list}
          texts={{ ...text, title: undefined }}
          onAdd={() => setEditing({})}
          toolbar={
            <TextInput
              aria-label={text.search}
              placeholder={text.searchHint}
              leftSection={<IconSearch size={16} />}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              w={280}
            />
          }
          empty={people.length === 0}
          emptyText={debounced ? text.noMatch(debounced) : text.empty}
          columns={[
            { label: text.columns.fullName, w: 220 },
            { label: text.columns.position },
            { label: text.columns.agency },
            { label: text.columns.phone, w: 140 },
            { w: 50 },
          ]}
          tableProps={{ miw: 760, striped: true, highlightOnHover: true }}
        >
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td fw={600}>{person.fullName}</Table.Td>
              <Table.Td>{person.position}</Table.Td>
              <Table.Td>{person.agency}</Table.Td>
              <Table.Td>{person.phone}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  aria-label={text.editLabel(person.fullName)}
                  title={text.editLabel(person.fullName)}
                  onClick={() => setEditing({ person })}
                >
                  <IconPencil size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListSection>
        {people.length > 0 && (
          <Text size="sm" c="dimmed" mt="xs" role="status">
            {people.length >= PEOPLE_PAGE ? text.shownLimited(people.length) : text.shown(people.length)}
          </Text>
        )}
      </Paper>
      <PersonFormModal
        opened={editing !== null}
        onClose={close}
        person={editing?.person}
        onSaved={() => list.reload()}
        onReload={() => {
          close();
          list.reload();
        }}
      />
    </Stack>
  );
}
