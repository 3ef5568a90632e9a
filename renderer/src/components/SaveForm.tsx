import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

import { ConflictAlert } from './ConflictAlert';
import { FormFooter } from './FormFooter';
import { commonText } from './text';
import type { SaveFormState } from './use-save-form';

interface Props {
  state: SaveFormState;
  children: ReactNode;
  conflictTitle?: string;
  /** Reads the record again after a conflict. */
  onReload?: () => void;
  onCancel?: () => void;
  submitLabel?: string;
  /** "Quay lại" where cancelling goes back a step instead of closing. */
  cancelLabel?: string;
  submitColor?: string;
  gap?: 'sm' | 'md';
  /** Where Hủy / Lưu sit; forms on a page put them at the start. */
  footerJustify?: 'flex-end' | 'flex-start';
}

/** A form saved through useSaveForm: the conflict prompt on top, the fields, then Hủy / Lưu. */
export function SaveForm({
  state,
  children,
  conflictTitle,
  onReload,
  onCancel,
  submitLabel,
  cancelLabel,
  submitColor,
  gap = 'sm',
  footerJustify,
}: Props) {
  return (
    <form ref={state.formRef} onSubmit={state.onSubmit} noValidate>
      <Stack gap={gap}>
        {state.conflict && <ConflictAlert title={conflictTitle ?? commonText.conflictTitle} message={state.conflict} onReload={onReload} />}
        {children}
        <FormFooter
          saving={state.saving}
          disabled={state.conflict !== null}
          onCancel={onCancel}
          submitLabel={submitLabel}
          cancelLabel={cancelLabel}
          submitColor={submitColor}
          justify={footerJustify}
        />
      </Stack>
    </form>
  );
}
