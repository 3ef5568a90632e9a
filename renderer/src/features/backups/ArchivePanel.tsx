import { Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { formatDateTime } from '@shared/format/date';
import { IconFileImport, IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';

import { call } from '../../api/client';
import { base64Blob, downloadUrl, fileToBase64 } from '../../components/file-bytes';
import { backupsText } from './text';

const text = backupsText.archive;
const messageOf = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

/** Saves the zip through a download link when main handed over its bytes (small archives, browser host). */
function download(base64: string, fileName: string): void {
  const url = URL.createObjectURL(base64Blob(base64, 'application/zip'));
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Chuyển dữ liệu sang máy khác": write the portable archive here, or import one written on another PC. */
export function ArchivePanel() {
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);

  const exportArchive = () => {
    setExporting(true);
    call('backups.exportArchive', {})
      .then((archive) => {
        if (archive.base64) download(archive.base64, archive.fileName);
        const where = archive.path.slice(0, archive.path.length - archive.fileName.length - 1);
        notifications.show({
          color: 'green',
          title: text.exported,
          message: text.exportedMessage(archive.fileName, backupsText.size(archive.sizeBytes), where),
          // Long enough to note where the file is.
          autoClose: 15_000,
        });
      })
      .catch((caught: unknown) => notifications.show({ color: 'red', title: text.exportFailed, message: messageOf(caught) }))
      .finally(() => setExporting(false));
  };

  const importArchive = async (file: File) => {
    const base64 = await fileToBase64(file);
    setImporting(true);
    call('backups.importArchive', { base64, confirm: true })
      .then((result) => {
        notifications.show({ color: 'green', title: text.imported, message: text.importedMessage(formatDateTime(result.createdAt)) });
        // Every screen's data changed: start the app afresh on the imported data.
        setTimeout(() => window.location.reload(), 1500);
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: text.importFailed, message: messageOf(caught), autoClose: false }),
      )
      .finally(() => setImporting(false));
  };

  const confirmImport = (file: File | null) => {
    if (!file) return;
    modals.openConfirmModal({
      title: text.confirmTitle,
      children: <Text size="sm">{text.confirmBody(file.name)}</Text>,
      labels: { confirm: text.confirm, cancel: text.cancel },
      confirmProps: { color: 'red' },
      onConfirm: () => void importArchive(file),
    });
  };

  return (
    <Stack gap="xs">
      <Title order={4}>{text.title}</Title>
      <Text c="dimmed" size="sm">
        {text.intro}
      </Text>
      <Group>
        <Button variant="default" leftSection={<IconFileZip size={18} />} onClick={exportArchive} loading={exporting}>
          {text.export}
        </Button>
        <FileButton onChange={confirmImport} accept=".zip,application/zip">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconFileImport size={18} />} loading={importing}>
              {text.import}
            </Button>
          )}
        </FileButton>
        {importing && <Text size="sm">{text.importing}</Text>}
      </Group>
    </Stack>
  );
}
