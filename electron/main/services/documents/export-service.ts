import type { DocumentFileInput, DocumentPrintResult, DocumentSaveResult } from '../../../../shared/contract/documents';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../../shared/format/file-name';
import type { DesktopShell } from '../../desktop/shell';
import type { DocumentsService } from './documents-service';
import { exportMessages } from './messages';

interface Deps {
  documents: Pick<DocumentsService, 'storedPdf' | 'draftPdf'>;
  /** Null in the browser host and in tests that run without a shell. */
  shell: DesktopShell | null;
}

function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Save as and Print of a register document or a template's draft through the desktop shell.
 * The bytes come from main (stored and hash-checked, or rendered again), never from the renderer.
 */
export function createDocumentExport(deps: Deps) {
  function requireShell(): DesktopShell {
    if (!deps.shell) throw new AppError('FORBIDDEN', exportMessages.noShell);
    return deps.shell;
  }

  async function pdfOf(input: DocumentFileInput): Promise<{ bytes: Uint8Array; fileName: string; title: string }> {
    if (input.documentId !== undefined) {
      const { entry, bytes } = deps.documents.storedPdf(input.documentId);
      return {
        bytes,
        fileName: withPdfExtension(input.fileName ?? safeFileName([entry.numberSymbol, entry.title], 'pdf')),
        title: `${entry.numberSymbol} ${entry.title}`,
      };
    }
    // The schema guarantees a template when there is no documentId.
    const draft = await deps.documents.draftPdf(input.template ?? '', input.params ?? {});
    return { bytes: draft.bytes, fileName: withPdfExtension(input.fileName ?? safeFileName([draft.title], 'pdf')), title: draft.title };
  }

  return {
    capabilities() {
      return { nativeDialogs: deps.shell !== null };
    },

    async saveAs(input: DocumentFileInput): Promise<DocumentSaveResult> {
      const shell = requireShell();
      const pdf = await pdfOf(input);
      let saved: string | null;
      try {
        saved = await shell.saveFile(pdf.fileName, pdf.bytes);
      } catch (error) {
        throw new AppError('INTERNAL', exportMessages.cannotSave(detailOf(error)));
      }
      return saved === null ? { saved: false } : { saved: true, path: saved };
    },

    async print(input: DocumentFileInput): Promise<DocumentPrintResult> {
      const shell = requireShell();
      const pdf = await pdfOf(input);
      try {
        await shell.printPdf(pdf.bytes, pdf.title);
      } catch (error) {
        throw new AppError('INTERNAL', exportMessages.cannotPrint(detailOf(error)));
      }
      return { opened: true };
    },
  };
}

export type DocumentExport = ReturnType<typeof createDocumentExport>;
