import type { Award, NominationDetail } from '@shared/domain/nominations';

import { FormModal } from '../../components/FormModal';
import { NominationForm } from './NominationForm';
import { nominationsText } from './text';

interface Props {
  opened: boolean;
  onClose: () => void;
  roundId: number;
  catalogue: Award[];
  onSaved: (nomination: NominationDetail) => void;
}

export function NominationFormModal({ opened, onClose, roundId, catalogue, onSaved }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={nominationsText.add.title}>
      <NominationForm
        roundId={roundId}
        catalogue={catalogue}
        onSaved={(saved) => {
          onSaved(saved);
          onClose();
        }}
        onCancel={onClose}
      />
    </FormModal>
  );
}
