import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type Milestone, MILESTONE_KINDS } from '@shared/domain/movements';
import { MILESTONE_KIND_LABELS } from '@shared/text/movements-text';
import { useState } from 'react';

import { call } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { DateField } from '../../components/DateField';
import { handleSaveError } from '../../components/save-error';
import { type MilestoneFormValues, milestoneRules, toMilestoneFields } from './milestone-form-values';
import { movementsText } from './text';

const text = movementsText.milestones;
const { fields } = text;
const KIND_OPTIONS = MILESTONE_KINDS.map((kind) => ({ value: kind, label: MILESTONE_KIND_LABELS[kind] }));

interface Props {
  movementId: number;
  milestone?: Milestone;
  initialValues: MilestoneFormValues;
  onSaved: (milestone: Milestone) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Create or edit a milestone (plan, preliminary or final review) with its due date. */
export function MilestoneForm({ movementId, milestone, initialValues, onSaved, onCancel, onReload }: Props) {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<MilestoneFormValues>({ mode: 'controlled', initialValues, validate: milestoneRules });

  const save = async (values: MilestoneFormValues) => {
    setSaving(true);
    setConflict(null);
    try {
      const input = toMilestoneFields(values);
      const saved = milestone
        ? await call('milestones.update', { ...input, id: milestone.id, version: milestone.version })
        : await call('milestones.create', { ...input, movementId });
      notifications.show({ color: 'green', message: milestone ? text.saved : text.created });
      onSaved(saved);
    } catch (error) {
      handleSaveError(error, (map) => form.setErrors(map), setConflict);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="sm">
        {conflict && <ConflictAlert title={text.conflictTitle} message={conflict} onReload={onReload} />}
        <Textarea label={fields.title} withAsterisk autosize minRows={2} maxRows={4} data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
          <NumberInput label={fields.ordinal} min={0} max={999} allowDecimal={false} {...form.getInputProps('ordinal')} />
          <Select label={fields.kind} data={KIND_OPTIONS} allowDeselect={false} {...form.getInputProps('kind')} />
          <DateField label={fields.dueDate} withAsterisk clearable={false} {...form.getInputProps('dueDate')} />
          <DateField label={fields.completedDate} {...form.getInputProps('completedDate')} />
        </SimpleGrid>
        <TextInput label={fields.responsible} {...form.getInputProps('responsible')} />
        <Checkbox
          label={fields.requiresSubmission}
          description={text.hints.requiresSubmission}
          {...form.getInputProps('requiresSubmission', { type: 'checkbox' })}
        />
        <Textarea label={fields.note} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {movementsText.cancel}
          </Button>
          <Button type="submit" loading={saving} disabled={conflict !== null}>
            {movementsText.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
