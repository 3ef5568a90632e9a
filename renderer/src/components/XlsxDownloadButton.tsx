import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';

import { base64Blob, downloadUrl } from './file-bytes';
import { commonText } from './text';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The file types an export channel answers; CSV comes as UTF-8 with a BOM already in its bytes. */
const TYPES = { xlsx: XLSX_TYPE, csv: 'text/csv;charset=utf-8' } as const;
export type ExportFormat = keyof typeof TYPES;

/** What an export channel answers: the offered file name and the workbook's bytes. */
export interface XlsxFile {
  fileName: string;
  base64: string;
}

interface Props {
  /** The button's text: "Xuất Excel", "Tải lịch kiểm tra (Excel)". */
  label: string;
  /** Asks main for the workbook, e.g. `() => call('inspections.exportXlsx', { inspectionId, list: 'schedule' })`. */
  load: () => Promise<XlsxFile>;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  disabled?: boolean;
  /** Excel unless the channel answers CSV. */
  format?: ExportFormat;
}

/** Saves base64 XLSX bytes through a download link: the browser asks where (Electron shows its save dialog). */
export function downloadXlsx(file: XlsxFile, format: ExportFormat = 'xlsx'): void {
  const url = URL.createObjectURL(base64Blob(file.base64, TYPES[format]));
  downloadUrl(url, file.fileName);
  // The click has handed the blob to the download; free it once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A button that fetches a workbook from an export channel and saves it; busy while it waits, and a red
 * notification with the server's (Vietnamese) message when the export fails.
 */
export function XlsxDownloadButton({ label, load, variant = 'default', size, disabled, format = 'xlsx' }: Props) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      downloadXlsx(await load(), format);
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: commonText.xlsxFailed,
        message: caught instanceof Error && caught.message ? caught.message : commonText.xlsxFailedDetail,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant={variant}
      size={size}
      disabled={disabled}
      loading={busy}
      leftSection={format === 'csv' ? <IconFileTypeCsv size={16} /> : <IconFileSpreadsheet size={16} />}
      onClick={() => void download()}
    >
      {label}
    </Button>
  );
}
