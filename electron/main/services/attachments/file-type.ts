import type { AttachmentType } from '../../../../shared/domain/attachments';

const EXTENSIONS: Record<string, AttachmentType> = {
  pdf: 'pdf',
  doc: 'doc',
  docx: 'docx',
  xls: 'xls',
  xlsx: 'xlsx',
  jpg: 'jpg',
  jpeg: 'jpg',
  png: 'png',
};

/** Extensions the open dialog offers. */
export const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS);

const PDF = Buffer.from('%PDF-');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const JPG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const startsWith = (bytes: Uint8Array, magic: Buffer) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, magic.length)).equals(magic);

/** An Office Open XML package names its main part in the zip directory: word/ for Word, xl/ for Excel. */
const zipHas = (bytes: Uint8Array, folder: string) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(folder, 0, 'latin1');

/** The type an extension claims, or null when the extension is not accepted. */
export function typeOfName(name: string): AttachmentType | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match ? (EXTENSIONS[match[1].toLowerCase()] ?? null) : null;
}

/** Whether the first bytes are those of the claimed type (a renamed .exe or a broken download is refused). */
export function contentMatches(type: AttachmentType, bytes: Uint8Array): boolean {
  switch (type) {
    case 'pdf':
      return startsWith(bytes, PDF);
    case 'doc':
    case 'xls':
      return startsWith(bytes, OLE);
    case 'docx':
      return startsWith(bytes, ZIP) && zipHas(bytes, 'word/');
    case 'xlsx':
      return startsWith(bytes, ZIP) && zipHas(bytes, 'xl/');
    case 'jpg':
      return startsWith(bytes, JPG);
    case 'png':
      return startsWith(bytes, PNG);
  }
}
