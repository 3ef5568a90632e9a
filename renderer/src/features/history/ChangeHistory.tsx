import { Alert, Loader, Text } from '@mantine/core';
import type { InputOf } from '@shared/contract';

import { useCall } from '../../api/use-call';
import { ChangeHistoryTable, FieldChanges } from '../../components/ChangeHistoryTable';
import { changesOf } from './changes';
import { historyText as text } from './text';

export type HistoryEntity = InputOf<'audit.forEntity'>['entity'];

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
    <ChangeHistoryTable
      entries={history.data}
      texts={text}
      actionOf={(entry) => ({ action: entry.action, label: text.actions[entry.action] ?? entry.action })}
      renderChanges={(entry) => (
        <FieldChanges
          changes={changesOf(entry)}
          created={entry.action === 'create'}
          emptyText={entry.action === 'update' ? text.noFieldChanges : null}
        />
      )}
    />
  );
}
