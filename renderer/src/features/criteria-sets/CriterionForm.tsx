import { Autocomplete, NumberInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CriteriaSet, Criterion } from '@shared/domain/criteria';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { type CriterionFormValues, criterionRules, criterionValues } from './form-values';
import { criteriaSetsText } from './text';

const { criterionForm: text } = criteriaSetsText;
const { fields, hints } = text;

interface Props {
  set: CriteriaSet;
  /** The criterion being renamed; absent when adding. */
  criterion?: Criterion;
  onSaved: (criterion: Criterion) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Adds a criterion to an editable set, or renames/renumbers one; the group can be picked from the set's groups. */
export function CriterionForm({ set, criterion, onSaved, onCancel, onReload }: Props) {
  const form = useForm<CriterionFormValues>({
    mode: 'controlled',
    initialValues: criterionValues(criterion),
    validate: criterionRules(criterion !== undefined),
  });
  const groups = [...new Set(set.criteria.map((item) => item.groupName).filter(Boolean))];

  const state = useSaveForm(form, {
    save: (values) =>
      criterion
        ? call('criteria.updateCriterion', {
            id: criterion.id,
            version: criterion.version,
            number: Number(values.number),
            archived: criterion.archived,
            name: values.name,
            groupName: values.groupName,
          })
        : call('criteria.addCriterion', {
            setId: set.id,
            // Left empty, the server gives the next free number.
            ...(values.number === '' ? {} : { number: Number(values.number) }),
            name: values.name,
            groupName: values.groupName,
          }),
    success: (saved) => (criterion ? text.saved(saved.number, saved.name) : text.created(saved.number, saved.name)),
    onSaved,
  });

  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <NumberInput
        label={fields.number}
        description={criterion ? undefined : hints.number}
        withAsterisk={criterion !== undefined}
        min={1}
        max={99}
        allowDecimal={false}
        allowNegative={false}
        w={240}
        {...form.getInputProps('number')}
      />
      <TextInput label={fields.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <Autocomplete label={fields.groupName} placeholder={hints.groupName} data={groups} {...form.getInputProps('groupName')} />
    </SaveForm>
  );
}
