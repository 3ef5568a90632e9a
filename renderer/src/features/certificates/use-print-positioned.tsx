import { safeFileName } from '@shared/format/file-name';
import { type ReactNode, useRef, useState } from 'react';

import { call } from '../../api/client';
import { PdfPreviewModal } from '../documents/PdfPreviewModal';

interface Job {
  template: string;
  params: Record<string, unknown>;
  title: string;
  note: string;
}

interface State {
  job: Job | null;
  pdf: string | null;
  pages?: number;
  error: string | null;
  loading: boolean;
}

const closed: State = { job: null, pdf: null, error: null, loading: false };

/**
 * Prints a positioned document (certificates, the calibration page) through the documents client: the
 * preview with Save and Print, never "Cấp số và phát hành" (these are printed copies, not numbered documents).
 */
export function usePrintPositioned(): { open: (job: Job) => void; modal: ReactNode } {
  const [state, setState] = useState<State>(closed);
  const request = useRef(0);

  const open = (job: Job) => {
    const id = ++request.current;
    setState({ ...closed, job, loading: true });
    call('documents.preview', { template: job.template, params: job.params })
      .then((preview) => id === request.current && setState({ ...closed, job, pdf: preview.pdf, pages: preview.pages }))
      .catch(
        (error: unknown) =>
          id === request.current && setState({ ...closed, job, error: error instanceof Error ? error.message : String(error) }),
      );
  };

  const close = () => {
    request.current++;
    setState(closed);
  };

  const { job } = state;
  const modal = (
    <PdfPreviewModal
      opened={job !== null}
      onClose={close}
      title={job?.title ?? ''}
      pdf={state.pdf}
      pages={state.pages}
      loading={state.loading}
      error={state.error}
      fileName={safeFileName([job?.title], 'pdf')}
      source={job ? { template: job.template, params: job.params } : undefined}
      note={job?.note}
    />
  );
  return { open, modal };
}
