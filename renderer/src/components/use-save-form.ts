import type { UseFormReturnType } from '@mantine/form';
import { type NotificationData, notifications } from '@mantine/notifications';
import { type FormEvent, type RefObject, useCallback, useRef, useState } from 'react';

import { focusFirstInvalid } from './focus-invalid';
import { useDirtyCheck } from './form-modal-context';
import { handleSaveError } from './save-error';

export interface SaveFormOptions<Values, Result> {
  /** Sends the values; resolves with what the server stored or throws its ApiError. */
  save: (values: Values) => Promise<Result>;
  /** The success notification: a message, or a whole notification (title, autoClose...). */
  success: (result: Result) => string | NotificationData;
  onSaved?: (result: Result) => void;
  /** Server field paths -> the form's paths, where they differ ("decision.number" -> "number"). */
  fieldErrors?: (errors: Record<string, string>) => Record<string, string>;
  /** Title of the failure notification; "Chưa lưu được" by default. */
  failedTitle?: string;
  /**
   * A step before saving, in the same busy state (e.g. asking the server for warnings to show first):
   * false stops without saving, so the user can look and submit again.
   */
  check?: (values: Values) => Promise<boolean>;
}

export interface SaveFormState {
  saving: boolean;
  /** A stale version's message: the form shows a reload prompt and cannot be saved. */
  conflict: string | null;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
}

/**
 * Saving a Mantine form the one way every form does: validate (on failure the first invalid field is scrolled to
 * and focused), send, notify, hand the result on; server field errors land on their fields, a stale version
 * becomes the conflict prompt. Inside a FormModal, unsaved changes are asked about before closing.
 */
export function useSaveForm<Values, Result>(
  form: UseFormReturnType<Values>,
  { save, success, onSaved, fieldErrors, failedTitle, check }: SaveFormOptions<Values, Result>,
): SaveFormState {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const dirtyCheck = useCallback(() => form.isDirty(), [form]);
  useDirtyCheck(dirtyCheck);

  const send = async (values: Values) => {
    setSaving(true);
    setConflict(null);
    try {
      if (check && !(await check(values))) return;
      const result = await save(values);
      const shown = success(result);
      notifications.show({ color: 'green', ...(typeof shown === 'string' ? { message: shown } : shown) });
      // Saved values are no longer unsaved changes.
      form.resetDirty();
      onSaved?.(result);
    } catch (error) {
      handleSaveError(error, (errors) => form.setErrors(fieldErrors ? fieldErrors(errors) : errors), setConflict, failedTitle);
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = form.onSubmit(
    (values) => void send(values),
    (errors) => focusFirstInvalid(formRef.current, Object.keys(errors)),
  );
  return { saving, conflict, formRef, onSubmit };
}
