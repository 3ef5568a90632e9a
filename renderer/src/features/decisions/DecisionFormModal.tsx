import type { Decision } from '@shared/domain/council';

import { FormModal } from '../../components/FormModal';
import { DecisionForm } from './DecisionForm';
import { decisionsText } from './text';

interface Props {
  opened: boolean;
  onClose: () => void;
  onSaved: (decision: Decision) => void;
}

/** "Tạo quyết định" in a modal. */
export function DecisionFormModal({ opened, onClose, onSaved }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={decisionsText.form.title} size="70rem">
      {opened && (
        <DecisionForm
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </FormModal>
  );
}
