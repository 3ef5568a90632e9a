import { Group, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UnitHistory } from '@shared/domain/unit-history';

import { call } from '../../api/client';
import { dateRule } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { unitHistoryText } from './text';

const text = unitHistoryText.validity;
const labels = unitHistoryText.lineage;

interface Props {
  opened: boolean;
  onClose: () => void;
  unit: UnitHistory['unit'];
  onSaved: () => void;
}

interface Values {
  validFrom: string | null;
  validTo: string | null;
}

function ValidityForm({ unit, onSaved, onClose }: Omit<Props, 'opened'>) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { validFrom: unit.validFrom, validTo: unit.validTo },
    validate: { validFrom: dateRule(), validTo: dateRule() },
  });
  // After a save or a stale version, the lineage is read again and the dialog closes.
  const done = () => {
    onSaved();
    onClose();
  };
  const state = useSaveForm(form, {
    save: (values) => call('unitHistory.setValidity', { id: unit.id, version: unit.version, ...values }),
    success: () => text.saved,
    onSaved: done,
  });
  return (
    <SaveForm state={state} onCancel={onClose} onReload={done} submitLabel={text.submit}>
      <Text size="sm" c="dimmed">
        {text.hint}
      </Text>
      <Group grow align="flex-start">
        <DateField label={labels.validFrom} {...form.getInputProps('validFrom')} />
        <DateField label={labels.validTo} {...form.getInputProps('validTo')} />
      </Group>
    </SaveForm>
  );
}

/** Edits a unit's founding and end dates at the version read (unitHistory.setValidity). */
export function ValidityModal({ opened, onClose, unit, onSaved }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={text.title(unit.name)} size="md">
      <ValidityForm unit={unit} onSaved={onSaved} onClose={onClose} />
    </FormModal>
  );
}
