import { Alert, Badge, Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CriteriaSet } from '@shared/domain/criteria';
import { findSet } from '@shared/domain/criteria-applicable';
import type { UnitDetail } from '@shared/domain/units';
import { formatDate } from '@shared/format/date';
import { useEffect, useMemo, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { unitRecordsText as text } from './text';

interface Props {
  unit: Pick<UnitDetail, 'id' | 'name' | 'kind' | 'adminType'>;
  year: number;
  sets: CriteriaSet[];
  /** After the year's criteria were saved. */
  onSaved?: () => void;
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n) => b.includes(n));
}

/** One unit's criteria for one year as checkboxes; saved at the version read. */
export function UnitCriteriaYear({ unit, year, sets, onSaved }: Props) {
  const record = useCall('criteria.getUnitYear', { unitId: unit.id, year });
  const set = useMemo(() => findSet(sets, unit.kind, unit.adminType, year), [sets, unit.kind, unit.adminType, year]);
  const saved = useMemo(() => record.data?.criteriaMet ?? [], [record.data]);
  const [met, setMet] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    setMet(saved);
    setStale(false);
  }, [saved]);

  if (record.error) return <Alert color="red">{record.error.message}</Alert>;
  if (!set) return <Text c="dimmed">{text.noSet(year)}</Text>;

  const criteria = set.criteria.filter((criterion) => !criterion.archived);
  const dirty = !sameSet(met, saved);
  const basis = [set.legalBasis.number, set.legalBasis.date ? formatDate(set.legalBasis.date) : ''].filter(Boolean).join(' ngày ');

  const toggle = (number: number, checked: boolean) =>
    setMet((current) => (checked ? [...current, number].sort((a, b) => a - b) : current.filter((n) => n !== number)));

  const save = async () => {
    setSaving(true);
    try {
      await call('criteria.setUnitYear', {
        unitId: unit.id,
        year,
        criteriaMet: met,
        notes: record.data?.notes ?? [],
        version: record.data?.version ?? null,
      });
      notifications.show({ color: 'green', message: text.saved(unit.name, year) });
      record.reload();
      onSaved?.();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') setStale(true);
      else notifications.show({ color: 'red', title: text.saveFailed, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {text.setLine(set.name, basis)}
        </Text>
        <Group gap="xs">
          {dirty && <Badge color="orange">{text.unsaved}</Badge>}
          <Badge variant="light" color={record.data ? 'blue' : 'gray'} role="status">
            {record.data || dirty ? text.count(met.length, criteria.length) : text.notEntered}
          </Badge>
        </Group>
      </Group>
      {stale && (
        <Alert color="orange">
          <Group justify="space-between">
            {text.stale}
            <Button size="xs" variant="white" onClick={record.reload}>
              {text.reload}
            </Button>
          </Group>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing={6} verticalSpacing={6}>
        {criteria.map((criterion) => (
          <Checkbox
            key={criterion.id}
            label={`${criterion.number}. ${criterion.name}`}
            checked={met.includes(criterion.number)}
            onChange={(event) => toggle(criterion.number, event.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" disabled={!dirty || saving} onClick={() => setMet(saved)}>
          {text.revert}
        </Button>
        <Button disabled={!dirty} loading={saving} onClick={() => void save()}>
          {text.save}
        </Button>
      </Group>
    </Stack>
  );
}
