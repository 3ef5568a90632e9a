/** A cell as a CSV row holds it; null is an empty field. */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function field(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value.normalize('NFC');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file as Excel on Vietnamese Windows opens it: UTF-8 with a byte order mark (without it Excel
 * reads the bytes as the ANSI code page and the diacritics break), RFC 4180 quoting, CRLF line ends.
 */
export function csvBytes(header: string[], rows: CsvCell[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
