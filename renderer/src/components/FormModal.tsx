import { Modal, type ModalProps } from '@mantine/core';
import { modals } from '@mantine/modals';
import { type ReactNode, useMemo, useRef } from 'react';

import { FormModalContext, type FormModalContextValue } from './form-modal-context';
import { commonText } from './text';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: ModalProps['size'];
  children: ReactNode;
}

/**
 * A form in a modal. Closing it (×, Escape, Hủy) asks first when the form has unsaved changes; a click
 * outside does not close it. The form closes it itself after saving (its onSaved).
 */
export function FormModal({ opened, onClose, title, size = 'xl', children }: Props) {
  const dirty = useRef<(() => boolean) | null>(null);
  const context = useMemo<FormModalContextValue>(
    () => ({
      setDirtyCheck: (check) => {
        dirty.current = check;
      },
      requestClose: () => {
        if (!dirty.current?.()) {
          onClose();
          return;
        }
        modals.openConfirmModal({
          title: commonText.discardTitle,
          children: commonText.discardMessage,
          labels: { confirm: commonText.discardConfirm, cancel: commonText.keepEditing },
          confirmProps: { color: 'red' },
          onConfirm: onClose,
        });
      },
    }),
    [onClose],
  );
  return (
    <Modal opened={opened} onClose={context.requestClose} title={title} size={size} closeOnClickOutside={false}>
      <FormModalContext.Provider value={context}>{children}</FormModalContext.Provider>
    </Modal>
  );
}
