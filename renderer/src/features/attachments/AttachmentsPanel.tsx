import { ActionIcon, Badge, Button, FileButton, Group, Loader, Stack, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type Attachment, ATTACHMENT_MAX_BYTES, type AttachmentOwnerKind } from '@shared/domain/attachments';
import { formatDateTime } from '@shared/format/date';
import { IconDownload, IconExternalLink, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { LoadError } from '../../components/LoadError';
import { nativeDialogs } from '../documents/capabilities';
import { blobUrl, download, fileToBase64 } from './file-bytes';
import { attachmentsText as text } from './text';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';

const messageOf = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : String(error));

function failed(error: unknown): void {
  notifications.show({ color: 'red', title: text.actionFailed, message: messageOf(error) });
}

interface Props {
  ownerKind: AttachmentOwnerKind;
  /** The owning record; null while it is not saved yet (nothing can be attached to it). */
  ownerId: number | null;
  /** Called after a file was attached or removed, so lists showing counts can refresh. */
  onChanged?: () => void;
}

/**
 * Files attached to one record: added with the system's open dialog (desktop) or an upload (browser),
 * opened, saved elsewhere and removed after confirming. Stored and checked by the attachments service.
 */
export function AttachmentsPanel({ ownerKind, ownerId, onChanged }: Props) {
  const list = useCall('attachments.list', { ownerKind, ownerId: ownerId ?? 1 }, ownerId !== null);
  const [busy, setBusy] = useState<string | null>(null);

  const changed = (count?: number) => {
    list.reload();
    onChanged?.();
    if (count) notifications.show({ color: 'green', message: text.added(count) });
  };

  if (ownerId === null)
    return (
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {text.title}
        </Text>
        <Text size="sm">{text.saveFirst}</Text>
      </Stack>
    );

  const upload = async (files: File[]) => {
    let added = 0;
    try {
      for (const file of files) {
        if (file.size > ATTACHMENT_MAX_BYTES) throw new Error(text.tooLarge(file.name));
        setBusy(text.uploading(file.name));
        await call('attachments.add', { ownerKind, ownerId, name: file.name, base64: await fileToBase64(file) });
        added += 1;
      }
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
      if (added > 0) changed(added);
    }
  };

  const choose = async () => {
    try {
      const added = await call('attachments.choose', { ownerKind, ownerId });
      if (added.length > 0) changed(added.length);
    } catch (error) {
      failed(error);
    }
  };

  const open = async (attachment: Attachment) => {
    try {
      if (await nativeDialogs()) {
        await call('attachments.open', { id: attachment.id });
        return;
      }
      const content = await call('attachments.content', { id: attachment.id });
      const url = blobUrl(content.base64, content.type);
      if (content.type === 'pdf' || content.type === 'jpg' || content.type === 'png') window.open(url, '_blank', 'noopener');
      else download(url, content.name);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      failed(error);
    }
  };

  const saveAs = async (attachment: Attachment) => {
    try {
      if (await nativeDialogs()) {
        const result = await call('attachments.saveAs', { id: attachment.id });
        if (result.saved && result.path) notifications.show({ color: 'green', message: text.saved(result.path) });
        return;
      }
      const content = await call('attachments.content', { id: attachment.id });
      const url = blobUrl(content.base64, content.type);
      download(url, content.name);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      failed(error);
    }
  };

  const remove = (attachment: Attachment) =>
    modals.openConfirmModal({
      title: text.removeTitle,
      children: <Text size="sm">{text.removeBody(attachment.name)}</Text>,
      labels: { confirm: text.removeConfirm, cancel: text.cancel },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        call('attachments.remove', { id: attachment.id })
          .then(() => {
            notifications.show({ color: 'green', message: text.removed(attachment.name) });
            changed();
          })
          .catch(failed);
      },
    });

  const addButton = (props: { onClick?: () => void }) => (
    <Button size="xs" variant="light" leftSection={<IconPaperclip size={14} />} loading={busy !== null} {...props}>
      {text.add}
    </Button>
  );

  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" fw={600}>
            {text.title}
          </Text>
          <Text size="xs">{text.accepted}</Text>
        </div>
        <NativeOrUpload onChoose={() => void choose()} onUpload={(files) => void upload(files)} button={addButton} />
      </Group>
      {busy && (
        <Text size="xs" role="status">
          {busy}
        </Text>
      )}
      {list.error && <LoadError title={text.loadFailed} message={list.error.message} onRetry={list.reload} />}
      {!list.data && !list.error && <Loader size="xs" />}
      {list.data && list.data.length === 0 && <Text size="sm">{text.empty}</Text>}
      {list.data && list.data.length > 0 && (
        <Table verticalSpacing={4} aria-label={text.title}>
          <Table.Tbody>
            {list.data.map((attachment) => (
              <Table.Tr key={attachment.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" variant="light">
                      {text.typeLabels[attachment.type] ?? attachment.type}
                    </Badge>
                    <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
                      {attachment.name}
                    </Text>
                  </Group>
                  <Text size="xs">
                    {text.size(attachment.size)} · {text.by(attachment.createdBy, formatDateTime(attachment.createdAt))}
                  </Text>
                </Table.Td>
                <Table.Td w={110} style={{ whiteSpace: 'nowrap' }}>
                  <Tooltip label={text.open}>
                    <ActionIcon variant="subtle" aria-label={text.openLabel(attachment.name)} onClick={() => void open(attachment)}>
                      <IconExternalLink size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={text.saveAs}>
                    <ActionIcon variant="subtle" aria-label={text.saveLabel(attachment.name)} onClick={() => void saveAs(attachment)}>
                      <IconDownload size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={text.remove}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={text.removeLabel(attachment.name)}
                      onClick={() => remove(attachment)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The desktop app opens the system's dialog through main; the browser uploads the chosen files' bytes. */
function NativeOrUpload({
  onChoose,
  onUpload,
  button,
}: {
  onChoose: () => void;
  onUpload: (files: File[]) => void;
  button: (props: { onClick?: () => void }) => ReactNode;
}) {
  const native = useCall('app.capabilities', {});
  if (native.data?.nativeDialogs) return button({ onClick: onChoose });
  return (
    <FileButton onChange={(files) => files.length > 0 && onUpload(files)} accept={ACCEPT} multiple>
      {(props) => button(props)}
    </FileButton>
  );
}
