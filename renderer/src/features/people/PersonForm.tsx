import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Person } from '@shared/domain/inspections';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { type PersonFormValues, personRules, personValues, toPersonInput } from './person-form-values';
import { peopleText } from './text';

const { fields, hints, form: formText } = peopleText;

interface Props {
  /** The person being edited; absent when adding. */
  person?: Person;
  /** What was typed in a picker before choosing "add", to start the new person's name with. */
  initialName?: string;
  onSaved: (person: Person) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Add a person to the directory or edit one at the version read; a stale edit shows the reload prompt. */
export function PersonForm({ person, initialName, onSaved, onCancel, onReload }: Props) {
  const form = useForm<PersonFormValues>({ mode: 'controlled', initialValues: personValues(person, initialName), validate: personRules });
  const state = useSaveForm(form, {
    save: (values) =>
      person
        ? call('people.update', { ...toPersonInput(values), id: person.id, version: person.version })
        : call('people.create', toPersonInput(values)),
    success: (saved) => (person ? formText.saved(saved.fullName) : formText.created(saved.fullName)),
    onSaved,
  });
  return (
    <SaveForm state={state} conflictTitle={formText.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <TextInput label={fields.fullName} placeholder={hints.fullName} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
      <TextInput label={fields.position} placeholder={hints.position} {...form.getInputProps('position')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={fields.agency} placeholder={hints.agency} {...form.getInputProps('agency')} />
        <TextInput label={fields.phone} type="tel" {...form.getInputProps('phone')} />
      </SimpleGrid>
    </SaveForm>
  );
}
