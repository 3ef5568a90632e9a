import { Alert, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isVisitEditable, type VisitDetail } from '@shared/domain/inspections';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { visitText } from './text';

const text = visitText.findings;

interface Props {
  visit: VisitDetail;
  onSaved: (visit: VisitDetail) => void;
  onReload: () => void;
}

/** Strengths, shortcomings and their causes, as the minutes state them. */
export function FindingsForm({ visit, onSaved, onReload }: Props) {
  const editable = isVisitEditable(visit.status);
  const form = useForm({
    mode: 'controlled',
    initialValues: { strengths: visit.strengths, shortcomings: visit.shortcomings, causes: visit.causes },
  });
  const state = useSaveForm(form, {
    save: (values) => call('inspections.setFindings', { visitId: visit.id, version: visit.version, ...values }),
    success: () => text.saved,
    onSaved,
  });
  const field = (name: 'strengths' | 'shortcomings' | 'causes') => (
    <Textarea label={text[name]} autosize minRows={4} maxRows={14} readOnly={!editable} {...form.getInputProps(name)} />
  );
  if (!editable) {
    return (
      <>
        <Alert color="blue" variant="light" mb="sm">
          {text.locked}
        </Alert>
        {field('strengths')}
        {field('shortcomings')}
        {field('causes')}
      </>
    );
  }
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} footerJustify="flex-start">
      {field('strengths')}
      {field('shortcomings')}
      {field('causes')}
    </SaveForm>
  );
}
