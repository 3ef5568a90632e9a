import { ActionIcon, Button, Checkbox, Group, Modal, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { AgendaCandidate, CouncilSession } from '@shared/domain/council';
import { IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { councilText } from './text';

const text = councilText.picker;

interface Props {
  session: CouncilSession;
  opened: boolean;
  onClose: () => void;
  onSaved: (session: CouncilSession) => void;
}

interface Chosen {
  id: number;
  nomineeName: string;
  awardName: string;
  /** Items already voted stay on the agenda. */
  locked: boolean;
}

/** The agenda: nominations at "Trình Hội đồng" searched on the server without diacritics, ticked in, saved at once. */
export function AgendaPicker({ session, opened, onClose, onSaved }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={text.title} size="xl" closeOnClickOutside={false}>
      {opened && <PickerBody session={session} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function PickerBody({ session, onClose, onSaved }: Omit<Props, 'opened'>) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useCall('sessions.candidates', { query, limit: 50 });
  const [chosen, setChosen] = useState<Chosen[]>(() =>
    session.agenda.map((item) => ({
      id: item.nominationId,
      nomineeName: item.nomineeName,
      awardName: item.awardName,
      locked: item.vote !== null || item.history.length > 0,
    })),
  );
  const [saving, setSaving] = useState(false);
  const ids = new Set(chosen.map((c) => c.id));
  const toggle = (candidate: AgendaCandidate, checked: boolean) =>
    setChosen((list) =>
      checked
        ? [...list, { id: candidate.id, nomineeName: candidate.nomineeName, awardName: candidate.awardName, locked: false }]
        : list.filter((c) => c.id !== candidate.id || c.locked),
    );

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('sessions.setAgenda', {
        sessionId: session.id,
        version: session.version,
        nominationIds: chosen.map((c) => c.id),
      });
      notifications.show({ color: 'green', message: text.saved(saved.agenda.length) });
      onSaved(saved);
      onClose();
    } catch (error) {
      const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      notifications.show({ color: 'red', message });
    } finally {
      setSaving(false);
    }
  };

  const candidates = found.data ?? [];
  return (
    <Stack gap="sm">
      <TextInput
        label={text.search}
        description={text.searchHint}
        leftSection={<IconSearch size={16} />}
        value={search}
        data-autofocus
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <ScrollArea.Autosize mah={320} type="auto">
        <Table striped verticalSpacing={6} aria-label={text.tableLabel}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>{text.columns.nominee}</Table.Th>
              <Table.Th>{text.columns.award}</Table.Th>
              <Table.Th>{text.columns.unit}</Table.Th>
              <Table.Th>{text.columns.round}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((candidate) => (
              <Table.Tr key={candidate.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={text.add(candidate.nomineeName)}
                    checked={ids.has(candidate.id)}
                    disabled={chosen.some((c) => c.id === candidate.id && c.locked)}
                    onChange={(event) => toggle(candidate, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td fw={500}>{candidate.nomineeName}</Table.Td>
                <Table.Td>{candidate.awardName}</Table.Td>
                <Table.Td>{candidate.proposingUnitName}</Table.Td>
                <Table.Td>{candidate.roundName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {found.data && candidates.length === 0 && (
          <Text c="dimmed" size="sm" p="sm">
            {text.none}
          </Text>
        )}
      </ScrollArea.Autosize>
      <Text size="sm" fw={500}>
        {text.current} ({text.chosen(chosen.length)})
      </Text>
      <Stack gap={4}>
        {chosen.map((c, index) => (
          <Group key={c.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {index + 1}. {c.nomineeName} — {c.awardName}
            </Text>
            {!c.locked && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={text.remove(c.nomineeName)}
                title={text.remove(c.nomineeName)}
                onClick={() => setChosen((list) => list.filter((other) => other.id !== c.id))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {councilText.cancel}
        </Button>
        <Button loading={saving} onClick={() => void save()}>
          {text.save}
        </Button>
      </Group>
    </Stack>
  );
}
