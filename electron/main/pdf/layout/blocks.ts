import type { Content, TableCell } from 'pdfmake/interfaces';

import type { Block, TableBlock, TableCellValue, TextRun } from '../../../../shared/documents/description';
import type { LayoutContext } from './context';
import { MM } from './geometry';
import { formatText } from './text';

/** First-line indent of body paragraphs: 1.27 cm (the decree allows 1 to 1.27 cm). */
export const FIRST_LINE_INDENT = 12.7 * MM;
/** Space after a paragraph (the decree asks for at least 6 pt). */
export const PARAGRAPH_SPACING = 6;

/** Marks pdfmake nodes so the page-break rule can find group rows and data rows of tables. */
export const NODE_IDS = { groupRow: 'table-group-', dataRow: 'table-row-' };

const CELL_PADDING_X = 4;
const CELL_PADDING_Y = 2;
const RULE = 0.5;

interface Inline {
  text: string;
  bold?: boolean;
  italics?: boolean;
  noWrap?: boolean;
}

/** A word with a slash or hyphen inside ("12/KH-HĐTĐKT", "05/12/2026"), with the space after it. */
const JOINED_WORD = /((?:[^\s/-]+(?:[/-][^\s/-]*)+|[/-][^\s/-]+(?:[/-][^\s/-]*)*) ?)/u;

/**
 * pdfmake may break a line after "/" or "-" and, when justifying, spreads the spare space over
 * every piece it broke the line into, which prints "12/ KH- HĐTĐKT". Such words go in as unbreakable
 * pieces of their own (carrying the space after them, so no piece is a lone space), so they stay
 * whole and justification only widens real spaces.
 */
function unbreakableJoins(run: TextRun): Inline[] {
  return run.text
    .split(JOINED_WORD)
    .filter((piece) => piece !== '')
    .map((piece) => ({
      text: piece,
      bold: run.bold,
      italics: run.italics,
      ...(JOINED_WORD.test(piece) && !/\s/u.test(piece.trimEnd()) ? { noWrap: true } : {}),
    }));
}

export function inlines(text: string | TextRun[]): Inline[] {
  const list = typeof text === 'string' ? [{ text }] : text;
  return list.flatMap((run) => unbreakableJoins({ ...run, text: run.text.normalize('NFC') }));
}

// pdfmake 0.3 centres cell content vertically with verticalAlignment; @types/pdfmake (0.2) lacks it.
const MIDDLE = { verticalAlignment: 'middle' } as object;

/** Zero-width space: a place pdfmake may break a line, printing nothing. */
const BREAK_OPPORTUNITY = '\u200b';
/** A code or phone number with separators between its parts: "0260.3862.123", "23-KH/TU", "62.610.23284". */
const SEPARATED_CODE = /[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)+/gu;

/**
 * In a narrow cell pdfmake breaks a code or phone number that does not fit anywhere, even between
 * two digits (Unicode's line-breaking rules give no break after "." or "-" before a digit). A break
 * opportunity after each separator lets it break there instead.
 */
export function breakableAtSeparators(text: string): string {
  return text.replace(SEPARATED_CODE, (code) => code.replace(/([./-])(?=[\p{L}\p{N}])/gu, `$1${BREAK_OPPORTUNITY}`));
}

function cell(value: TableCellValue, align: 'left' | 'center' | 'right'): TableCell {
  if (typeof value === 'string') return { text: breakableAtSeparators(value), alignment: align, ...MIDDLE };
  return {
    text: breakableAtSeparators(value.text),
    bold: value.bold,
    italics: value.italics,
    alignment: align,
    margin: [value.indent ?? 0, 0, 0, 0],
    ...MIDDLE,
  };
}

function groupRow(text: string, count: number, id: string): TableCell[] {
  return [{ text, bold: true, colSpan: count, id }, ...Array.from({ length: count - 1 }, () => ({ text: '' }))];
}

