import { Button, Divider, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { UNIT_PAGE_MAX } from '@shared/contract/unit-paging';
import type { CriterionOwners } from '@shared/domain/agencies';
import { useState } from 'react';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { foldFilter } from '../../components/fold-filter';
import { ChangeHistory } from '../history/ChangeHistory';
import { agenciesText } from './text';

const text = agenciesText.owners;

interface Props {
  owners: CriterionOwners | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Chooses a criterion's responsible agencies among the registry's agency units (one or more). */
export function OwnersModal({ owners, onClose, onSaved }: Props) {
  return (
    <Modal opened={owners !== null} onClose={onClose} size="xl" title={owners ? text.title(owners.number, owners.name) : ''}>
      {owners && (
        <Stack gap="md">
          <OwnersForm key={owners.criterionId} owners={owners} onClose={onClose} onSaved={onSaved} />
          <Divider label={text.historyTitle} labelPosition="left" />
          <ChangeHistory entity="criterion" entityId={owners.criterionId} />
        </Stack>
      )}
    </Modal>
  );
}

function OwnersForm({ owners, onClose, onSaved }: { owners: CriterionOwners; onClose: () => void; onSaved: () => void }) {
  // A province has a few dozen agencies: the largest page holds them all.
  const agencies = useCall('units.list', { kind: 'agency', sort: 'name', pageSize: UNIT_PAGE_MAX });
  const [value, setValue] = useState<string[]>(owners.agencies.map((agency) => String(agency.id)));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Agencies already assigned stay choosable even when archived since.
  const options = [
    ...(agencies.data?.rows ?? []).map((unit) => ({ value: String(unit.id), label: unit.name })),
    ...owners.agencies
      .filter((agency) => !(agencies.data?.rows ?? []).some((unit) => unit.id === agency.id))
      .map((agency) => ({ value: String(agency.id), label: agency.name })),
  ];

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await call('agencies.setOwners', { criterionId: owners.criterionId, agencyIds: value.map(Number) });
      notifications.show({ color: 'green', message: text.saved(owners.name) });
      onSaved();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    // Tall enough that the open list of agencies never covers the buttons.
    <Stack gap="md" mih={340} justify="space-between">
      <MultiSelect
        label={text.field}
        description={text.fieldHint}
        placeholder={text.placeholder}
        nothingFoundMessage={text.nothingFound}
        data={options}
        value={value}
        onChange={setValue}
        searchable
        filter={foldFilter}
        clearable
        error={error ?? agencies.error?.message}
        maxDropdownHeight={220}
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {text.cancel}
        </Button>
        <Button onClick={() => void save()} loading={saving}>
          {text.save}
        </Button>
      </Group>
    </Stack>
  );
}
