import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Unit } from '@shared/domain/units';

import { ApiError, call } from '../../api/client';
import { unitsText } from './text';

const { archive: text } = unitsText;

/**
 * Asks before archiving or restoring a unit (naming it), then does it. A refusal (active children,
 * archived parent, stale version) is shown as a notification and changes nothing.
 */
export function confirmArchiveOrRestore(unit: Pick<Unit, 'id' | 'name' | 'version' | 'archived'>, onDone: (unit: Unit) => void): void {
  const restoring = unit.archived;
  modals.openConfirmModal({
    title: restoring ? text.restoreTitle : text.title,
    children: <Text size="sm">{restoring ? text.restoreBody(unit.name) : text.body(unit.name)}</Text>,
    labels: { confirm: restoring ? text.restoreConfirm : text.confirm, cancel: text.cancel },
    confirmProps: { color: restoring ? 'teal' : 'red' },
    onConfirm: () => {
      const channel = restoring ? 'units.restore' : 'units.archive';
      call(channel, { id: unit.id, version: unit.version })
        .then((saved) => {
          notifications.show({ color: 'green', message: restoring ? text.restored(saved.name) : text.done(saved.name) });
          onDone(saved);
        })
        .catch((error: unknown) => {
          const message = error instanceof ApiError ? error.message : String(error);
          notifications.show({ color: 'red', title: text.failed, message });
        });
    },
  });
}
