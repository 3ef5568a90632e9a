import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DocumentEntry } from '@shared/domain/documents';

import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { documentsText } from './text';

const text = documentsText.cancelDialog;

interface Props {
  entry: DocumentEntry | null;
  onClose: () => void;
  onCancelled: (entry: DocumentEntry) => void;
}

function CancelForm({ entry, onClose, onCancelled }: Omit<Props, 'entry'> & { entry: DocumentEntry }) {
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' } });
  const state = useSaveForm(form, {
    save: (values) => call('documents.cancel', { id: entry.id, version: entry.version, reason: values.reason }),
    success: (saved) => text.done(saved.numberSymbol),
    onSaved: onCancelled,
    failedTitle: text.failed,
  });
  return (
    <SaveForm state={state} onCancel={onClose} onReload={onClose} cancelLabel={text.back} submitLabel={text.confirm} submitColor="red">
      <Text size="sm">{text.body(entry.numberSymbol)}</Text>
      <Textarea label={text.reason} autosize minRows={2} required {...form.getInputProps('reason')} />
    </SaveForm>
  );
}

/** Asks for the reason, then cancels; the number stays taken. */
export function CancelDocumentModal({ entry, onClose, onCancelled }: Props) {
  return (
    <FormModal opened={entry !== null} onClose={onClose} title={text.title} size="md">
      {entry && <CancelForm entry={entry} onClose={onClose} onCancelled={onCancelled} />}
    </FormModal>
  );
}
