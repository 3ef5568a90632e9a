import { Center, Loader } from '@mantine/core';
import type { Unit, UnitListItem } from '@shared/domain/units';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { unitsText } from './text';
import type { UnitFormValues } from './unit-form-values';
import { UnitForm } from './UnitForm';

interface Props {
  opened: boolean;
  onClose: () => void;
  unit?: UnitListItem;
  preset?: Partial<UnitFormValues>;
  onSaved: (unit: Unit) => void;
  onReload?: () => void;
}

/** The unit form in a modal; loads the active units for the parent choice when it opens. */
export function UnitFormModal({ opened, onClose, unit, preset, onSaved, onReload }: Props) {
  const units = useCall('units.list', { archived: 'active' }, opened);
  return (
    <FormModal opened={opened} onClose={onClose} title={unit ? unitsText.form.editTitle(unit.name) : unitsText.form.createTitle}>
      {units.data ? (
        <UnitForm
          unit={unit}
          preset={preset}
          units={units.data}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onCancel={onClose}
          onReload={onReload}
        />
      ) : (
        <Center p="xl" aria-label={unitsText.form.loadingParents}>
          <Loader />
        </Center>
      )}
    </FormModal>
  );
}