/**
 * A table with thin rules, its header (and the optional "(1) (2) ..." row) repeated on every page,
 * rows that never split across pages, and group headings spanning the row; a group that goes on
 * over a page break gets its heading again with "(tiếp theo)" (the rows that start a page come
 * from the previous layout pass, see `renderDocument`). Widths are shared out of the text width in
 * proportion to the columns' relative widths.
 */
function table(block: TableBlock, width: number, ctx: LayoutContext): Content {
  const size = block.fontSize ?? Math.max(12, ctx.bodySize - 1);
  const count = block.columns.length;
  const available = width - count * 2 * CELL_PADDING_X - (count + 1) * RULE;
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => (available * column.width) / total);
  const header: TableCell[] = block.columns.map((column) => ({ text: column.header, bold: true, alignment: 'center', ...MIDDLE }));
  const body: TableCell[][] = [header];
  if (block.numberedColumns) body.push(block.columns.map((_, index) => ({ text: `(${index + 1})`, italics: true, alignment: 'center' })));
  const headerRows = body.length;
  const tableKey = ctx.tables.nextKey();
  let group: string | null = null;
  let previous: string | null = null;
  block.rows.forEach((row, index) => {
    const key = `${tableKey}-${index}`;
    if ('group' in row) {
      group = row.group;
      previous = null;
      body.push(groupRow(row.group, count, `${NODE_IDS.groupRow}${key}`));
      return;
    }
    if (group !== null) {
      ctx.tables.rows.set(key, previous);
      if (ctx.tables.continued.has(key)) body.push(groupRow(formatText.continued(group), count, `${NODE_IDS.groupRow}${key}-c`));
    }
    previous = key;
    const cells = block.columns.map((column, columnIndex) => cell(row.cells[columnIndex] ?? '', column.align ?? 'left'));
    cells[0] = { ...(cells[0] as object), id: `${NODE_IDS.dataRow}${key}` } as TableCell;
    body.push(cells);
  });
  return {
    // A header row never stands alone at the foot of a page: it goes over with the first row.
    table: { headerRows, keepWithHeaderRows: 1, dontBreakRows: true, widths, body },
    fontSize: size,
    layout: {
      hLineWidth: () => RULE,
      vLineWidth: () => RULE,
      paddingLeft: () => CELL_PADDING_X,
      paddingRight: () => CELL_PADDING_X,
      paddingTop: () => CELL_PADDING_Y,
      paddingBottom: () => CELL_PADDING_Y,
    },
    margin: [0, 0, 0, PARAGRAPH_SPACING],
  };
}

/** Body blocks as pdfmake content, for a column `width` points wide. */
export function blocks(list: Block[], width: number, ctx: LayoutContext): Content[] {
  const size = ctx.bodySize;
  return list.map((block): Content => {
    switch (block.kind) {
      case 'paragraph': {
        const align = block.align ?? 'justify';
        const indent = block.indent ?? align === 'justify';
        return {
          text: inlines(block.text),
          alignment: align,
          bold: block.bold,
          italics: block.italics,
          fontSize: size,
          leadingIndent: indent ? FIRST_LINE_INDENT : 0,
          margin: [0, 0, 0, PARAGRAPH_SPACING],
        };
      }
      case 'heading': {
        const marker = block.number ? (block.level === 3 ? `${block.number}) ` : `${block.number}. `) : '';
        return {
          text: inlines(`${marker}${block.text}`),
          bold: true,
          italics: block.level === 3,
          fontSize: size,
          alignment: 'justify',
          leadingIndent: FIRST_LINE_INDENT,
          headlineLevel: block.level,
          margin: [0, block.level === 1 ? PARAGRAPH_SPACING : 0, 0, PARAGRAPH_SPACING],
        };
      }
      case 'table':
        return table(block, width, ctx);
      case 'spacer':
        return { text: '', margin: [0, block.height, 0, 0] };
    }
  });
}
