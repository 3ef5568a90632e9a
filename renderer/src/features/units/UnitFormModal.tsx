import type { Unit, UnitListItem } from '@shared/domain/units';

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

/** The unit form in a modal; the parent is looked up on the server as the user types. */
export function UnitFormModal({ opened, onClose, unit, preset, onSaved, onReload }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={unit ? unitsText.form.editTitle(unit.name) : unitsText.form.createTitle}>
      <UnitForm
        unit={unit}
        preset={preset}
        onSaved={(saved) => {
          onSaved(saved);
          onClose();
        }}
        onCancel={onClose}
        onReload={onReload}
      />
    </FormModal>
  );
}
