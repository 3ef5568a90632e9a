import { Button, FileButton, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CriteriaImportPreview } from '@shared/domain/criteria';
import type { UnitMatch } from '@shared/domain/units';
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
  // Names the file wrote that the import would not take without asking: what was offered, what the user picked.
  const [offered, setOffered] = useState<Record<number, UnitMatch[]>>({});
  const [resolutions, setResolutions] = useState<Record<number, number>>({});
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
      setResolutions({});
      setOffered({});
      show(await call('criteria.importPreview', { districtId, year, base64 }));
    } catch (caught) {
      setPending((current) => current ?? { fileName: file.name, base64: '' });
      setError(messageOf(caught));
    } finally {
      setReading(false);
    }
  };

  const show = (result: CriteriaImportPreview) => {
    setPreview(result);
    const more = Object.fromEntries(result.rows.filter((r) => r.candidates?.length).map((r) => [r.rowNumber, r.candidates as UnitMatch[]]));
    setOffered((current) => ({ ...current, ...more }));
  };

  const asInput = (picked: Record<number, number>) => (Object.keys(picked).length > 0 ? picked : undefined);

  const repreview = async (picked: Record<number, number>) => {
    if (!pending) return;
    try {
      show(await call('criteria.importPreview', { districtId, year, base64: pending.base64, resolutions: asInput(picked) }));
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  const resolve = (rowNumber: number, unitId: number) => {
    const picked = { ...resolutions, [rowNumber]: unitId };
    setResolutions(picked);
    void repreview(picked);
  };

  const close = () => {
    setPending(null);
    setOffered({});
    setResolutions({});
    setPreview(null);
    setError(null);
  };

  const commit = async () => {
    if (!pending) return;
    setCommitting(true);
    try {
      const result = await call('criteria.importCommit', {
        districtId,
        year,
        base64: pending.base64,
        resolutions: asInput(resolutions),
      });
      if (result.errorCount > 0) {
        // Someone changed the units in between: show the new errors instead of closing.
        show(result);
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
        offered={offered}
        resolutions={resolutions}
        onResolve={resolve}
      />
    </Group>
  );
}
