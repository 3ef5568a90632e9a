import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CertificateLayout } from '@shared/domain/certificates';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { call } from '../../api/client';
import { certificatesText as text } from './text';

/** Removes a layout after asking, at the version read. */
export function RemoveLayoutButton({ layout, onRemoved }: { layout: CertificateLayout; onRemoved: () => void }) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);

  const remove = () => {
    setBusy(true);
    call('certificates.removeLayout', { id: layout.id, version: layout.version })
      .then(() => {
        notifications.show({ color: 'green', message: text.removed(layout.name) });
        setOpened(false);
        onRemoved();
      })
      .catch((error: unknown) =>
        notifications.show({ color: 'red', title: text.removeFailed, message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setOpened(true)}>
        {text.remove}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={text.removeConfirmTitle}>
        <Stack>
          <Text size="sm">{text.removeConfirm(layout.name)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {text.cancel}
            </Button>
            <Button color="red" loading={busy} onClick={remove}>
              {text.remove}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
