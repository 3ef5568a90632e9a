import { notifications } from '@mantine/notifications';

import { ApiError } from '../api/client';
import { commonText } from './text';

/**
 * Where a failed save goes: a stale version (CONFLICT without fields) becomes the form's reload
 * prompt; field errors land on their fields; the message is always shown in a notification.
 */
export function handleSaveError(
  error: unknown,
  setErrors: (errors: Record<string, string>) => void,
  setConflict: (message: string) => void,
  failedTitle: string = commonText.saveFailed,
): void {
  if (!(error instanceof ApiError)) throw error;
  if (error.code === 'CONFLICT' && error.fields.length === 0) {
    setConflict(error.message);
    return;
  }
  setErrors(error.fieldMap());
  notifications.show({ color: 'red', title: failedTitle, message: error.message });
}
