import type { TDocumentDefinitions } from 'pdfmake/interfaces';

import { AppError } from '../../../shared/errors';
import { FONT_FAMILY, type FontSet, insideFontDir, loadFontSet } from './fonts';
import { pdfMessages } from './messages';
import { sharedFontNames, type VirtualFiles } from './shared-fonts';

/**
 * The part of pdfmake 0.3's server API we use. Its npm types (@types/pdfmake) still describe 0.2,
 * whose module exported a PdfPrinter class; 0.3 exports one configured instance.
 */
interface PdfMakeServer {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  virtualfs: VirtualFiles;
}

let loading: Promise<PdfMakeServer> | null = null;

/** pdfmake takes longer to load than the rest of main: it is loaded for the first document, not at start. */
function loadPdfMake(): Promise<PdfMakeServer> {
  loading ??= import('pdfmake').then((namespace) => {
    const module = namespace as unknown as { default?: PdfMakeServer };
    return module.default ?? (namespace as unknown as PdfMakeServer);
  });
  return loading;
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

export interface PdfEngine {
  /** The fonts, loaded on first use: a missing font breaks printing with a clear message, not start-up. */
  fonts(): FontSet;
  render(definition: TDocumentDefinitions): Promise<RenderedPdf>;
}

/**
 * pdfmake in the main process: fonts only from the font folder, no URL ever fetched, no other file read.
 * pdfmake keeps its configuration on one module-wide instance, so every render sets it again; the
 * settings are the same for every engine, and rendering itself keeps no state between calls.
 */
export function createPdfEngine(fontDir: string): PdfEngine {
  let loaded: FontSet | null = null;
  const fonts = () => (loaded ??= loadFontSet(fontDir));
  return {
    fonts,
    async render(definition) {
      const set = fonts();
      const pdfmake = await loadPdfMake();
      // pdfmake rewrites the descriptors it is given, so each render gets a fresh copy; the fonts
      // themselves are parsed once per process (shared-fonts.ts).
      pdfmake.setFonts({ [FONT_FAMILY]: sharedFontNames(pdfmake.virtualfs, set.files) });
      pdfmake.setUrlAccessPolicy(() => false);
      pdfmake.setLocalAccessPolicy((candidate) => insideFontDir(set, candidate));
      // The page count is what the header callback saw last: pdfmake calls it for every page of the final layout.
      let pages = 0;
      const header = definition.header;
      const counted: TDocumentDefinitions = {
        ...definition,
        header: (currentPage, pageCount, pageSize) => {
          pages = pageCount;
          return typeof header === 'function' ? header(currentPage, pageCount, pageSize) : (header ?? null);
        },
      };
      try {
        const bytes = await pdfmake.createPdf(counted).getBuffer();
        return { bytes, pages };
      } catch (error) {
        throw new AppError('INTERNAL', pdfMessages.renderFailed(error instanceof Error ? error.message : String(error)));
      }
    },
  };
}
