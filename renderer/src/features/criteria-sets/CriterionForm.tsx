import { Autocomplete, Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { CriteriaSet, Criterion } from '@shared/domain/criteria';
import { useState } from 'react';

import { call } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { handleSaveError } from '../../components/save-error';
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
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<CriterionFormValues>({
    mode: 'controlled',
    initialValues: criterionValues(criterion),
    validate: criterionRules(criterion !== undefined),
  });
  const groups = [...new Set(set.criteria.map((item) => item.groupName).filter(Boolean))];

  const save = async (values: CriterionFormValues) => {
    setSaving(true);
    setConflict(null);
    try {
      const saved = criterion
        ? await call('criteria.updateCriterion', {
            id: criterion.id,
            version: criterion.version,
            number: Number(values.number),
            archived: criterion.archived,
            name: values.name,
            groupName: values.groupName,
          })
        : await call('criteria.addCriterion', {
            setId: set.id,
            // Left empty, the server gives the next free number.
            ...(values.number === '' ? {} : { number: Number(values.number) }),
            name: values.name,
            groupName: values.groupName,
          });
      notifications.show({
        color: 'green',
        message: criterion ? text.saved(saved.number, saved.name) : text.created(saved.number, saved.name),
      });
      onSaved(saved);
    } catch (error) {
      handleSaveError(error, form.setErrors, setConflict);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="sm">
        {conflict && <ConflictAlert title={text.conflictTitle} message={conflict} onReload={onReload} />}
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
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {criteriaSetsText.cancel}
          </Button>
          <Button type="submit" loading={saving} disabled={conflict !== null}>
            {criteriaSetsText.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
