import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '@shared/domain/audit';

import { ChangeHistoryTable, FieldChanges } from '../../components/ChangeHistoryTable';
import { actionLabel, changesOf } from './history';
import { relatedAction, relatedChanges, subjectOf } from './related-history';
import { unitsText } from './text';

const { history } = unitsText;

interface Props {
  entries: AuditEntry[] | undefined;
  error?: string | null;
  /** Names of units by id, to show a changed parent by name. */
  unitName?: (id: number) => string | undefined;
}

function Changes({ entry, unitName }: { entry: AuditEntry; unitName?: (id: number) => string | undefined }) {
  const changes = entry.entity === 'unit' ? changesOf(entry, unitName) : relatedChanges(entry);
  return (
    <FieldChanges
      changes={changes}
      created={entry.action === 'create'}
      emptyText={entry.action === 'update' ? history.noFieldChanges : null}
    />
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
    <ChangeHistoryTable
      entries={entries}
      texts={history}
      actionOf={(entry) => ({ action: relatedAction(entry), label: actionLabel(relatedAction(entry)) })}
      renderChanges={(entry) => (
        <Stack gap={2}>
          {subjectOf(entry) && (
            <Text size="sm" fw={600}>
              {subjectOf(entry)}
            </Text>
          )}
          <Changes entry={entry} unitName={unitName} />
        </Stack>
      )}
    />
  );
}
