import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatNumber } from '@shared/format/number';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { LoadError } from '../../components/LoadError';
import { agenciesText } from './text';

const text = agenciesText.list;

/** The agencies answering for criteria: what each answers for, letters sent and still unanswered. */
export function AgenciesPage() {
  const list = useCall('agencies.list', {});
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{text.title}</Title>
          <Text c="dimmed" size="sm">
            {text.intro}
          </Text>
        </div>
        <ListExportButton input={{ list: 'agencies', filters: {} }} />
      </Group>
      {list.error && <LoadError title={text.loadFailed} message={list.error.message} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <Text c="dimmed">{text.empty}</Text>}
      {list.data && list.data.length > 0 && (
        <Paper withBorder p="md">
          <Table verticalSpacing={6} highlightOnHover aria-label={text.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.columns.name}</Table.Th>
                <Table.Th>{text.columns.criteria}</Table.Th>
                <Table.Th ta="right">{text.columns.letters}</Table.Th>
                <Table.Th ta="right">{text.columns.unanswered}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((row) => (
                <Table.Tr key={row.agency.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/agencies/${row.agency.id}`} fw={600}>
                      {row.agency.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.criteria.map((c) => `${c.number}. ${c.name}`).join('; ')}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(row.letters)}</Table.Td>
                  <Table.Td ta="right">
                    {row.unanswered > 0 ? (
                      <Badge color="orange" variant="light">
                        {formatNumber(row.unanswered)}
                      </Badge>
                    ) : (
                      formatNumber(0)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
