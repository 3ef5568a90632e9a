import { Badge, Checkbox, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Attachment } from '@shared/domain/attachments';
import type { NominationDetail } from '@shared/domain/nominations';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { nominationsText } from './text';

const text = nominationsText.dossier;

interface Props {
  nomination: NominationDetail;
  /** The files attached to the dossier (owner kind 'nomination'). */
  files: Attachment[];
  onChanged: (saved: NominationDetail) => void;
  /** A stale version: the page reads the dossier again. */
  onConflict: () => void;
}

/** The documents the form requires: each ticked received and tied to one of the dossier's files. */
export function DossierChecklist({ nomination, files, onChanged, onConflict }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const save = async (documentCode: string, received: boolean, attachmentId: number | null) => {
    setBusy(documentCode);
    try {
      const saved = await call('nominations.setDocument', {
        id: nomination.id,
        version: nomination.version,
        documentCode,
        received,
        attachmentId,
      });
      onChanged(saved);
    } catch (error) {
      const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      notifications.show({ color: 'red', title: text.documentFailed, message });
      if (error instanceof ApiError && error.code === 'CONFLICT') onConflict();
    } finally {
      setBusy(null);
    }
  };
  const fileOptions = files.map((file) => ({ value: String(file.id), label: file.name }));

  return (
    <Table aria-label={text.checklistLabel} striped miw={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>{text.checklistColumns.received}</Table.Th>
          <Table.Th>{text.checklistColumns.doc}</Table.Th>
          <Table.Th w={260}>{text.checklistColumns.file}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {nomination.dossier.map((item) => (
          <Table.Tr key={item.code}>
            <Table.Td>
              <Checkbox
                aria-label={text.markReceived(item.label)}
                checked={item.received}
                disabled={busy !== null}
                onChange={(event) => void save(item.code, event.currentTarget.checked, item.attachmentId)}
              />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{item.label}</Text>
              <Badge size="xs" variant="light" color={item.required ? 'red' : 'gray'} mr={4}>
                {item.required ? text.requiredMark : text.optionalMark}
              </Badge>
              {item.isDefault && (
                <Badge size="xs" variant="outline" color="gray">
                  {text.defaultMark}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Select
                aria-label={text.attachFile(item.label)}
                placeholder={text.noFile}
                data={fileOptions}
                value={item.attachmentId ? String(item.attachmentId) : null}
                clearable
                disabled={busy !== null || (fileOptions.length === 0 && !item.attachmentId)}
                onChange={(value) => void save(item.code, value ? true : item.received, value ? Number(value) : null)}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
