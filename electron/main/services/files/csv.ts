/** A cell as a CSV row holds it; null is an empty field. */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a field as a formula (or, for tab and
 * carriage return, hide one after them): a unit named "=HYPERLINK(...)" must stay a name.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as a spreadsheet must show it, never evaluate it (OWASP CSV injection): a field starting with
 * one of FORMULA_START gets a leading apostrophe, which the spreadsheet reads as "this is text".
 * Numbers are written as numbers, so -5 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function field(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value.normalize('NFC'));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file as Excel on Vietnamese Windows opens it: UTF-8 with a byte order mark (without it Excel
 * reads the bytes as the ANSI code page and the diacritics break), RFC 4180 quoting, CRLF line ends,
 * text that looks like a formula neutralised.
 */
export function csvBytes(header: string[], rows: CsvCell[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
