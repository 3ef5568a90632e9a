import { Divider, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CriteriaSet } from '@shared/domain/criteria';
import { ADMIN_TYPES_BY_KIND } from '@shared/domain/units';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { setFieldErrors, type SetFormValues, setRules, setValues, toSetInput } from './form-values';
import { criteriaSetsText } from './text';

const { setForm: text } = criteriaSetsText;
const { fields, hints } = text;

interface Props {
  set: CriteriaSet;
  onSaved: (set: CriteriaSet) => void;
  onCancel: () => void;
  /** Reads the sets again after someone else changed this one. */
  onReload: () => void;
}

/** Edits a set's name, administrative types, legal basis and validity; a stale edit shows a reload prompt. */
export function SetForm({ set, onSaved, onCancel, onReload }: Props) {
  const form = useForm<SetFormValues>({ mode: 'controlled', initialValues: setValues(set), validate: setRules });

  const state = useSaveForm(form, {
    save: (values) => call('criteria.updateSet', toSetInput(set, values)),
    success: (saved) => text.saved(saved.name),
    onSaved,
    fieldErrors: setFieldErrors,
  });

  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <TextInput label={fields.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <TagsInput
        label={fields.adminTypes}
        description={hints.adminTypes}
        placeholder={hints.adminTypesPlaceholder}
        data={[...ADMIN_TYPES_BY_KIND[set.scope]]}
        clearable
        {...form.getInputProps('adminTypes')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <DateField label={fields.validFrom} {...form.getInputProps('validFrom')} />
        <DateField label={fields.validTo} {...form.getInputProps('validTo')} />
      </SimpleGrid>
      <Divider label={text.legalSection} labelPosition="left" />
      <SimpleGrid cols={3} spacing="sm">
        <TextInput label={fields.legalNumber} placeholder={hints.legalNumber} {...form.getInputProps('legalNumber')} />
        <DateField label={fields.legalDate} {...form.getInputProps('legalDate')} />
        <TextInput label={fields.legalIssuer} placeholder={hints.legalIssuer} {...form.getInputProps('legalIssuer')} />
      </SimpleGrid>
      <Textarea label={fields.legalTitle} autosize minRows={2} maxRows={5} {...form.getInputProps('legalTitle')} />
    </SaveForm>
  );
}
