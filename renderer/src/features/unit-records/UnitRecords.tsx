import { ActionIcon, Alert, Badge, Button, Divider, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { LEVELS_BY_KIND, type Recognition } from '@shared/domain/criteria';
import type { UnitDetail } from '@shared/domain/units';
import { formatDate } from '@shared/format/date';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';

import { useCall } from '../../api/use-call';
import { RecognitionModal } from './RecognitionModal';
import { RemoveRecognitionDialog } from './RemoveRecognitionDialog';
import { unitRecordsText as text } from './text';
import { UnitCriteriaYear } from './UnitCriteriaYear';
import { recordYears } from './years';

/**
 * A commune's, village's or district's new-rural record on its page: the criteria met in a chosen
 * year and the recognition decisions of every year. Other kinds of unit have no such record.
 */
export function UnitRecords({
  unit,
  onChanged,
}: {
  unit: UnitDetail;
  /** After a save or removal here (the page's history shows it). */ onChanged?: () => void;
}) {
  const years = useMemo(() => recordYears(), []);
  const [year, setYear] = useState(years[1] ?? years[0]);
  const sets = useCall('criteria.sets', {});
  const recognitions = useCall('recognitions.forUnit', { unitId: unit.id });
  // undefined: dialog closed; null: adding a decision; a record: editing it.
  const [editing, setEditing] = useState<Recognition | null | undefined>(undefined);
  const [removing, setRemoving] = useState<Recognition | null>(null);

  if (!LEVELS_BY_KIND[unit.kind]) return null;
  const sorted = [...(recognitions.data ?? [])].sort((a, b) => b.year - a.year);
  // A recognition lasts until another decision: the level held in a year is the latest decision up to it.
  const held = sorted.find((recognition) => recognition.year <= year);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {text.title}
        </Title>
        <Select
          aria-label={text.year}
          w={110}
          data={years.map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
        />
      </Group>
      {sets.error && <Alert color="red">{sets.error.message}</Alert>}
      {sets.data && <UnitCriteriaYear unit={unit} year={year} sets={sets.data} onSaved={onChanged} />}
      <Divider my="md" />
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{text.recognition.title}</Text>
            <Badge variant="light">
              {text.recognition.current(year, LEVEL_LABELS[held?.level ?? 'none'], held && held.year !== year ? held.year : null)}
            </Badge>
          </Group>
          {!unit.archived && (
            <Button size="xs" variant="light" onClick={() => setEditing(null)}>
              {text.recognition.add}
            </Button>
          )}
        </Group>
        {recognitions.error && <Alert color="red">{recognitions.error.message}</Alert>}
        {sorted.length === 0 ? (
          <Text c="dimmed" size="sm">
            {text.recognition.empty}
          </Text>
        ) : (
          <Table withTableBorder striped aria-label={text.recognition.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.recognition.columns.year}</Table.Th>
                <Table.Th>{text.recognition.columns.level}</Table.Th>
                <Table.Th>{text.recognition.columns.decision}</Table.Th>
                <Table.Th>{text.recognition.columns.recordedAs}</Table.Th>
                {!unit.archived && <Table.Th>{text.recognition.columns.actions}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((recognition) => (
                <Table.Tr key={recognition.id}>
                  <Table.Td>{recognition.year}</Table.Td>
                  <Table.Td>{LEVEL_LABELS[recognition.level]}</Table.Td>
                  <Table.Td>
                    {text.recognition.decision(recognition.decision.number, formatDate(recognition.decision.date))}
                    {recognition.decision.signerAuthority ? ` (${recognition.decision.signerAuthority})` : ''}
                  </Table.Td>
                  <Table.Td>
                    {recognition.unitNameAt}
                    {recognition.districtNameAt ? `, ${recognition.districtNameAt}` : ''}
                  </Table.Td>
                  {!unit.archived && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={text.recognition.editRow(recognition.year)}
                          title={text.recognition.editRow(recognition.year)}
                          onClick={() => setEditing(recognition)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={text.recognition.removeRow(recognition.year)}
                          title={text.recognition.removeRow(recognition.year)}
                          onClick={() => setRemoving(recognition)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <RecognitionModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        unit={unit}
        defaultYear={year}
        current={editing ?? undefined}
        recorded={recognitions.data ?? []}
        onSaved={() => {
          recognitions.reload();
          onChanged?.();
        }}
      />
      <RemoveRecognitionDialog
        unitName={unit.name}
        recognition={removing}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          recognitions.reload();
          onChanged?.();
        }}
      />
    </Paper>
  );
}
