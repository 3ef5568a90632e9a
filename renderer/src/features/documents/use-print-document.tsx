import type { DocumentEntry } from '@shared/domain/documents';
import { safeFileName } from '@shared/format/file-name';
import { lazy, type ReactNode, Suspense, useCallback, useRef, useState } from 'react';

import { ApiError, call } from '../../api/client';
import type { IssueValues } from './IssueForm';
import { documentsText } from './text';

// The preview (with its issue form and date fields) loads when a screen first prints, not with the screen.
const PdfPreviewModal = lazy(() => import('./PdfPreviewModal').then((module) => ({ default: module.PdfPreviewModal })));

export interface PrintDocumentOptions {
  /** Modal title and file name of the draft, e.g. "Danh sách đơn vị". */
  title?: string;
  /** The record the issued document belongs to. */
  entity?: string;
  entityId?: number;
  /** Called after a document is numbered and stored. */
  onIssued?: (entry: DocumentEntry) => void;
}

export interface PrintDocument {
  /** Renders the draft and opens the preview. */
  open: () => void;
  opened: boolean;
  loading: boolean;
  /** The preview modal; render it once somewhere in the screen. */
  modal: ReactNode;
}

interface State {
  pdf: string | null;
  pages?: number;
  /** False for a working list (the unit directory): saved and printed, never issued. */
  issuable?: boolean;
  error: string | null;
  loading: boolean;
  issued: DocumentEntry | null;
}

const initial: State = { pdf: null, error: null, loading: false, issued: null };

/**
 * Print any template: `const print = usePrintDocument('unit-directory', filters)`, a button calling
 * `print.open`, and `{print.modal}`. The draft is previewed without a number; "Cấp số và phát hành"
 * numbers it, and the modal then shows the stored PDF as the register keeps it.
 */
export function usePrintDocument(template: string, params: Record<string, unknown>, options: PrintDocumentOptions = {}): PrintDocument {
  const [opened, setOpened] = useState(false);
  // Mounted from the first print on, so that closing it still animates.
  const [used, setUsed] = useState(false);
  const [state, setState] = useState<State>(initial);
  const request = useRef(0);
  const paramsKey = JSON.stringify(params);
  const { title = documentsText.preview.draftTitle, entity, entityId, onIssued } = options;

  const open = useCallback(() => {
    const id = ++request.current;
    setOpened(true);
    setUsed(true);
    setState({ ...initial, loading: true });
    call('documents.preview', { template, params: JSON.parse(paramsKey) as Record<string, unknown> })
      .then(
        (preview) => id === request.current && setState({ ...initial, pdf: preview.pdf, pages: preview.pages, issuable: preview.issuable }),
      )
      .catch((error: unknown) => id === request.current && setState({ ...initial, error: messageOf(error) }));
  }, [template, paramsKey]);

  const issue = async (values: IssueValues) => {
    const entry = await call('documents.issue', {
      template,
      params: JSON.parse(paramsKey) as Record<string, unknown>,
      date: values.date,
      signature: values.signature,
      title: values.title,
      ...(entity && entityId ? { entity, entityId } : {}),
    });
    // Show what the register stored (re-read and checked against its hash), not the draft.
    const stored = await call('documents.get', { id: entry.id });
    request.current++;
    setState({ ...initial, pdf: stored.pdf, pages: stored.pages, issued: entry });
    onIssued?.(entry);
    // The issue form says it was numbered.
    return entry;
  };

  const close = () => {
    request.current++;
    setOpened(false);
    setState(initial);
  };

  const issued = state.issued;
  const modal = used && (
    <Suspense fallback={null}>
      <PdfPreviewModal
        opened={opened}
        onClose={close}
        title={issued ? documentsText.preview.issuedTitle(issued.numberSymbol) : title}
        pdf={state.pdf}
        pages={state.pages}
        loading={state.loading}
        error={state.error}
        fileName={safeFileName([issued?.numberSymbol, issued?.title ?? title], 'pdf')}
        source={issued ? { documentId: issued.id } : { template, params: JSON.parse(paramsKey) as Record<string, unknown> }}
        onIssue={issued || state.error || state.issuable === false ? undefined : issue}
        note={state.issuable === false ? documentsText.preview.workingListNote : undefined}
      />
    </Suspense>
  );
  return { open, opened, loading: state.loading, modal };
}

function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}
