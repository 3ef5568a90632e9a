import { Alert, Badge, List, Loader, Table, Text } from '@mantine/core';
import type { InputOf } from '@shared/contract';
import type { AuditEntry } from '@shared/domain/audit';
import { formatDateTime } from '@shared/format/date';

import { useCall } from '../../api/use-call';
import { changesOf } from './changes';
import { historyText as text } from './text';

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', archive: 'gray', restore: 'teal' };

export type HistoryEntity = InputOf<'audit.forEntity'>['entity'];

function Changes({ entry }: { entry: AuditEntry }) {
  const changes = changesOf(entry);
  if (changes.length === 0) {
    return entry.action === 'update' ? (
      <Text size="sm" c="dimmed">
        {text.noFieldChanges}
      </Text>
    ) : null;
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
              <Text span size="sm" td="line-through">
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

/** The change history of one record from the audit log, newest first: when, who, what, old -> new. */
export function ChangeHistory({ entity, entityId }: { entity: HistoryEntity; entityId: number }) {
  const history = useCall('audit.forEntity', { entity, entityId });
  if (history.error)
    return (
      <Alert color="red" title={text.loadFailed}>
        {history.error.message}
      </Alert>
    );
  if (!history.data) return <Loader size="sm" aria-label={text.title} />;
  if (history.data.length === 0) return <Text>{text.empty}</Text>;
  return (
    <Table verticalSpacing="xs" aria-label={text.title} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{text.time}</Table.Th>
          <Table.Th w={170}>{text.operator}</Table.Th>
          <Table.Th w={120}>{text.action}</Table.Th>
          <Table.Th>{text.changes}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td style={{ verticalAlign: 'top' }}>{formatDateTime(entry.at)}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>{entry.operator}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Badge variant="light" color={ACTION_COLORS[entry.action] ?? 'gray'}>
                {text.actions[entry.action] ?? entry.action}
              </Badge>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Changes entry={entry} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
