import { Table, Text } from '@mantine/core';
import { type TransitionEntry, VISIT_STATUS_LABELS, VISIT_STATUSES } from '@shared/domain/inspections';
import { formatDateTime } from '@shared/format/date';

import { visitText } from './text';

const text = visitText.history;

/** Every step the visit took, newest first: when, from and to, who, and the reason of a reopening. */
export function TransitionHistory({ entries }: { entries: TransitionEntry[] }) {
  if (entries.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {text.empty}
      </Text>
    );
  }
  const back = (e: TransitionEntry) => VISIT_STATUSES.indexOf(e.to) < VISIT_STATUSES.indexOf(e.from);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" verticalSpacing={6} striped aria-label={text.title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{text.at}</Table.Th>
            <Table.Th w={300}>{text.step}</Table.Th>
            <Table.Th w={160}>{text.who}</Table.Th>
            <Table.Th>{text.reason}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...entries].reverse().map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.at)}</Table.Td>
              <Table.Td fw={back(e) ? 600 : undefined} c={back(e) ? 'red.9' : undefined}>
                {text.arrow(VISIT_STATUS_LABELS[e.from], VISIT_STATUS_LABELS[e.to])}
              </Table.Td>
              <Table.Td>{e.operator}</Table.Td>
              <Table.Td>{e.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
