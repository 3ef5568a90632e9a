import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UnitHistory } from '@shared/domain/unit-history';
import { useEffect, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { unitHistoryText } from './text';

const text = unitHistoryText.validity;
const labels = unitHistoryText.lineage;

interface Props {
  opened: boolean;
  onClose: () => void;
  unit: UnitHistory['unit'];
  onSaved: () => void;
}

/** Edits a unit's founding and end dates at the version read (unitHistory.setValidity). */
export function ValidityModal({ opened, onClose, unit, onSaved }: Props) {
  const [validFrom, setValidFrom] = useState<string | null>(unit.validFrom);
  const [validTo, setValidTo] = useState<string | null>(unit.validTo);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setValidFrom(unit.validFrom);
    setValidTo(unit.validTo);
    setErrors({});
  }, [opened, unit]);

  const submit = async () => {
    setSaving(true);
    try {
      await call('unitHistory.setValidity', { id: unit.id, version: unit.version, validFrom, validTo });
      notifications.show({ color: 'green', message: text.saved });
      onSaved();
      onClose();
    } catch (error) {
      setErrors(error instanceof ApiError ? { ...error.fieldMap(), form: error.message } : { form: String(error) });
    } finally {
      setSaving(false);
    }
  };

  const fieldErrors = Boolean(errors.validFrom || errors.validTo);
  return (
    <Modal opened={opened} onClose={onClose} title={text.title(unit.name)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {text.hint}
          </Text>
          <Group grow align="flex-start">
            <DateField label={labels.validFrom} value={validFrom} onChange={setValidFrom} error={errors.validFrom} />
            <DateField label={labels.validTo} value={validTo} onChange={setValidTo} error={errors.validTo} />
          </Group>
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
