import { Button, FileButton, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CriteriaImportPreview } from '@shared/domain/criteria';
import { formatNumber } from '@shared/format/number';
import { IconFileDownload, IconFileUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { ImportPreviewModal } from './ImportPreviewModal';
import { criteriaText } from './text';
import { downloadXlsx, fileToBase64 } from './xlsx-file';

const text = criteriaText.xlsx;

interface Props {
  districtId: number;
  year: number;
  /** Unsaved grid edits: importing would overwrite them underneath, so it waits. */
  dirty: boolean;
  onImported: () => void;
}

interface Pending {
  fileName: string;
  base64: string;
}

function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

/** "Tải mẫu Excel" and "Nhập từ Excel": template download, preview with row errors, all-or-nothing commit. */
export function XlsxActions({ districtId, year, dirty, onImported }: Props) {
  const [downloading, setDownloading] = useState(false);
  const [reading, setReading] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [preview, setPreview] = useState<CriteriaImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  // Lets the same file be picked again after fixing it in Excel.
  const resetFile = useRef<() => void>(null);

  const template = async () => {
    setDownloading(true);
    try {
      const file = await call('criteria.template', { districtId, year });
      downloadXlsx(file.base64, file.fileName);
    } catch (caught) {
      notifications.show({ color: 'red', title: text.templateFailed, message: messageOf(caught) });
    } finally {
      setDownloading(false);
    }
  };

  const pick = async (file: File | null) => {
    if (!file) return;
    resetFile.current?.();
    if (dirty) {
      notifications.show({ color: 'yellow', message: text.dirtyFirst });
      return;
    }
    setReading(true);
    setPreview(null);
    setError(null);
    try {
      const base64 = await fileToBase64(file);
      setPending({ fileName: file.name, base64 });
      setPreview(await call('criteria.importPreview', { districtId, year, base64 }));
    } catch (caught) {
      setPending((current) => current ?? { fileName: file.name, base64: '' });
      setError(messageOf(caught));
    } finally {
      setReading(false);
    }
  };

  const close = () => {
    setPending(null);
    setPreview(null);
    setError(null);
  };

  const commit = async () => {
    if (!pending) return;
    setCommitting(true);
    try {
      const result = await call('criteria.importCommit', { districtId, year, base64: pending.base64 });
      if (result.errorCount > 0) {
        // Someone changed the units in between: show the new errors instead of closing.
        setPreview(result);
        return;
      }
      notifications.show({ color: 'green', message: text.committed(formatNumber(result.rows.length), year) });
      close();
      onImported();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setCommitting(false);
    }
  };

  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconFileDownload size={16} />} loading={downloading} onClick={() => void template()}>
        {text.template}
      </Button>
      <FileButton
        resetRef={resetFile}
        onChange={(file) => void pick(file)}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      >
        {(props) => (
          <Button {...props} variant="default" leftSection={<IconFileUpload size={16} />} loading={reading}>
            {text.import}
          </Button>
        )}
      </FileButton>
      <ImportPreviewModal
        fileName={pending?.fileName ?? ''}
        preview={preview}
        error={error}
        committing={committing}
        onCommit={() => void commit()}
        onClose={close}
      />
    </Group>
  );
}
