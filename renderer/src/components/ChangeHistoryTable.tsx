import { Badge, List, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@shared/domain/audit';
import { formatDateTime } from '@shared/format/date';
import type { ReactNode } from 'react';

/** One field of an audited record as shown to users: its label and the old and new values as text. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', archive: 'gray', restore: 'teal', delete: 'red' };

/** The changed fields of one audit entry: "Label: value" for a creation, "Label: old → new" otherwise. */
export function FieldChanges({ changes, created, emptyText }: { changes: FieldChange[]; created: boolean; emptyText: string | null }) {
  if (changes.length === 0) {
    return emptyText ? (
      <Text size="sm" c="dimmed">
        {emptyText}
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
          {created ? (
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

interface TableProps {
  entries: AuditEntry[];
  texts: { title: string; time: string; operator: string; action: string; changes: string };
  /** The action as shown (a removed link reads "Xóa" though it was audited as an update). */
  actionOf: (entry: AuditEntry) => { action: string; label: string };
  /** What changed in an entry. */
  renderChanges: (entry: AuditEntry) => ReactNode;
}

/** Audit entries newest first: when, who, what was done, and what changed. */
export function ChangeHistoryTable({ entries, texts, actionOf, renderChanges }: TableProps) {
  return (
    <Table verticalSpacing="xs" aria-label={texts.title} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{texts.time}</Table.Th>
          <Table.Th w={170}>{texts.operator}</Table.Th>
          <Table.Th w={120}>{texts.action}</Table.Th>
          <Table.Th>{texts.changes}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const { action, label } = actionOf(entry);
          return (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ verticalAlign: 'top' }}>{formatDateTime(entry.at)}</Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>{entry.operator}</Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Badge variant="light" color={ACTION_COLORS[action] ?? 'gray'}>
                  {label}
                </Badge>
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>{renderChanges(entry)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
