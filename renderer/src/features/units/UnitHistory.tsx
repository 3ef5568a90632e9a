import { Alert, Badge, List, Loader, Stack, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@shared/domain/audit';
import { formatDateTime } from '@shared/format/date';

import { actionLabel, changesOf } from './history';
import { relatedAction, relatedChanges, subjectOf } from './related-history';
import { unitsText } from './text';

const { history } = unitsText;

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', archive: 'gray', restore: 'teal', delete: 'red' };

interface Props {
  entries: AuditEntry[] | undefined;
  error?: string | null;
  /** Names of units by id, to show a changed parent by name. */
  unitName?: (id: number) => string | undefined;
}

function Changes({ entry, unitName }: { entry: AuditEntry; unitName?: (id: number) => string | undefined }) {
  const changes = entry.entity === 'unit' ? changesOf(entry, unitName) : relatedChanges(entry);
  if (entry.action !== 'update' && changes.length === 0) return null;
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {history.noFieldChanges}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2}>
      {changes.map((change) => (
        <List.Item key={change.field}>
          <Text span size="sm" fw={600}>
            {change.label}:
          </Text>{' '}
          {entry.action === 'create' ? (
            <Text span size="sm">
              {change.after}
            </Text>
          ) : (
            <>
              <Text span size="sm" c="dimmed" td="line-through">
                {change.before}
              </Text>
              {' → '}
              <Text span size="sm">
                {change.after}
              </Text>
            </>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The change history of a unit from the audit log, newest first: its own changes and those of its yearly
 * criteria, recognitions, incomes and successor links, each of those headed by what it is about.
 */
export function UnitHistory({ entries, error, unitName }: Props) {
  if (error)
    return (
      <Alert color="red" title={history.loadFailed}>
        {error}
      </Alert>
    );
  if (!entries) return <Loader size="sm" />;
  if (entries.length === 0) return <Text c="dimmed">{history.empty}</Text>;
  return (
    <Table verticalSpacing="xs" aria-label={history.title} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{history.time}</Table.Th>
          <Table.Th w={180}>{history.operator}</Table.Th>
          <Table.Th w={110}>{history.action}</Table.Th>
          <Table.Th>{history.changes}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td style={{ verticalAlign: 'top' }}>{formatDateTime(entry.at)}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>{entry.operator}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Badge variant="light" color={ACTION_COLORS[relatedAction(entry)] ?? 'gray'}>
                {actionLabel(relatedAction(entry))}
              </Badge>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Stack gap={2}>
                {subjectOf(entry) && (
                  <Text size="sm" fw={600}>
                    {subjectOf(entry)}
                  </Text>
                )}
                <Changes entry={entry} unitName={unitName} />
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
