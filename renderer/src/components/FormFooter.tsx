import { Button, Group } from '@mantine/core';

import { useFormModal } from './form-modal-context';
import { commonText } from './text';

interface Props {
  saving: boolean;
  /** No save while a conflict waits for a reload. */
  disabled?: boolean;
  /** Absent on forms with nothing to go back to (set-up, settings); inside a FormModal, closing asks first. */
  onCancel?: () => void;
  submitLabel?: string;
  cancelLabel?: string;
  /** Red for a save that cannot be undone (cancelling a document). */
  submitColor?: string;
  justify?: 'flex-end' | 'flex-start';
}

/** Hủy / Lưu at the end of a form. */
export function FormFooter({ saving, disabled, onCancel, submitLabel, cancelLabel, submitColor, justify = 'flex-end' }: Props) {
  const modal = useFormModal();
  const cancel = modal?.requestClose ?? onCancel;
  return (
    <Group justify={justify} mt="xs">
      {cancel && (
        <Button variant="default" onClick={cancel} disabled={saving}>
          {cancelLabel ?? commonText.cancel}
        </Button>
      )}
      <Button type="submit" loading={saving} disabled={disabled} color={submitColor}>
        {submitLabel ?? commonText.save}
      </Button>
    </Group>
  );
}
