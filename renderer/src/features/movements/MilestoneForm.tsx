import { Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Milestone, MILESTONE_KINDS } from '@shared/domain/movements';
import { MILESTONE_KIND_LABELS } from '@shared/text/movements-text';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
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
  const form = useForm<MilestoneFormValues>({ mode: 'controlled', initialValues, validate: milestoneRules });
  const state = useSaveForm(form, {
    save: (values) => {
      const input = toMilestoneFields(values);
      return milestone
        ? call('milestones.update', { ...input, id: milestone.id, version: milestone.version })
        : call('milestones.create', { ...input, movementId });
    },
    success: () => (milestone ? text.saved : text.created),
    onSaved,
  });

  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel}>
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
    </SaveForm>
  );
}
