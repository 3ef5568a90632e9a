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

/** The movement form in a modal; a one-province database offers its province as a new movement's area. */
export function MovementFormModal({ opened, onClose, movement, onSaved, onReload }: Props) {
  const provinces = useCall('units.list', { kind: 'province', archived: 'active', pageSize: 2 }, opened && !movement);
  const ready = Boolean(movement) || provinces.data !== undefined || provinces.error !== null;
  const only = provinces.data?.rows.length === 1 ? provinces.data.rows[0].id : null;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={movement ? movementsText.form.editTitle(movement.name) : movementsText.form.createTitle}
    >
      {ready ? (
        <MovementForm
          movement={movement}
          defaultScopeId={only}
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
