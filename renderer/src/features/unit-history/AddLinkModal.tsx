import { Alert, Group, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SUCCESSOR_RELATIONS, type SuccessorRelation, type UnitHistory } from '@shared/domain/unit-history';
import { formatDate } from '@shared/format/date';
import { SUCCESSOR_RELATION_LABELS } from '@shared/text/movements-text';
import { useMemo, useState } from 'react';

import { call } from '../../api/client';
import { dateRule, isInvalidDate } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { parentLabel } from '../units/parent-options';
import { UnitSelect } from '../units/UnitSelect';
import { dayBefore } from './lineage';
import { unitHistoryText } from './text';

const text = unitHistoryText.link;

const RELATION_OPTIONS = SUCCESSOR_RELATIONS.map((value) => ({ value, label: SUCCESSOR_RELATION_LABELS[value] }));

/** The link as the sentence it will read, and the validity dates the server fills in when they are empty. */
function LinkPreview({ unit, relation, otherName, effectiveDate }: PreviewProps) {
  const sentence = `${unit.name} ${SUCCESSOR_RELATION_LABELS[relation].toLowerCase()} ${otherName}`;
  const date = formatDate(effectiveDate);
  const consequences: string[] = [];
  if (effectiveDate) {
    const ends = formatDate(dayBefore(effectiveDate));
    if (relation === 'merged_into' && !unit.validTo) consequences.push(text.endsOn(unit.name, ends));
    if (relation === 'renamed_to') {
      if (!unit.validTo) consequences.push(text.endsOn(unit.name, ends));
      consequences.push(text.startsOn(otherName, date));
    }
    if (relation === 'split_from' && !unit.validFrom) consequences.push(text.startsOn(unit.name, date));
  }
  return (
    <Alert color="blue" variant="light" p="sm">
      <Text size="sm" fw={600}>
        {text.preview(sentence, date)}
      </Text>
      {consequences.length > 0 && (
        <Text size="sm" mt={4}>
          {text.autoDates} {consequences.join('; ')}.
        </Text>
      )}
    </Alert>
  );
}

interface PreviewProps {
  unit: UnitHistory['unit'];
  relation: SuccessorRelation;
  otherName: string;
  effectiveDate: string | null;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  unit: UnitHistory['unit'];
  onSaved: () => void;
}

interface Values {
  relation: SuccessorRelation;
  otherUnitId: string | null;
  effectiveDate: string | null;
  number: string;
  date: string | null;
  issuer: string;
  note: string;
}

const EMPTY: Values = { relation: 'merged_into', otherUnitId: null, effectiveDate: null, number: '', date: null, issuer: '', note: '' };

const RULES = {
  otherUnitId: (value: string | null) => (value ? null : text.required(text.other)),
  effectiveDate: dateRule((value) => (value ? null : text.required(text.effectiveDate))),
  date: dateRule(),
};

/** The server names the decision's fields decision.number...; the form keeps them flat. */
function flatErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^decision\./, ''), message]));
}

function AddLinkForm({ unit, onSaved, onClose }: Omit<Props, 'opened'>) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: EMPTY, validate: RULES });
  // Only units of the same level can be linked (the server refuses others), so only those are offered.
  // They are looked up on the server as the user types.
  const kinds = useMemo(() => [unit.kind], [unit.kind]);
  const self = useMemo(() => [unit.id], [unit.id]);
  const [otherName, setOtherName] = useState<string | undefined>(undefined);
  const { values } = form;

  const state = useSaveForm(form, {
    save: (next) =>
      call('unitHistory.setSuccessor', {
        unitId: unit.id,
        relation: next.relation,
        otherUnitId: Number(next.otherUnitId),
        effectiveDate: next.effectiveDate ?? '',
        decision: { number: next.number, date: next.date, issuer: next.issuer },
        note: next.note,
      }),
    success: () => text.saved,
    onSaved: () => {
      onSaved();
      onClose();
    },
    fieldErrors: flatErrors,
  });

  return (
    <SaveForm state={state} onCancel={onClose} submitLabel={text.submit}>
      <Text size="sm" c="dimmed">
        {text.intro}
      </Text>
      <Group grow align="flex-start">
        <Select
          label={text.relation}
          data={RELATION_OPTIONS}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('relation')}
          onChange={(value) => value && form.setFieldValue('relation', value as SuccessorRelation)}
        />
        <UnitSelect
          label={text.other}
          placeholder={text.otherPlaceholder}
          kinds={kinds}
          archived="all"
          excludeIds={self}
          labelOf={parentLabel}
          withAsterisk
          value={values.otherUnitId}
          error={form.errors.otherUnitId}
          onChange={(value, picked) => {
            form.setFieldValue('otherUnitId', value);
            setOtherName(picked?.name);
          }}
        />
      </Group>
      <DateField clearable={false} label={text.effectiveDate} withAsterisk maw={360} {...form.getInputProps('effectiveDate')} />
      {otherName && (
        <LinkPreview
          unit={unit}
          relation={values.relation}
          otherName={otherName}
          effectiveDate={isInvalidDate(values.effectiveDate) ? null : values.effectiveDate}
        />
      )}
      <Group grow align="flex-start">
        <TextInput label={text.decisionNumber} placeholder={text.decisionNumberPlaceholder} {...form.getInputProps('number')} />
        <DateField label={text.decisionDate} {...form.getInputProps('date')} />
      </Group>
      <TextInput label={text.decisionIssuer} placeholder={text.decisionIssuerPlaceholder} {...form.getInputProps('issuer')} />
      <Textarea label={text.note} autosize minRows={2} {...form.getInputProps('note')} />
    </SaveForm>
  );
}

/** Records that this unit was merged into, renamed to or split from another unit of the same level. */
export function AddLinkModal({ opened, onClose, unit, onSaved }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title={text.title(unit.name)} size="lg">
      <AddLinkForm unit={unit} onSaved={onSaved} onClose={onClose} />
    </FormModal>
  );
}
