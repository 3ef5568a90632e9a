import type { Content, TableCell } from 'pdfmake/interfaces';

import type { Block, TableBlock, TableCellValue, TextRun } from '../../../../shared/documents/description';
import type { LayoutContext } from './context';
import { MM } from './geometry';

/** First-line indent of body paragraphs: 1.27 cm (the decree allows 1 to 1.27 cm). */
export const FIRST_LINE_INDENT = 12.7 * MM;
/** Space after a paragraph (the decree asks for at least 6 pt). */
export const PARAGRAPH_SPACING = 6;

/** Marks pdfmake nodes so the page-break rule can find grouped tables, their group rows and data rows. */
export const NODE_IDS = { groupedTable: 'table-grouped-', groupRow: 'table-group-', dataRow: 'table-row-' };

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

/** Thin rules and cell padding; `topRule` false for a table stacked under another, whose bottom rule serves. */
function ruled(topRule = true) {
  return {
    hLineWidth: (index: number) => (index === 0 && !topRule ? 0 : RULE),
    vLineWidth: () => RULE,
    paddingLeft: () => CELL_PADDING_X,
    paddingRight: () => CELL_PADDING_X,
    paddingTop: () => CELL_PADDING_Y,
    paddingBottom: () => CELL_PADDING_Y,
  };
}

/** A frame with no rules and no padding: it only stacks the ruled tables inside it. */
const FRAME = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

interface RowGroup {
  heading: TableCell[] | null;
  rows: TableCell[][];
}

/**
 * A table with thin rules, its header (and the optional "(1) (2) ..." row) repeated on every page,
 * rows that never split across pages, and group headings spanning the row. Widths are shared out of
 * the text width in proportion to the columns' relative widths.
 *
 * A grouped table is laid out in one pass, by pdfmake's own rules rather than by moving rows after a
 * layout: a frame whose header row is the column header (repeated on every page), holding one ruled
 * table per group whose header row is the group heading. pdfmake keeps a table's header with its first
 * row (so a heading never stands alone at a page's foot) and repeats the headers of every table under
 * way on a new page, so a group going on over a page break shows the column header and its heading again.
 */
function table(block: TableBlock, width: number, ctx: LayoutContext): Content {
  const size = block.fontSize ?? Math.max(12, ctx.bodySize - 1);
  const count = block.columns.length;
  const available = width - count * 2 * CELL_PADDING_X - (count + 1) * RULE;
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => (available * column.width) / total);
  const header: TableCell[][] = [block.columns.map((column) => ({ text: column.header, bold: true, alignment: 'center', ...MIDDLE }))];
  if (block.numberedColumns) header.push(block.columns.map((_, index) => ({ text: `(${index + 1})`, italics: true, alignment: 'center' })));
  const tableKey = ctx.tables.nextKey();
  const groups: RowGroup[] = [{ heading: null, rows: [] }];
  block.rows.forEach((row, index) => {
    const key = `${tableKey}-${index}`;
    if ('group' in row) {
      groups.push({ heading: groupRow(row.group, count, `${NODE_IDS.groupRow}${key}`), rows: [] });
      return;
    }
    const cells = block.columns.map((column, columnIndex) => cell(row.cells[columnIndex] ?? '', column.align ?? 'left'));
    cells[0] = { ...(cells[0] as object), id: `${NODE_IDS.dataRow}${key}` } as TableCell;
    (groups.at(-1) as RowGroup).rows.push(cells);
  });
  const common = { fontSize: size, margin: [0, 0, 0, PARAGRAPH_SPACING] as [number, number, number, number] };
  if (groups.length === 1) {
    return {
      // A header row never stands alone at the foot of a page: it goes over with the first row.
      table: { headerRows: header.length, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [...header, ...groups[0].rows] },
      layout: ruled(),
      ...common,
    };
  }
  const inner = groups
    .filter((group) => group.heading || group.rows.length > 0)
    .map((group): TableCell[] => [
      group.heading
        ? {
            table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [group.heading, ...group.rows] },
            layout: ruled(false),
          }
        : { table: { dontBreakRows: true, widths, body: group.rows }, layout: ruled(false) },
    ]);
  return {
    // The frame's id lets the page-break rule keep the column header with the first group (see document.ts).
    id: `${NODE_IDS.groupedTable}${tableKey}`,
    table: { headerRows: 1, widths: ['*'], body: [[{ table: { widths, body: header }, layout: ruled() }], ...inner] },
    layout: FRAME,
    ...common,
  } as Content;
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
