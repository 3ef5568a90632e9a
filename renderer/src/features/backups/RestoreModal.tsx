import { Alert, Button, Group, Loader, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupEntry } from '@shared/domain/backups';
import { formatDateTime } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { useState } from 'react';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { LoadError } from '../../components/LoadError';
import { backupsText } from './text';
import { useBackupProgress } from './use-backup-progress';

const text = backupsText.modal;

/** Previews a backup's figures beside today's and restores it once confirmed. */
export function RestoreModal({ backup, onClose, onRestored }: { backup: BackupEntry; onClose: () => void; onRestored: () => void }) {
  const preview = useCall('backups.preview', { id: backup.id });
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useBackupProgress(running);
  const at = formatDateTime(backup.createdAt);

  const restore = () => {
    setRunning(true);
    setError(null);
    call('backups.restore', { id: backup.id, confirm: true })
      .then(() => {
        notifications.show({ color: 'green', title: text.done, message: text.doneMessage(at) });
        onRestored();
      })
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)))
      .finally(() => setRunning(false));
  };

  const current = new Map((preview.data?.current ?? []).map((figure) => [figure.table, figure.count]));
  return (
    <Modal opened onClose={running ? () => undefined : onClose} title={text.title(at)} size="lg" closeOnClickOutside={false}>
      <Stack gap="sm">
        <Alert color="orange">{text.warning}</Alert>
        {preview.error && <LoadError title={text.loadFailed} message={preview.error.message} onRetry={preview.reload} />}
        {preview.loading && <Loader size="sm" />}
        {preview.data && (
          <Table striped aria-label={text.figure}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.figure}</Table.Th>
                <Table.Th ta="right">{text.inBackup}</Table.Th>
                <Table.Th ta="right">{text.now}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.data.backup.figures.map((figure) => (
                <Table.Tr key={figure.table}>
                  <Table.Td>{figure.label}</Table.Td>
                  <Table.Td ta="right">{formatNumber(figure.count)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(current.get(figure.table) ?? 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {running && (
          <Stack gap={4}>
            <Text size="sm">{backupsText.restoring(progress?.percent ?? 0)}</Text>
            <Progress value={progress?.percent ?? 0} animated aria-label={backupsText.restoring(progress?.percent ?? 0)} />
          </Stack>
        )}
        {error && (
          <Alert color="red" title={text.failed}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            {text.cancel}
          </Button>
          <Button color="red" onClick={restore} loading={running} disabled={!preview.data}>
            {text.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
