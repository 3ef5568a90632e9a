import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VISIT_STATUS_LABELS, VISIT_STATUSES, type VisitDetail, type VisitStatus } from '@shared/domain/inspections';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { visitText } from './text';

const text = visitText.workflow;

interface Values {
  to: VisitStatus;
  reason: string;
}

interface Props {
  visit: Pick<VisitDetail, 'id' | 'status' | 'version'>;
  onSaved: (visit: VisitDetail) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Going back to an earlier step: which one, and why (the reason is kept in the visit's history). */
export function ReopenForm({ visit, onSaved, onCancel, onReload }: Props) {
  const earlier = VISIT_STATUSES.slice(0, VISIT_STATUSES.indexOf(visit.status));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { to: earlier[earlier.length - 1] ?? 'planned', reason: '' },
    validate: { reason: (value) => (value.trim() ? null : text.reasonNeeded) },
  });
  const state = useSaveForm(form, {
    save: (values) => call('inspections.transition', { visitId: visit.id, to: values.to, reason: values.reason, version: visit.version }),
    success: (saved) => text.moved(VISIT_STATUS_LABELS[saved.status]),
    onSaved,
  });
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel} submitLabel={text.reopenSubmit}>
      <Select
        label={text.reopenTo}
        data={earlier.map((status) => ({ value: status, label: VISIT_STATUS_LABELS[status] }))}
        allowDeselect={false}
        {...form.getInputProps('to')}
      />
      <Textarea
        label={text.reason}
        placeholder={text.reasonHint}
        withAsterisk
        autosize
        minRows={3}
        maxRows={6}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </SaveForm>
  );
}
