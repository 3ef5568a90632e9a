import { Alert, Group, List, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LEVELS_BY_KIND, type Recognition, type RecognitionLevel, type RecognitionWarning } from '@shared/domain/criteria';
import type { UnitKind } from '@shared/domain/units';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { useEffect, useMemo, useState } from 'react';

import { call } from '../../api/client';
import { dateRule } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { unitRecordsText } from './text';
import { recordYears } from './years';

const text = unitRecordsText.recognition;

interface Props {
  opened: boolean;
  onClose: () => void;
  unit: { id: number; name: string; kind: UnitKind };
  /** The year a new decision starts on (the year chosen on the unit's page). */
  defaultYear: number;
  /** The decision being edited; undefined adds one. */
  current: Recognition | undefined;
  /** The unit's decisions, so adding onto a year that has one edits it at its version. */
  recorded: Recognition[];
  onSaved: (recognition: Recognition) => void;
}

/** The form keeps the contract's shape, so server field paths ("decision.number") land on their fields. */
interface Values {
  year: string;
  level: string;
  decision: { number: string; date: string | null; signerAuthority: string };
  note: string;
}

function initialValues(current: Recognition | undefined, defaultYear: number): Values {
  return {
    year: String(current?.year ?? defaultYear),
    level: current?.level ?? 'none',
    decision: {
      number: current?.decision.number ?? '',
      date: current?.decision.date ?? null,
      signerAuthority: current?.decision.signerAuthority ?? '',
    },
    note: current?.note ?? '',
  };
}

function RecognitionForm({ onClose, unit, defaultYear, current, recorded, onSaved }: Omit<Props, 'opened'>) {
  const levels = LEVELS_BY_KIND[unit.kind] ?? [];
  const years = useMemo(() => recordYears(), []);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(current, defaultYear),
    validate: {
      level: (value) => (levels.some((candidate) => candidate === value) ? null : text.level),
      decision: { date: dateRule() },
    },
  });
  const [warnings, setWarnings] = useState<RecognitionWarning[] | null>(null);
  const year = Number(form.values.year);
  const level = form.values.level;
  // Warnings answer one year and level: choosing another asks again.
  useEffect(() => setWarnings(null), [year, level]);

  const sameYear = current ? undefined : recorded.find((r) => r.year === year);
  const chosenLevel = (value: string): RecognitionLevel => levels.find((candidate) => candidate === value) ?? 'none';

  const state = useSaveForm(form, {
    // An unlikely level is explained first; the next submit ("Vẫn lưu") saves it.
    check: async (values) => {
      if (warnings !== null) return true;
      const found = await call('recognitions.warnings', { unitId: unit.id, year: Number(values.year), level: chosenLevel(values.level) });
      setWarnings(found);
      return found.length === 0;
    },
    save: (values) => {
      const input = { year: Number(values.year), level: chosenLevel(values.level), decision: values.decision, note: values.note };
      return current
        ? call('recognitions.update', { id: current.id, version: current.version, ...input })
        : call('recognitions.set', { unitId: unit.id, ...input, version: sameYear?.version ?? null });
    },
    success: () => text.saved,
    onSaved: (saved) => {
      onSaved(saved);
      onClose();
    },
  });

  return (
    <SaveForm state={state} onCancel={onClose} submitLabel={warnings?.length ? text.saveAnyway : text.submit}>
      <Group grow align="flex-start">
        <Select label={text.year} data={years.map(String)} allowDeselect={false} {...form.getInputProps('year')} />
        <Select
          label={text.level}
          data={levels.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
          allowDeselect={false}
          {...form.getInputProps('level')}
        />
      </Group>
      {sameYear && (
        <Alert color="blue" variant="light">
          {text.yearTaken(year)}
        </Alert>
      )}
      <Group grow align="flex-start">
        <TextInput label={text.decisionNumber} placeholder={text.decisionNumberPlaceholder} {...form.getInputProps('decision.number')} />
        <DateField label={text.decisionDate} {...form.getInputProps('decision.date')} />
      </Group>
      <TextInput
        label={text.signerAuthority}
        placeholder={text.signerAuthorityPlaceholder}
        {...form.getInputProps('decision.signerAuthority')}
      />
      <Textarea label={text.note} autosize minRows={2} {...form.getInputProps('note')} />
      {warnings && warnings.length > 0 && (
        <Alert color="yellow" title={text.warningsTitle} role="alert">
          <List size="sm" spacing={4}>
            {warnings.map((warning) => (
              <List.Item key={warning.code}>{warning.message}</List.Item>
            ))}
          </List>
          {text.warningsHint}
        </Alert>
      )}
    </SaveForm>
  );
}

/**
 * Adds or edits one recognition decision: its own year, level and decision. A level that looks
 * unlikely (no earlier lower level, too few criteria) is explained first and saved only when confirmed.
 */
export function RecognitionModal({ opened, onClose, current, unit, ...rest }: Props) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={current ? text.editTitle(unit.name, current.year) : text.modalTitle(unit.name)}
      size="lg"
    >
      <RecognitionForm onClose={onClose} current={current} unit={unit} {...rest} />
    </FormModal>
  );
}
