import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SUCCESSOR_RELATIONS, type SuccessorRelation, type UnitHistory } from '@shared/domain/unit-history';
import { formatDate } from '@shared/format/date';
import { compareVietnamese } from '@shared/text/collate';
import { SUCCESSOR_RELATION_LABELS } from '@shared/text/movements-text';
import { useEffect, useMemo, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { DateField } from '../../components/DateField';
import { SearchableSelect } from '../../components/SearchableSelect';
import { parentLabel } from '../units/parent-options';
import { dayBefore } from './lineage';
import { unitHistoryText } from './text';

const text = unitHistoryText.link;

// Fields that show their own error; any other error goes in the alert under the form.
const SHOWN_FIELDS = ['relation', 'otherUnitId', 'effectiveDate', 'decision.number', 'decision.date', 'decision.issuer'];

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

/** Records that this unit was merged into, renamed to or split from another unit of the same level. */
export function AddLinkModal({ opened, onClose, unit, onSaved }: Props) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // Only units of the same level can be linked (the server refuses others), so only those are offered.
  const units = useCall('units.list', { kind: unit.kind, archived: 'all' }, opened);
  const options = useMemo(
    () =>
      (units.data ?? [])
        .filter((other) => other.id !== unit.id)
        .sort((a, b) => compareVietnamese(a.name, b.name))
        .map((other) => ({ value: String(other.id), label: parentLabel(other) })),
    [units.data, unit.id],
  );

  const otherName = (units.data ?? []).find((other) => String(other.id) === values.otherUnitId)?.name;

  useEffect(() => {
    if (!opened) return;
    setValues(EMPTY);
    setErrors({});
  }, [opened]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const missing: Record<string, string> = {};
    if (!values.otherUnitId) missing.otherUnitId = text.required(text.other);
    if (!values.effectiveDate) missing.effectiveDate = text.required(text.effectiveDate);
    if (!values.otherUnitId || !values.effectiveDate) {
      setErrors(missing);
      return;
    }
    setSaving(true);
    try {
      await call('unitHistory.setSuccessor', {
        unitId: unit.id,
        relation: values.relation,
        otherUnitId: Number(values.otherUnitId),
        effectiveDate: values.effectiveDate,
        decision: { number: values.number, date: values.date, issuer: values.issuer },
        note: values.note,
      });
      notifications.show({ color: 'green', message: text.saved });
      onSaved();
      onClose();
    } catch (error) {
      setErrors(error instanceof ApiError ? { ...error.fieldMap(), form: error.message } : { form: String(error) });
    } finally {
      setSaving(false);
    }
  };

  const fieldErrors = SHOWN_FIELDS.some((key) => errors[key]);
  return (
    <Modal opened={opened} onClose={onClose} title={text.title(unit.name)} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {text.intro}
          </Text>
          <Group grow align="flex-start">
            <Select
              label={text.relation}
              data={RELATION_OPTIONS}
              value={values.relation}
              onChange={(value) => value && set('relation', value as SuccessorRelation)}
              allowDeselect={false}
              withAsterisk
              error={errors.relation}
            />
            <SearchableSelect
              label={text.other}
              placeholder={text.otherPlaceholder}
              nothingFoundMessage={text.otherNothing}
              data={options}
              value={values.otherUnitId}
              onChange={(value) => set('otherUnitId', value)}
              limit={200}
              withAsterisk
              error={errors.otherUnitId ?? units.error?.message}
            />
          </Group>
          <DateField
            clearable={false}
            label={text.effectiveDate}
            value={values.effectiveDate}
            onChange={(value) => set('effectiveDate', value)}
            withAsterisk
            error={errors.effectiveDate}
            maw={360}
          />
          {otherName && <LinkPreview unit={unit} relation={values.relation} otherName={otherName} effectiveDate={values.effectiveDate} />}
          <Group grow align="flex-start">
            <TextInput
              label={text.decisionNumber}
              placeholder={text.decisionNumberPlaceholder}
              value={values.number}
              onChange={(event) => set('number', event.currentTarget.value)}
              error={errors['decision.number']}
            />
            <DateField
              label={text.decisionDate}
              value={values.date}
              onChange={(value) => set('date', value)}
              error={errors['decision.date']}
            />
          </Group>
          <TextInput
            label={text.decisionIssuer}
            placeholder={text.decisionIssuerPlaceholder}
            value={values.issuer}
            onChange={(event) => set('issuer', event.currentTarget.value)}
            error={errors['decision.issuer']}
          />
          <Textarea
            label={text.note}
            value={values.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            autosize
            minRows={2}
          />
          {errors.form && !fieldErrors && <Alert color="red">{errors.form}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {text.cancel}
            </Button>
            <Button type="submit" loading={saving}>
              {text.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
