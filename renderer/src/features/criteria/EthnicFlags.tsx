import { Alert, Button, Checkbox, FileButton, Group, List, ScrollArea, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EthnicFlagList, EthnicFlagRow } from '@shared/domain/criteria';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { BatchSaveBar, type BatchSaveError } from '../../components/BatchSaveBar';
import { baselineText } from './baseline-text';
import { LeaveGuard } from './LeaveGuard';
import { fileToBase64 } from './xlsx-file';

const text = baselineText.ethnic;
type Shown = 'all' | 'commune' | 'village';

interface Props {
  list: EthnicFlagList;
  onSaved: (list: EthnicFlagList) => void;
  onReload: () => void;
}

/** The ethnic-minority-area flag of a district's communes and villages, ticked in bulk; only changes are saved. */
export function EthnicFlags({ list, onSaved, onReload }: Props) {
  const [edits, setEdits] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [shown, setShown] = useState<Shown>('all');
  const [error, setError] = useState<BatchSaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const [importErrors, setImportErrors] = useState<{ rows: number; messages: string[] } | null>(null);
  const [reading, setReading] = useState(false);

  const flagOf = (row: EthnicFlagRow) => edits.get(row.unitId) ?? row.ethnicMinorityArea;
  const rows = list.rows.filter((row) => shown === 'all' || row.kind === shown);
  const dirty = edits.size > 0;

  const setFlags = (targets: EthnicFlagRow[], flag: boolean) =>
    setEdits((current) => {
      const next = new Map(current);
      for (const row of targets) {
        if (flag === row.ethnicMinorityArea) next.delete(row.unitId);
        else next.set(row.unitId, flag);
      }
      return next;
    });

  /** Ticks the units a list names (all or nothing: a file with a bad row changes no tick). */
  const readList = async (file: File | null) => {
    if (!file) return;
    setReading(true);
    setImportErrors(null);
    try {
      const result = await call('baseline.readEthnicList', { districtId: list.district.id, base64: await fileToBase64(file) });
      if (result.errorCount > 0) {
        setImportErrors({ rows: result.errorCount, messages: result.rows.flatMap((row) => row.errors) });
        return;
      }
      const byId = new Map(list.rows.map((row) => [row.unitId, row]));
      const next = new Map(edits);
      let changed = 0;
      for (const row of result.rows) {
        const unit = row.unitId === null ? undefined : byId.get(row.unitId);
        if (!unit || row.ethnicMinorityArea === null || row.ethnicMinorityArea === flagOf(unit)) continue;
        changed += 1;
        if (row.ethnicMinorityArea === unit.ethnicMinorityArea) next.delete(unit.unitId);
        else next.set(unit.unitId, row.ethnicMinorityArea);
      }
      setEdits(next);
      notifications.show({ color: 'blue', message: text.imported(changed, result.rows.length) });
    } catch (caught) {
      setImportErrors({ rows: 0, messages: [caught instanceof Error ? caught.message : String(caught)] });
    } finally {
      setReading(false);
    }
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const changes = list.rows
        .filter((row) => edits.has(row.unitId))
        .map((row) => ({ unitId: row.unitId, ethnicMinorityArea: edits.get(row.unitId) as boolean, version: row.version }));
      const saved = await call('baseline.setEthnicFlags', { districtId: list.district.id, changes });
      notifications.show({ color: 'green', message: text.saved(changes.length) });
      setEdits(new Map());
      onSaved(saved);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      setError({ conflict: caught instanceof ApiError && caught.code === 'CONFLICT', message });
    } finally {
      setSaving(false);
    }
  };

  if (list.rows.length === 0) return <Text c="dimmed">{text.empty}</Text>;
  const flagged = rows.filter(flagOf).length;

  return (
    <Stack gap="sm">
      <LeaveGuard dirty={dirty} body={text.leaveBody} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end">
          <Stack gap={2}>
            <Text size="sm" fw={500} id="ethnic-shown">
              {text.show}
            </Text>
            <SegmentedControl
              aria-labelledby="ethnic-shown"
              value={shown}
              onChange={(value) => setShown(value as Shown)}
              data={[
                { value: 'all', label: text.all },
                { value: 'commune', label: text.communes },
                { value: 'village', label: text.villages },
              ]}
            />
          </Stack>
          <Button variant="light" onClick={() => setFlags(rows, true)}>
            {text.checkShown}
          </Button>
          <Button variant="default" onClick={() => setFlags(rows, false)}>
            {text.uncheckShown}
          </Button>
          <FileButton
            onChange={(file) => void readList(file)}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          >
            {(props) => (
              <Button {...props} variant="default" loading={reading} title={text.importHint}>
                {text.importList}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="sm" c="gray.7">
          {text.count(flagged, rows.length)}
        </Text>
      </Group>
      {importErrors && (
        <Alert color="red" title={text.importFailed} withCloseButton onClose={() => setImportErrors(null)}>
          {importErrors.rows > 0 && text.importErrors(importErrors.rows)}
          <List size="sm" spacing={2}>
            {importErrors.messages.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ScrollArea type="auto" mah={560}>
        <Table withTableBorder striped highlightOnHover stickyHeader aria-label={text.tableLabel(list.district.name)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{text.flag}</Table.Th>
              <Table.Th>{text.unit}</Table.Th>
              <Table.Th>{text.kind}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.unitId} bg={edits.has(row.unitId) ? 'var(--mantine-color-yellow-0)' : undefined}>
                <Table.Td>
                  <Checkbox
                    aria-label={text.flagOf(row.name)}
                    checked={flagOf(row)}
                    onChange={(event) => setFlags([row], event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td pl={row.kind === 'village' && shown === 'all' ? 'xl' : undefined} fw={row.kind === 'commune' ? 500 : undefined}>
                  {row.name}
                </Table.Td>
                <Table.Td>{text.kindValue(row.adminType, row.communeName)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <BatchSaveBar
        error={error}
        changed={edits.size}
        saving={saving}
        texts={text}
        onReload={onReload}
        onRevert={() => setEdits(new Map())}
        onSave={() => void save()}
      />
    </Stack>
  );
}
