import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DocumentEntry } from '@shared/domain/documents';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { documentsText } from './text';

const text = documentsText.cancelDialog;

interface Props {
  entry: DocumentEntry | null;
  onClose: () => void;
  onCancelled: (entry: DocumentEntry) => void;
}

/** Asks for the reason, then cancels; the number stays taken. */
export function CancelDocumentModal({ entry, onClose, onCancelled }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };

  const confirm = () => {
    if (!entry) return;
    setSaving(true);
    call('documents.cancel', { id: entry.id, version: entry.version, reason })
      .then((saved) => {
        notifications.show({ color: 'green', message: text.done(saved.numberSymbol) });
        setReason('');
        setError(null);
        onCancelled(saved);
      })
      .catch((caught: unknown) => {
        if (caught instanceof ApiError) setError(caught.fieldMap().reason ?? caught.message);
        else setError(String(caught));
      })
      .finally(() => setSaving(false));
  };

  return (
    <Modal opened={entry !== null} onClose={close} title={text.title} centered>
      <Stack gap="sm">
        <Text size="sm">{entry ? text.body(entry.numberSymbol) : ''}</Text>
        <Textarea
          label={text.reason}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={saving}>
            {text.back}
          </Button>
          <Button color="red" onClick={confirm} loading={saving}>
            {text.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
