import { Checkbox, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Submission } from '@shared/domain/movements';
import { formatDate } from '@shared/format/date';

import { call } from '../../api/client';
import { dateRule } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { toIsoDate } from './format';
import { optionalRule } from './movement-form-values';
import { submissionsText } from './submissions-text';
import { movementsText } from './text';

const text = movementsText.submissions;
const { fields } = text;

interface Values {
  dueDate: string | null;
  receivedDate: string | null;
  documentNumber: string;
  notRequired: boolean;
  note: string;
}

interface Props {
  submission: Submission;
  /** The milestone's own due date: a unit's date equal to it is not stored as an exception. */
  milestoneDueDate: string;
  /** Filled in as the received date when the unit has not been recorded as received yet. */
  receivedDefault: string | null;
  onSaved: (submission: Submission) => void;
  onCancel: () => void;
  onReload?: () => void;
  /** Called when files were attached or removed (the list shows how many each unit has). */
  onAttachmentsChanged?: () => void;
}

/** Records a unit's document for a milestone: when it arrived, its number and files, or a later due date for it. */
export function SubmissionForm({
  submission,
  milestoneDueDate,
  receivedDefault,
  onSaved,
  onCancel,
  onReload,
  onAttachmentsChanged,
}: Props) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      dueDate: submission.dueDate !== milestoneDueDate ? submission.dueDate : null,
      receivedDate: submission.notRequired ? null : (submission.receivedDate ?? receivedDefault),
      documentNumber: submission.documentNumber,
      notRequired: submission.notRequired,
      note: submission.note,
    },
    validate: {
      dueDate: dateRule(),
      receivedDate: dateRule(),
      documentNumber: optionalRule(fields.documentNumber, 60),
      note: optionalRule(fields.note, 4000),
    },
  });

  const state = useSaveForm(form, {
    save: (values) =>
      call('submissions.set', {
        milestoneId: submission.milestoneId,
        unitId: submission.unitId,
        dueDate: toIsoDate(values.dueDate),
        receivedDate: values.notRequired ? null : toIsoDate(values.receivedDate),
        documentNumber: values.documentNumber,
        notRequired: values.notRequired,
        note: values.note,
        version: submission.version ?? null,
      }),
    success: () => text.saved(submission.unitName),
    onSaved,
  });

  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={fields.receivedDate}
          description={text.hints.receivedDate}
          data-autofocus
          disabled={form.values.notRequired}
          {...form.getInputProps('receivedDate')}
        />
        <TextInput label={fields.documentNumber} placeholder={text.hints.documentNumber} {...form.getInputProps('documentNumber')} />
      </SimpleGrid>
      <Checkbox
        label={submissionsText.notRequiredField}
        description={submissionsText.notRequiredHint}
        {...form.getInputProps('notRequired', { type: 'checkbox' })}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          form.setFieldValue('notRequired', checked);
          if (checked) form.setFieldValue('receivedDate', null);
        }}
      />
      {submission.filePath && (
        <TextInput label={submissionsText.legacyPath} description={submissionsText.legacyPathHint} value={submission.filePath} readOnly />
      )}
      <AttachmentsPanel ownerKind="submission" ownerId={submission.id} onChanged={onAttachmentsChanged} />
      <DateField
        label={fields.dueDate}
        description={text.hints.dueDate(formatDate(milestoneDueDate))}
        maw={320}
        {...form.getInputProps('dueDate')}
      />
      <Textarea label={fields.note} autosize minRows={2} maxRows={4} {...form.getInputProps('note')} />
    </SaveForm>
  );
}
