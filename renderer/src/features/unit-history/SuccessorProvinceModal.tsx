import { Group, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UnitHistory } from '@shared/domain/unit-history';

import { call } from '../../api/client';
import { dateRule } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { unitHistoryText } from './text';

const text = unitHistoryText.successorProvince;
const link = unitHistoryText.link;

type Relation = 'merged_into' | 'renamed_to';

interface Values {
  relation: Relation;
  name: string;
  code: string;
  effectiveDate: string | null;
  number: string;
  date: string | null;
  issuer: string;
  note: string;
}

const EMPTY: Values = { relation: 'merged_into', name: '', code: '', effectiveDate: null, number: '', date: null, issuer: '', note: '' };

const RULES = {
  name: (value: string) => (value.trim() ? null : link.required(text.name)),
  effectiveDate: dateRule((value) => (value ? null : link.required(link.effectiveDate))),
  date: dateRule(),
};

/** Server paths (unit.name, decision.number) onto the flat form. */
function flatErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^(decision|unit)\./, ''), message]));
}

interface Props {
  opened: boolean;
  onClose: () => void;
  province: UnitHistory['unit'];
  onSaved: () => void;
}

function SuccessorForm({ province, onClose, onSaved }: Omit<Props, 'opened'>) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: EMPTY, validate: RULES });
  const state = useSaveForm(form, {
    save: (v) =>
      call('unitHistory.createSuccessor', {
        predecessorId: province.id,
        relation: v.relation,
        unit: { name: v.name, code: v.code, kind: 'province', adminType: 'Tỉnh', parentId: null },
        effectiveDate: v.effectiveDate ?? '',
        decision: { number: v.number, date: v.date, issuer: v.issuer },
        note: v.note,
      }),
    success: (saved) => text.saved(saved.successor.name),
    onSaved: () => {
      onSaved();
      onClose();
    },
    fieldErrors: flatErrors,
  });
  return (
    <SaveForm state={state} onCancel={onClose} submitLabel={text.submit}>
      <Text size="sm" c="dimmed">
        {text.intro(province.name)}
      </Text>
      <Select
        label={link.relation}
        data={(['merged_into', 'renamed_to'] as const).map((value) => ({ value, label: text.relations[value] }))}
        allowDeselect={false}
        withAsterisk
        maw={360}
        {...form.getInputProps('relation')}
        onChange={(value) => value && form.setFieldValue('relation', value as Relation)}
      />
      <Group grow align="flex-start">
        <TextInput label={text.name} placeholder={text.namePlaceholder} withAsterisk {...form.getInputProps('name')} />
        <TextInput label={text.code} placeholder={text.codePlaceholder} maw={160} {...form.getInputProps('code')} />
      </Group>
      <DateField clearable={false} label={link.effectiveDate} withAsterisk maw={360} {...form.getInputProps('effectiveDate')} />
      <Group grow align="flex-start">
        <TextInput label={link.decisionNumber} placeholder={link.decisionNumberPlaceholder} {...form.getInputProps('number')} />
        <DateField label={link.decisionDate} {...form.getInputProps('date')} />
      </Group>
      <TextInput label={link.decisionIssuer} placeholder={link.decisionIssuerPlaceholder} {...form.getInputProps('issuer')} />
      <Textarea label={link.note} autosize minRows={2} {...form.getInputProps('note')} />
    </SaveForm>
  );
}

/**
 * The one way a second province enters the database: created as the successor of the province there
 * (a merger or a renaming), the new province and the link saved together.
 */
export function SuccessorProvinceModal({ opened, onClose, province, onSaved }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={text.title(province.name)} size="lg">
      <SuccessorForm province={province} onClose={onClose} onSaved={onSaved} />
    </FormModal>
  );
}
