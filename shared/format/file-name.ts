/**
 * File names offered when a document or a workbook is saved. Windows refuses \ / : * ? " < > | and control
 * characters, trailing dots and spaces, and a few device names (CON, PRN, NUL...); Vietnamese letters are fine
 * and stay, so the name reads like the title.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_BASE = 120;

/**
 * "01-DS-HĐTĐKT Danh sách đơn vị.pdf" from the parts of a name (number and symbol, title...) and an
 * extension; empty parts are skipped; the fallback is used when nothing usable is left.
 */
export function safeFileName(parts: (string | null | undefined)[], extension: string, fallback = 'van-ban'): string {
  const ext = extension.replace(/^\./, '');
  let base = parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(' ')
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_BASE)
    .replace(/[. ]+$/, '');
  if (new RegExp(`\\.${ext}$`, 'i').test(base)) base = base.slice(0, -(ext.length + 1));
  if (!base || RESERVED.test(base)) base = fallback;
  return `${base}.${ext}`;
}
