import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { NomineeCreated } from '@shared/contract/nominees';
import {
  COLLECTIVE_CLASS_LABELS,
  COLLECTIVE_CLASSES,
  FORMS_OF_ADDRESS,
  GENDER_LABELS,
  GENDERS,
  INDIVIDUAL_CLASS_LABELS,
  INDIVIDUAL_CLASSES,
  type NomineeKind,
} from '@shared/domain/nominations';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { UnitPicker } from '../inspections/UnitPicker';
import { newNomineeValues, type NomineeFormValues, nomineeRules, toNomineeInput } from './nominee-form-values';
import { nominationsText } from './text';

const text = nominationsText.nomineeForm;

interface Props {
  kind: NomineeKind;
  /** The name typed in the search, to start from. */
  name?: string;
  onSaved: (nominee: NomineeCreated) => void;
  onCancel: () => void;
}

/** A new nominee of one kind: an individual, a collective or a household, with the fields each has. */
export function NomineeForm({ kind, name, onSaved, onCancel }: Props) {
  const form = useForm<NomineeFormValues>({ mode: 'controlled', initialValues: newNomineeValues(kind, name), validate: nomineeRules });
  const state = useSaveForm(form, {
    save: (values) => call('nominees.create', toNomineeInput(values)),
    success: (saved) => nominationsText.add.nomineeCreated(saved.name),
    onSaved,
  });
  return (
    <SaveForm state={state} conflictTitle={nominationsText.add.conflictTitle} onCancel={onCancel} submitLabel={text.save}>
      <TextInput label={text.name[kind]} withAsterisk data-autofocus {...form.getInputProps('name')} />
      {kind === 'individual' && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
            <Select label={text.formOfAddress} data={[...FORMS_OF_ADDRESS]} clearable {...form.getInputProps('formOfAddress')} />
            <Select
              label={text.gender}
              data={GENDERS.map((value) => ({ value, label: GENDER_LABELS[value] }))}
              clearable
              {...form.getInputProps('gender')}
            />
            <NumberInput
              label={text.birthYear}
              allowDecimal={false}
              thousandSeparator=""
              min={1900}
              max={2100}
              {...form.getInputProps('birthYear')}
            />
            <TextInput label={text.ethnicity} {...form.getInputProps('ethnicity')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={text.position} {...form.getInputProps('position')} />
            <TextInput label={text.workplace} {...form.getInputProps('workplace')} />
          </SimpleGrid>
          <Select
            label={text.classification}
            data={INDIVIDUAL_CLASSES.map((value) => ({ value, label: INDIVIDUAL_CLASS_LABELS[value] }))}
            clearable
            {...form.getInputProps('classification')}
          />
        </>
      )}
      {kind === 'collective' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={text.classification}
            data={COLLECTIVE_CLASSES.map((value) => ({ value, label: COLLECTIVE_CLASS_LABELS[value] }))}
            clearable
            {...form.getInputProps('classification')}
          />
          <TextInput label={text.superior} {...form.getInputProps('workplace')} />
        </SimpleGrid>
      )}
      {kind === 'household' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={text.village} {...form.getInputProps('village')} />
          <TextInput label={text.commune} {...form.getInputProps('commune')} />
        </SimpleGrid>
      )}
      <UnitPicker label={text.unit[kind]} {...form.getInputProps('unitId')} />
    </SaveForm>
  );
}
