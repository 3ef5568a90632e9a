import { Button, Divider, Group, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { CriteriaSet } from '@shared/domain/criteria';
import { ADMIN_TYPES_BY_KIND } from '@shared/domain/units';
import { useState } from 'react';

import { call } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { DateField } from '../../components/DateField';
import { handleSaveError } from '../../components/save-error';
import { setFieldErrors, type SetFormValues, setRules, setValues, toSetInput } from './form-values';
import { criteriaSetsText } from './text';

const { setForm: text } = criteriaSetsText;
const { fields, hints } = text;

/** A date typed or picked as dd/MM/yyyy; the form holds yyyy-MM-dd or null. */

interface Props {
  set: CriteriaSet;
  onSaved: (set: CriteriaSet) => void;
  onCancel: () => void;
  /** Reads the sets again after someone else changed this one. */
  onReload: () => void;
}

/** Edits a set's name, administrative types, legal basis and validity; a stale edit shows a reload prompt. */
export function SetForm({ set, onSaved, onCancel, onReload }: Props) {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<SetFormValues>({ mode: 'controlled', initialValues: setValues(set), validate: setRules });

  const save = async (values: SetFormValues) => {
    setSaving(true);
    setConflict(null);
    try {
      const saved = await call('criteria.updateSet', toSetInput(set, values));
      notifications.show({ color: 'green', message: text.saved(saved.name) });
      onSaved(saved);
    } catch (error) {
      handleSaveError(error, (map) => form.setErrors(setFieldErrors(map)), setConflict);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="sm">
        {conflict && <ConflictAlert title={text.conflictTitle} message={conflict} onReload={onReload} />}
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
