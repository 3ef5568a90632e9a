import { Alert, Button, Group, List, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LEVELS_BY_KIND, type Recognition, type RecognitionWarning } from '@shared/domain/criteria';
import type { UnitKind } from '@shared/domain/units';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { useEffect, useMemo, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { DateField } from '../../components/DateField';
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

/**
 * Adds or edits one recognition decision: its own year, level and decision. A level that looks
 * unlikely (no earlier lower level, too few criteria) is explained first and saved only when confirmed.
 */
export function RecognitionModal({ opened, onClose, unit, defaultYear, current, recorded, onSaved }: Props) {
  const levels = LEVELS_BY_KIND[unit.kind] ?? [];
  const years = useMemo(() => recordYears(), []);
  const [year, setYear] = useState(current?.year ?? defaultYear);
  const [level, setLevel] = useState<string>(current?.level ?? 'none');
  const [number, setNumber] = useState(current?.decision.number ?? '');
  const [date, setDate] = useState<string | null>(current?.decision.date ?? null);
  const [authority, setAuthority] = useState(current?.decision.signerAuthority ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warnings, setWarnings] = useState<RecognitionWarning[] | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setYear(current?.year ?? defaultYear);
    setLevel(current?.level ?? 'none');
    setNumber(current?.decision.number ?? '');
    setDate(current?.decision.date ?? null);
    setAuthority(current?.decision.signerAuthority ?? '');
    setNote(current?.note ?? '');
    setErrors({});
    setWarnings(null);
  }, [opened, current, defaultYear]);

  // Warnings answer one year and level: choosing another asks again.
  useEffect(() => setWarnings(null), [year, level]);

  const sameYear = current ? undefined : recorded.find((r) => r.year === year);

  const save = async (chosen: Recognition['level']) => {
    const decision = { number, date, signerAuthority: authority };
    return current
      ? call('recognitions.update', { id: current.id, version: current.version, year, level: chosen, decision, note })
      : call('recognitions.set', { unitId: unit.id, year, level: chosen, decision, note, version: sameYear?.version });
  };

  const submit = async () => {
    const chosen = levels.find((candidate) => candidate === level);
    if (!chosen) return;
    setSaving(true);
    try {
      if (warnings === null) {
        const found = await call('recognitions.warnings', { unitId: unit.id, year, level: chosen });
        if (found.length > 0) {
          setWarnings(found);
          return;
        }
      }
      const saved = await save(chosen);
      notifications.show({ color: 'green', message: text.saved });
      onSaved(saved);
      onClose();
    } catch (error) {
      if (error instanceof ApiError) setErrors({ ...error.fieldMap(), form: error.message });
      else setErrors({ form: String(error) });
    } finally {
      setSaving(false);
    }
  };

  const fieldErrors = Object.keys(errors).some((key) => key !== 'form');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={current ? text.editTitle(unit.name, current.year) : text.modalTitle(unit.name)}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={text.year}
              data={years.map(String)}
              value={String(year)}
              onChange={(value) => value && setYear(Number(value))}
              allowDeselect={false}
              error={errors.year}
            />
            <Select
              label={text.level}
              data={levels.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
              value={level}
              onChange={(value) => setLevel(value ?? 'none')}
              allowDeselect={false}
              error={errors.level}
            />
          </Group>
          {sameYear && (
            <Alert color="blue" variant="light">
              {text.yearTaken(year)}
            </Alert>
          )}
          <Group grow align="flex-start">
            <TextInput
              label={text.decisionNumber}
              placeholder={text.decisionNumberPlaceholder}
              value={number}
              onChange={(event) => setNumber(event.currentTarget.value)}
              error={errors['decision.number']}
            />
            <DateField label={text.decisionDate} value={date} onChange={setDate} error={errors['decision.date']} />
          </Group>
          <TextInput
            label={text.signerAuthority}
            placeholder={text.signerAuthorityPlaceholder}
            value={authority}
            onChange={(event) => setAuthority(event.currentTarget.value)}
            error={errors['decision.signerAuthority']}
          />
          <Textarea label={text.note} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} />
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
          {errors.form && !fieldErrors && <Alert color="red">{errors.form}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {text.cancel}
            </Button>
            <Button type="submit" loading={saving}>
              {warnings?.length ? text.saveAnyway : text.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
