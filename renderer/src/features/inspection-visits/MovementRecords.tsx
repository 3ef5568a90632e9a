import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { VisitMovementRecord } from '@shared/domain/inspections';
import { formatDate } from '@shared/format/date';
import { LEVEL_LABELS } from '@shared/text/movements-text';

import { visitText } from './text';

const text = visitText.records;

/** What the movement's records say about the unit (criteria met, recognitions) the round's year and the one before. */
export function MovementRecords({ records }: { records: VisitMovementRecord[] }) {
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={text.title}>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {text.title}
        </Title>
        <Text size="xs" c="gray.7">
          {text.hint}
        </Text>
        <Table fz="sm" verticalSpacing={4} aria-label={text.title} maw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{text.year}</Table.Th>
              <Table.Th w={150}>{text.criteriaMet}</Table.Th>
              <Table.Th>{text.recognitions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((record) => (
              <Table.Tr key={record.year}>
                <Table.Td>{record.year}</Table.Td>
                <Table.Td>{record.criteriaMet ?? text.none}</Table.Td>
                <Table.Td>
                  {record.recognitions.length === 0
                    ? text.none
                    : record.recognitions
                        .map((r) => `${LEVEL_LABELS[r.level]} (${text.decision(r.decision.number, formatDate(r.decision.date))})`)
                        .join('; ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
