import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Recognition } from '@shared/domain/criteria';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { useEffect, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { unitRecordsText } from './text';

const text = unitRecordsText.recognition;

interface Props {
  unitName: string;
  /** The decision to remove; null keeps the dialog closed. */
  recognition: Recognition | null;
  onClose: () => void;
  onRemoved: () => void;
}

/** Asks before removing a decision; the removal is made at the version shown and audited by main. */
export function RemoveRecognitionDialog({ unitName, recognition, onClose, onRemoved }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  useEffect(() => setError(null), [recognition]);

  const remove = async () => {
    if (!recognition) return;
    setRemoving(true);
    try {
      await call('recognitions.remove', { id: recognition.id, version: recognition.version });
      notifications.show({ color: 'green', message: text.removed(recognition.year) });
      onRemoved();
      onClose();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setRemoving(false);
    }
  };

  return (
    <Modal opened={recognition !== null} onClose={onClose} title={text.removeTitle}>
      {recognition && (
        <Stack gap="sm">
          <Text>{text.removeBody(unitName, recognition.year, LEVEL_LABELS[recognition.level])}</Text>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={removing}>
              {text.cancel}
            </Button>
            <Button color="red" onClick={() => void remove()} loading={removing}>
              {text.removeConfirm}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
