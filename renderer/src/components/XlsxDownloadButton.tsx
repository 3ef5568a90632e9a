import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';

import { base64Blob, downloadUrl } from './file-bytes';
import { commonText } from './text';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
}

/** Saves base64 XLSX bytes through a download link: the browser asks where (Electron shows its save dialog). */
export function downloadXlsx(file: XlsxFile): void {
  const url = URL.createObjectURL(base64Blob(file.base64, XLSX_TYPE));
  downloadUrl(url, file.fileName);
  // The click has handed the blob to the download; free it once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A button that fetches a workbook from an export channel and saves it; busy while it waits, and a red
 * notification with the server's (Vietnamese) message when the export fails.
 */
export function XlsxDownloadButton({ label, load, variant = 'default', size, disabled }: Props) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      downloadXlsx(await load());
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
      leftSection={<IconFileSpreadsheet size={16} />}
      onClick={() => void download()}
    >
      {label}
    </Button>
  );
}
