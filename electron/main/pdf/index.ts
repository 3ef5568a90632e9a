import type { DocumentDescription } from '../../../shared/documents/description';
import type { DocumentSettings } from '../../../shared/domain/settings';
import type { PdfEngine, RenderedPdf } from './engine';
import { buildDocumentDefinition, type LayoutOptions } from './layout/document';

/** Lays out a document description in the administrative format and renders it to PDF bytes. */
export function renderDocument(
  engine: PdfEngine,
  description: DocumentDescription,
  settings: DocumentSettings,
  options: LayoutOptions,
): Promise<RenderedPdf> {
  return engine.render(buildDocumentDefinition(description, settings, engine.fonts(), options));
}

export { createPdfEngine, type PdfEngine, type RenderedPdf } from './engine';
export { FONT_FAMILY, FONT_FILES } from './fonts';
