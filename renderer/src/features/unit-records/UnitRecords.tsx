import { Alert, Badge, Button, Divider, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LEVELS_BY_KIND } from '@shared/domain/criteria';
import type { UnitDetail } from '@shared/domain/units';
import { formatDate } from '@shared/format/date';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { useMemo, useState } from 'react';

import { useCall } from '../../api/use-call';
import { RecognitionModal } from './RecognitionModal';
import { unitRecordsText as text } from './text';
import { UnitCriteriaYear } from './UnitCriteriaYear';
import { recordYears } from './years';

/**
 * A commune's, village's or district's new-rural record on its page: the criteria met in a chosen
 * year and the recognition decisions of every year. Other kinds of unit have no such record.
 */
export function UnitRecords({ unit }: { unit: UnitDetail }) {
  const years = useMemo(() => recordYears(), []);
  const [year, setYear] = useState(years[1] ?? years[0]);
  const sets = useCall('criteria.sets', {});
  const recognitions = useCall('recognitions.forUnit', { unitId: unit.id });
  const [editing, edit] = useDisclosure(false);

  if (!LEVELS_BY_KIND[unit.kind]) return null;
  const ofYear = recognitions.data?.find((recognition) => recognition.year === year);
  const sorted = [...(recognitions.data ?? [])].sort((a, b) => b.year - a.year);

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
      {sets.data && <UnitCriteriaYear unit={unit} year={year} sets={sets.data} />}
      <Divider my="md" />
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{text.recognition.title}</Text>
            <Badge variant="light">{text.recognition.current(LEVEL_LABELS[ofYear?.level ?? 'none'])}</Badge>
          </Group>
          {!unit.archived && (
            <Button size="xs" variant="light" onClick={edit.open}>
              {text.recognition.edit}
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <RecognitionModal
        opened={editing}
        onClose={edit.close}
        unit={unit}
        year={year}
        current={ofYear}
        onSaved={() => recognitions.reload()}
      />
    </Paper>
  );
}
