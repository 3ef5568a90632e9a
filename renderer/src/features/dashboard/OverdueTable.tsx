import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import type { OverdueItem } from '@shared/domain/movements';
import { formatDate } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { Link } from 'react-router';

import { dashboardText } from './text';

const { overdue: text } = dashboardText;

/** Documents units still owe for the movement's milestones, most overdue first. */
export function OverdueTable({ items, asOf, movementId }: { items: OverdueItem[]; asOf: string; movementId: number }) {
  const sorted = [...items].sort((a, b) => b.daysOverdue - a.daysOverdue);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={text.title}>
      <Title order={3} size="h5">
        {text.title}
        {items.length > 0 && (
          <Text span c="dimmed" fw={400}>
            {` (${formatNumber(items.length)})`}
          </Text>
        )}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {text.asOf(formatDate(asOf))}
        {items.length > 0 && (
          <>
            {' · '}
            <Anchor component={Link} to={`/movements/${movementId}?tab=submissions`} fz="xs">
              {text.receiveLink}
            </Anchor>
          </>
        )}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {text.empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640} maxHeight={360}>
          <Table striped verticalSpacing={4} fz="sm" stickyHeader aria-label={text.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.unit}</Table.Th>
                <Table.Th>{text.milestone}</Table.Th>
                <Table.Th>{text.due}</Table.Th>
                <Table.Th ta="right">{text.days}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((item) => (
                <Table.Tr key={`${item.milestoneId}-${item.unitId ?? 'all'}`}>
                  <Table.Td>
                    {item.unitId === null ? (
                      item.unitName
                    ) : (
                      <Anchor component={Link} to={`/units/${item.unitId}`} fz="sm">
                        {item.unitName}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{item.milestoneTitle}</Table.Td>
                  <Table.Td>{formatDate(item.dueDate)}</Table.Td>
                  <Table.Td ta="right">{text.daysValue(formatNumber(item.daysOverdue))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
