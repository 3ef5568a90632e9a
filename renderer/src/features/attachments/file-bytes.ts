import { base64Blob } from '../../components/file-bytes';

export { downloadUrl as download, fileToBase64 } from '../../components/file-bytes';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** A blob: URL of stored bytes; the caller revokes it. */
export function blobUrl(base64: string, type: string): string {
  return URL.createObjectURL(base64Blob(base64, MIME[type] ?? 'application/octet-stream'));
}
