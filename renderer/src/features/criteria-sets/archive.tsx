import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Criterion } from '@shared/domain/criteria';

import { ApiError, call } from '../../api/client';
import { criteriaSetsText } from './text';

const { archive: text } = criteriaSetsText;

/**
 * Asks before archiving or restoring a criterion, then saves it with its other fields unchanged.
 * Archiving keeps the criterion (and the results recorded against it); it only stops new use.
 */
export function confirmArchiveCriterion(criterion: Criterion, onDone: (criterion: Criterion) => void): void {
  const restoring = criterion.archived;
  modals.openConfirmModal({
    title: restoring ? text.restoreTitle : text.title,
    children: (
      <Text size="sm">{restoring ? text.restoreBody(criterion.number, criterion.name) : text.body(criterion.number, criterion.name)}</Text>
    ),
    labels: { confirm: restoring ? text.restoreConfirm : text.confirm, cancel: criteriaSetsText.cancel },
    confirmProps: { color: restoring ? 'teal' : 'red' },
    onConfirm: () => {
      const { id, version, number, name, groupName } = criterion;
      call('criteria.updateCriterion', { id, version, number, name, groupName, archived: !restoring })
        .then((saved) => {
          notifications.show({ color: 'green', message: restoring ? text.restored(saved.name) : text.done(saved.name) });
          onDone(saved);
        })
        .catch((error: unknown) => {
          notifications.show({ color: 'red', title: text.failed, message: error instanceof ApiError ? error.message : String(error) });
        });
    },
  });
}
