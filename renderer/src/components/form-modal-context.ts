import { createContext, useContext, useEffect } from 'react';

export interface FormModalContextValue {
  /** Closes the modal, asking first when the form inside has unsaved changes. */
  requestClose: () => void;
  /** Tells the modal how to know whether its form has unsaved changes. */
  setDirtyCheck: (check: (() => boolean) | null) => void;
}

export const FormModalContext = createContext<FormModalContextValue | null>(null);

/** The enclosing FormModal, if any. */
export function useFormModal(): FormModalContextValue | null {
  return useContext(FormModalContext);
}

/** Registers a form's "has unsaved changes" check with the FormModal it sits in. */
export function useDirtyCheck(check: () => boolean): void {
  const modal = useFormModal();
  useEffect(() => {
    if (!modal) return;
    modal.setDirtyCheck(check);
    return () => modal.setDirtyCheck(null);
  }, [modal, check]);
}
