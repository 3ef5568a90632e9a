import { base64Blob, downloadUrl } from '../../components/file-bytes';

export { fileToBase64 } from '../../components/file-bytes';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves base64 XLSX bytes through a download link: the browser asks where (Electron shows its save dialog). */
export function downloadXlsx(base64: string, fileName: string): void {
  const url = URL.createObjectURL(base64Blob(base64, XLSX_TYPE));
  downloadUrl(url, fileName);
  // The click has handed the blob to the download; free it once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
