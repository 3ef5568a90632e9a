import type { Person } from '@shared/domain/inspections';

import { FormModal } from '../../components/FormModal';
import { PersonForm } from './PersonForm';
import { peopleText } from './text';

interface Props {
  opened: boolean;
  onClose: () => void;
  person?: Person;
  initialName?: string;
  onSaved: (person: Person) => void;
  onReload?: () => void;
}

/** The person form in a modal; closes itself after saving. Also the pickers' quick "add a person". */
export function PersonFormModal({ opened, onClose, person, initialName, onSaved, onReload }: Props) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={person ? peopleText.form.editTitle(person.fullName) : peopleText.form.createTitle}
    >
      {opened && (
        <PersonForm
          person={person}
          initialName={initialName}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onCancel={onClose}
          onReload={onReload}
        />
      )}
    </FormModal>
  );
}
