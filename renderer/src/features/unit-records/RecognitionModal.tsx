import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LEVELS_BY_KIND, type Recognition } from '@shared/domain/criteria';
import type { UnitKind } from '@shared/domain/units';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { useEffect, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { unitRecordsText } from './text';

const text = unitRecordsText.recognition;

interface Props {
  opened: boolean;
  onClose: () => void;
  unit: { id: number; name: string; kind: UnitKind };
  year: number;
  /** The year's record when one exists: edited at its version. */
  current: Recognition | undefined;
  onSaved: (recognition: Recognition) => void;
}

/** Sets a unit's recognition level for a year with the decision behind it. */
export function RecognitionModal({ opened, onClose, unit, year, current, onSaved }: Props) {
  const levels = LEVELS_BY_KIND[unit.kind] ?? [];
  const [level, setLevel] = useState<string>(current?.level ?? 'none');
  const [number, setNumber] = useState(current?.decision.number ?? '');
  const [date, setDate] = useState<string | null>(current?.decision.date ?? null);
  const [authority, setAuthority] = useState(current?.decision.signerAuthority ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setLevel(current?.level ?? 'none');
    setNumber(current?.decision.number ?? '');
    setDate(current?.decision.date ?? null);
    setAuthority(current?.decision.signerAuthority ?? '');
    setNote(current?.note ?? '');
    setErrors({});
  }, [opened, current]);

  const submit = async () => {
    const chosen = levels.find((candidate) => candidate === level);
    if (!chosen) return;
    setSaving(true);
    try {
      const saved = await call('recognitions.set', {
        unitId: unit.id,
        year,
        level: chosen,
        decision: { number, date, signerAuthority: authority },
        note,
        version: current?.version,
      });
      notifications.show({ color: 'green', message: text.saved });
      onSaved(saved);
      onClose();
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors({ ...error.fieldMap(), form: error.message });
      } else setErrors({ form: String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={text.modalTitle(unit.name, year)} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Select
            label={text.level}
            data={levels.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
            value={level}
            onChange={(value) => setLevel(value ?? 'none')}
            allowDeselect={false}
            error={errors.level}
          />
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
          {errors.form && !Object.keys(errors).some((key) => key !== 'form') && <Alert color="red">{errors.form}</Alert>}
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
