import { Badge, Button, Group, Progress, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { BACKUP_REASON_LABELS, type BackupEntry } from '@shared/domain/backups';
import { formatDateTime } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ListSection } from '../../components/ListSection';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { ArchivePanel } from './ArchivePanel';
import { BackupConfigForm } from './BackupConfigForm';
import { RestoreModal } from './RestoreModal';
import { backupsText as text } from './text';
import { useBackupProgress } from './use-backup-progress';

function MirrorCell({ backup }: { backup: BackupEntry }) {
  if (backup.mirrored === null) return <>{text.noMirror}</>;
  if (backup.mirrored)
    return (
      <Badge color="green" variant="light">
        {text.mirrored}
      </Badge>
    );
  return (
    <Tooltip label={backup.mirrorError ?? ''} multiline w={320}>
      <Badge color="red" variant="light">
        {text.mirrorFailed}
      </Badge>
    </Tooltip>
  );
}

/** The settings screen's backups: "Sao lưu ngay" with its progress, the list with restore, and how backups are kept. */
export function BackupsSection() {
  const list = useCall('backups.list', {});
  const config = useCall('backups.config', {});
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const progress = useBackupProgress(creating);
  const backups = list.data ?? [];

  const backupNow = () => {
    setCreating(true);
    call('backups.create', {})
      .then((entry) => {
        notifications.show({ color: 'green', title: text.created, message: text.createdMessage(text.size(entry.sizeBytes)) });
        list.reload();
      })
      .catch((error: unknown) =>
        notifications.show({ color: 'red', title: text.failed, message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setCreating(false));
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={3}>{text.title}</Title>
        <Text c="dimmed" size="sm">
          {text.intro}
        </Text>
      </div>
      <Group>
        <Button leftSection={<IconDatabaseExport size={18} />} onClick={backupNow} loading={creating}>
          {text.backupNow}
        </Button>
        <XlsxDownloadButton label={text.exportAll} load={() => call('backups.exportAll', {})} variant="default" />
        {creating && (
          <Stack gap={2} w={260}>
            <Text size="sm">{text.backingUp(progress?.percent ?? 0)}</Text>
            <Progress value={progress?.percent ?? 0} animated aria-label={text.backingUp(progress?.percent ?? 0)} />
          </Stack>
        )}
      </Group>
      <ListSection
        list={list}
        texts={{ loadFailed: text.loadFailed, empty: text.empty, tableLabel: text.tableLabel }}
        empty={backups.length === 0}
        columns={[
          { label: text.columns.at, w: 150 },
          { label: text.columns.reason, w: 170 },
          { label: text.columns.size, w: 110, ta: 'right' },
          { label: text.columns.files, w: 120, ta: 'right' },
          { label: text.columns.check, w: 110 },
          { label: text.columns.mirror, w: 130 },
          { w: 130 },
        ]}
      >
        {backups.map((backup) => {
          const at = formatDateTime(backup.createdAt);
          return (
            <Table.Tr key={backup.id}>
              <Table.Td>{at}</Table.Td>
              <Table.Td>{BACKUP_REASON_LABELS[backup.reason]}</Table.Td>
              <Table.Td ta="right">{text.size(backup.sizeBytes)}</Table.Td>
              <Table.Td ta="right">{formatNumber(backup.fileCount)}</Table.Td>
              <Table.Td>
                {backup.integrity === 'ok' ? (
                  <Badge color="green" variant="light">
                    {text.checkOk}
                  </Badge>
                ) : (
                  <Tooltip label={backup.integrity} multiline w={320}>
                    <Badge color="red" variant="light">
                      {text.checkFailed}
                    </Badge>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <MirrorCell backup={backup} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setRestoring(backup)}
                  disabled={backup.integrity !== 'ok'}
                  aria-label={text.restoreAria(at)}
                >
                  {text.restore}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </ListSection>
      <ArchivePanel />
      {config.data && <BackupConfigForm key={JSON.stringify(config.data)} config={config.data} onSaved={config.reload} />}
      {restoring && (
        <RestoreModal
          backup={restoring}
          onClose={() => setRestoring(null)}
          // Every screen's data changed: start the app afresh on the restored data.
          onRestored={() => window.location.reload()}
        />
      )}
    </Stack>
  );
}
