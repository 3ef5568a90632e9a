import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DecisionItem, RegisterEntry } from '@shared/domain/council';
import { formatDate } from '@shared/format/date';

import { call } from '../../api/client';
import { dateRule, invalidDateText } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { decisionsText } from './text';

const text = decisionsText.handOver;

interface Values {
  printedOn: string | null;
  handedOverOn: string | null;
  receivedBy: string;
}

interface Props {
  item: DecisionItem;
  decisionDate: string;
  onSaved: (entry: RegisterEntry) => void;
  onCancel: () => void;
}

/** Printed on, handed over on and to whom, for one award of an issued decision; at the version read. */
function HandOverForm({ item, decisionDate, onSaved, onCancel }: Props) {
  const notBefore = (label: string) => (value: string | null) =>
    value && value < decisionDate ? text.notBefore(label, formatDate(decisionDate)) : null;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { printedOn: item.printedOn, handedOverOn: item.handedOverOn, receivedBy: item.receivedBy },
    validate: {
      printedOn: dateRule(notBefore(text.printedOn)),
      handedOverOn: (value: string | null, values: Values) =>
        dateRule(notBefore(text.handedOverOn))(value) ??
        (value && values.printedOn && invalidDateText(values.printedOn) === '' && value < values.printedOn
          ? text.handedBeforePrinted
          : null),
      receivedBy: (value: string) => (value.trim().length > 200 ? decisionsText.errors.tooLong(text.receivedBy, 200) : null),
    },
  });
  const state = useSaveForm(form, {
    save: (values) => call('awards.handOver', { awardId: item.id, version: item.version, ...values }),
    success: () => text.saved(item.nomineeName),
    onSaved,
  });
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField label={text.printedOn} data-autofocus {...form.getInputProps('printedOn')} />
        <DateField label={text.handedOverOn} {...form.getInputProps('handedOverOn')} />
      </SimpleGrid>
      <TextInput label={text.receivedBy} placeholder={text.receivedByHint} {...form.getInputProps('receivedBy')} />
    </SaveForm>
  );
}

/** The handing-over form in a modal. */
export function HandOverModal({
  item,
  decisionDate,
  onSaved,
  onClose,
}: Omit<Props, 'onCancel' | 'item'> & { item: DecisionItem | null; onClose: () => void }) {
  return (
    <FormModal opened={item !== null} onClose={onClose} title={item ? text.title(item.nomineeName) : ''} size="lg">
      {item && (
        <HandOverForm
          key={`${item.id}-${item.version}`}
          item={item}
          decisionDate={decisionDate}
          onSaved={(entry) => {
            onSaved(entry);
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </FormModal>
  );
}
