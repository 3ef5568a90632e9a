import type { PrintableDocument } from '../../../shared/documents/description';
import type { DocumentSettings } from '../../../shared/domain/settings';
import type { PdfEngine, RenderedPdf } from './engine';
import { buildDocumentDefinition, type LayoutOptions } from './layout/document';
import { buildPositionedDefinition } from './layout/positioned';

/** Lays out a document (administrative format or fields at positions) and renders it to PDF bytes. */
export async function renderDocument(
  engine: PdfEngine,
  description: PrintableDocument,
  settings: DocumentSettings,
  options: LayoutOptions,
): Promise<RenderedPdf> {
  if (description.layout === 'positioned') return engine.render(buildPositionedDefinition(description, engine.fonts(), options));
  // One layout: the page-break rule moves rows through the tables' own structure (layout/blocks.ts).
  return engine.render(buildDocumentDefinition(description, settings, engine.fonts(), options));
}

export { createPdfEngine, type PdfEngine, type RenderedPdf } from './engine';
export { FONT_FAMILY, FONT_FILES } from './fonts';
