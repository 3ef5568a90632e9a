import { notifications } from '@mantine/notifications';

import { ApiError } from '../../api/client';
import { criteriaSetsText } from './text';

/** A stale version (CONFLICT without fields) becomes the reload prompt; otherwise field errors and a notification. */
export function handleSaveError(
  error: unknown,
  setErrors: (errors: Record<string, string>) => void,
  setConflict: (message: string) => void,
): void {
  if (!(error instanceof ApiError)) throw error;
  if (error.code === 'CONFLICT' && error.fields.length === 0) {
    setConflict(error.message);
    return;
  }
  setErrors(error.fieldMap());
  notifications.show({ color: 'red', title: criteriaSetsText.saveFailed, message: error.message });
}
