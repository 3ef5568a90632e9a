import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { SuccessorLink } from '@shared/domain/unit-history';

import { ApiError, call } from '../../api/client';
import { linkSentence, sentenceText } from './lineage';
import { unitHistoryText } from './text';

const text = unitHistoryText.remove;

/** Asks before removing a successor link (naming both units), then removes it. */
export function confirmRemoveLink(link: SuccessorLink, onDone: () => void): void {
  modals.openConfirmModal({
    title: text.title,
    children: <Text size="sm">{text.body(sentenceText(linkSentence(link)))}</Text>,
    labels: { confirm: text.confirm, cancel: text.cancel },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      call('unitHistory.removeSuccessor', { linkId: link.id })
        .then(() => {
          notifications.show({ color: 'green', message: text.done });
          onDone();
        })
        .catch((error: unknown) => {
          const message = error instanceof ApiError ? error.message : String(error);
          notifications.show({ color: 'red', title: text.failed, message });
        });
    },
  });
}
