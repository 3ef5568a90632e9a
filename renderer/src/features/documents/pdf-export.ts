import type { InputOf } from '@shared/contract';

import { call } from '../../api/client';
import { nativeDialogs } from './capabilities';
import { downloadPdf } from './pdf-blob';

/** Which PDF main saves or prints: an issued document of the register, or a template's draft. */
export type PdfSource = { documentId: number } | { template: string; params: Record<string, unknown> };

export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'downloaded' };
export type PrintOutcome = 'viewer' | 'browser';

function fileInput(source: PdfSource, fileName: string): InputOf<'documents.saveAs'> {
  return { ...source, fileName };
}

/**
 * Save as: Electron's native dialog through main when there is one (the bytes are main's own);
 * otherwise a download of the PDF already shown, which the browser saves to its downloads folder.
 */
export async function savePdf(options: { source?: PdfSource; url: string; fileName: string }): Promise<SaveOutcome> {
  if (options.source && (await nativeDialogs())) {
    const result = await call('documents.saveAs', fileInput(options.source, options.fileName));
    return result.saved && result.path ? { kind: 'saved', path: result.path } : { kind: 'cancelled' };
  }
  downloadPdf(options.url, options.fileName);
  return { kind: 'downloaded' };
}

/**
 * Print: in Electron, main opens the PDF in Chromium's viewer window (see electron/main/desktop/electron-shell.ts);
 * in a browser, the frame showing the PDF prints it, and where the browser refuses, the PDF opens in
 * a tab of its own whose viewer prints.
 */
export async function printPdf(options: {
  source?: PdfSource;
  url: string;
  fileName: string;
  frame: HTMLIFrameElement | null;
}): Promise<PrintOutcome> {
  if (options.source && (await nativeDialogs())) {
    await call('documents.print', fileInput(options.source, options.fileName));
    return 'viewer';
  }
  try {
    const target = options.frame?.contentWindow;
    if (!target) throw new Error('no frame');
    target.focus();
    target.print();
  } catch {
    window.open(options.url, '_blank', 'noopener');
  }
  return 'browser';
}
