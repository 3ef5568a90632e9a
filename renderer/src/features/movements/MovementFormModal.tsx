import { Center, Loader } from '@mantine/core';
import type { MovementDetail } from '@shared/domain/movements';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { MovementForm } from './MovementForm';
import { movementsText } from './text';

interface Props {
  opened: boolean;
  onClose: () => void;
  movement?: MovementDetail;
  onSaved: (movement: MovementDetail) => void;
  onReload?: () => void;
}

/** The movement form in a modal; loads the active units for the area and participants when it opens. */
export function MovementFormModal({ opened, onClose, movement, onSaved, onReload }: Props) {
  const units = useCall('units.list', { archived: 'active' }, opened);
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={movement ? movementsText.form.editTitle(movement.name) : movementsText.form.createTitle}
    >
      {units.data ? (
        <MovementForm
          movement={movement}
          units={units.data}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onCancel={onClose}
          onReload={onReload}
        />
      ) : (
        <Center p="xl" aria-label={movementsText.form.loadingUnits}>
          <Loader />
        </Center>
      )}
    </FormModal>
  );
}
