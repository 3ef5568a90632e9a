import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import type {
  PaperSize,
  PositionedDocument,
  PositionedDrawing,
  PositionedField,
  PositionedPage,
} from '../../../../shared/documents/description';
import { AppError } from '../../../../shared/errors';
import type { FontSet } from '../fonts';
import { FONT_FAMILY } from '../fonts';
import { pdfMessages } from '../messages';
import { styleOf } from './context';
import type { LayoutOptions } from './document';
import { nfcDeep } from './document';
import { MM } from './geometry';

/** ISO sizes in millimetres, portrait. */
const PAPER_MM: Record<Exclude<PaperSize, object>, [number, number]> = { A3: [297, 420], A4: [210, 297], A5: [148, 210] };
/** How much a field's text shrinks per try, in points. */
const SHRINK_STEP = 0.5;

export function paperPoints(paper: PaperSize, orientation: 'portrait' | 'landscape' = 'portrait'): { width: number; height: number } {
  const [a, b] = typeof paper === 'string' ? PAPER_MM[paper] : [paper.widthMm, paper.heightMm];
  const [short, long] = a <= b ? [a, b] : [b, a];
  return orientation === 'landscape' ? { width: long * MM, height: short * MM } : { width: short * MM, height: long * MM };
}

/** Greedy word wrap into `width`; null when a single word is wider than the box. */
function wrap(text: string, width: number, measure: (value: string) => number): string[] | null {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      if (measure(word) > width) return null;
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface FittedField {
  lines: string[];
  fontSize: number;
}

/**
 * The largest size from the field's own down to its minimum at which its text, wrapped, fits the box;
 * a Vietnamese error naming the field when even the minimum does not.
 */
export function fitField(field: PositionedField, fonts: FontSet): FittedField {
  const metrics = fonts.metrics[styleOf(field.bold, field.italics)];
  const width = field.widthMm * MM;
  const height = field.heightMm * MM;
  const minimum = Math.min(field.minFontSize ?? field.fontSize, field.fontSize);
  for (let size = field.fontSize; size >= minimum - 1e-9; size -= SHRINK_STEP) {
    const lines = wrap(field.text, width, (value) => metrics.widthOf(value, size));
    // A hundredth of a point of slack: the box is measured, not the rounding of its conversion to points.
    if (lines && lines.length * metrics.lineHeight(size) <= height + 0.01) return { lines, fontSize: size };
  }
  const message = pdfMessages.fieldDoesNotFit(field.name, field.widthMm, field.heightMm, minimum);
  throw new AppError('VALIDATION', message, [{ path: `fields.${field.name}`, message }]);
}

function fieldNode(field: PositionedField, offset: { x: number; y: number }, fonts: FontSet): Content {
  const fitted = fitField(field, fonts);
  return {
    absolutePosition: { x: (field.xMm + offset.x) * MM, y: (field.yMm + offset.y) * MM },
    columns: [
      {
        width: field.widthMm * MM,
        stack: fitted.lines.map((line) => ({ text: line || ' ', noWrap: true })),
        alignment: field.align ?? 'left',
        fontSize: fitted.fontSize,
        bold: field.bold,
        italics: field.italics,
      },
    ],
  } as Content;
}

/** The page's lines and boxes as one absolutely placed canvas (pdfmake canvases are in points from their origin). */
function drawingsNode(drawings: readonly PositionedDrawing[], offset: { x: number; y: number }): Content {
  const canvas = drawings.map((drawing) =>
    drawing.kind === 'line'
      ? {
          type: 'line' as const,
          x1: (drawing.x1Mm + offset.x) * MM,
          y1: (drawing.y1Mm + offset.y) * MM,
          x2: (drawing.x2Mm + offset.x) * MM,
          y2: (drawing.y2Mm + offset.y) * MM,
          lineWidth: drawing.widthPt ?? 0.5,
          lineColor: drawing.color ?? '#000000',
        }
      : {
          type: 'rect' as const,
          x: (drawing.xMm + offset.x) * MM,
          y: (drawing.yMm + offset.y) * MM,
          w: drawing.widthMm * MM,
          h: drawing.heightMm * MM,
          lineWidth: drawing.widthPt ?? 0.75,
          lineColor: drawing.color ?? '#000000',
          ...(drawing.dashed ? { dash: { length: 3, space: 2 } } : {}),
        },
  );
  return { canvas, absolutePosition: { x: 0, y: 0 } } as Content;
}

/** A field that does not fit names its sheet too, when the sheet has a name (one certificate of a batch). */
function sheetNodes(page: PositionedPage, offset: { x: number; y: number }, fonts: FontSet): Content[] {
  try {
    return [
      ...(page.drawings?.length ? [drawingsNode(page.drawings, offset)] : []),
      ...page.fields.map((field) => fieldNode(field, offset, fonts)),
    ];
  } catch (error) {
    if (!page.label || !(error instanceof AppError)) throw error;
    const message = pdfMessages.sheetFieldDoesNotFit(page.label, error.message);
    throw new AppError(
      error.code,
      message,
      error.fields?.map((field) => ({ ...field, message })),
    );
  }
}

/** The pdfmake definition of a positioned document: no margins, no header blocks, fields where the blank expects them. */
export function buildPositionedDefinition(given: PositionedDocument, fonts: FontSet, options: LayoutOptions): TDocumentDefinitions {
  const document = nfcDeep(given);
  const size = paperPoints(document.paper, document.orientation);
  const offset = document.offsetMm ?? { x: 0, y: 0 };
  const content: Content[] = document.pages.flatMap((page, index) => [
    // An empty line starts each sheet after the first; fields are placed absolutely on it.
    ...(index > 0 ? [{ text: '', pageBreak: 'before' as const }] : []),
    ...sheetNodes(page, offset, fonts),
  ]);
  return {
    pageSize: size,
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: FONT_FAMILY, lineHeight: 1 },
    content: content.length ? content : [{ text: '' }],
    info: { title: document.metadataTitle, creator: 'Thi đua', producer: 'Thi đua', creationDate: options.createdAt },
  };
}
