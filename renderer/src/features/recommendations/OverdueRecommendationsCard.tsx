import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { overdueCardInput } from './overdue-input';
import { recommendationsText } from './text';

const text = recommendationsText.card;

/** The dashboard's card of recommendations past their deadline today: the most overdue few, the count, a link to all. */
export function OverdueRecommendationsCard() {
  const today = todayIso();
  // The most overdue few and the count: never the whole list.
  const list = useCall('recommendations.list', overdueCardInput(today));
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={text.title}>
      <Title order={3} size="h5">
        {text.title}
        {total > 0 && (
          <Text span c="gray.7" fw={400}>
            {` (${formatNumber(total)})`}
          </Text>
        )}
      </Title>
      <Text size="xs" c="gray.7" mb="xs">
        {text.asOf(formatDate(today))}
        {' · '}
        <Anchor component={Link} to="/recommendations?overdue=1" fz="xs" underline="always">
          {text.all}
        </Anchor>
      </Text>
      {list.error ? (
        <Text size="sm" c="red.8">
          {`${text.loadFailed}: ${list.error.message}`}
        </Text>
      ) : list.data && total === 0 ? (
        <Text size="sm" c="gray.7">
          {text.empty}
        </Text>
      ) : (
        <Stack gap={4}>
          <Table verticalSpacing={4} fz="sm" aria-label={text.title}>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td w={110} c="red.9" fw={600}>
                    {formatDate(r.deadline)}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/inspections/visits/${r.visitId}`} fz="sm" underline="always">
                      {r.unitName}
                    </Anchor>
                    {`: ${r.text}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {total > rows.length && (
            <Text size="xs" c="gray.7">
              {text.more(formatNumber(total - rows.length))}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
