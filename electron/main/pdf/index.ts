import type { DocumentDescription, PrintableDocument } from '../../../shared/documents/description';
import type { DocumentSettings } from '../../../shared/domain/settings';
import type { PdfEngine, RenderedPdf } from './engine';
import { buildDocumentDefinition, continuedRows, type LayoutOptions } from './layout/document';
import { buildPositionedDefinition } from './layout/positioned';

/** Layout passes at most: each may move a few rows, and with them where groups continue. */
const MAX_PASSES = 4;

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((key) => b.has(key));

/**
 * Lays out an administrative document and renders it. A grouped table that goes on over a page break
 * repeats its group heading "(tiếp theo)" on the new page; where that happens is known only after a
 * layout, so the document is laid out again until the repeated headings stay where they are.
 */
async function renderAdministrative(
  engine: PdfEngine,
  description: DocumentDescription,
  settings: DocumentSettings,
  options: LayoutOptions,
): Promise<RenderedPdf> {
  let continued: ReadonlySet<string> = new Set();
  for (let pass = 1; ; pass++) {
    const rowPages = new Map<string, number>();
    const { definition, groupedRows } = buildDocumentDefinition(description, settings, engine.fonts(), options, { continued, rowPages });
    const rendered = await engine.render(definition);
    const next = continuedRows(groupedRows, rowPages);
    if (sameSet(next, continued) || pass >= MAX_PASSES) return rendered;
    continued = next;
  }
}

/** Lays out a document (administrative format or fields at positions) and renders it to PDF bytes. */
export async function renderDocument(
  engine: PdfEngine,
  description: PrintableDocument,
  settings: DocumentSettings,
  options: LayoutOptions,
): Promise<RenderedPdf> {
  if (description.layout === 'positioned') return engine.render(buildPositionedDefinition(description, engine.fonts(), options));
  return renderAdministrative(engine, description, settings, options);
}

export { createPdfEngine, type PdfEngine, type RenderedPdf } from './engine';
export { FONT_FAMILY, FONT_FILES } from './fonts';
