import { Button, Checkbox, Group, List, Modal, NativeSelect, Paper, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RecognitionGrid } from '@shared/domain/criteria';
import { formatDate } from '@shared/format/date';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { BatchSaveBar, type BatchSaveError } from '../../components/BatchSaveBar';
import { DateField } from '../../components/DateField';
import { changedRows, COMMUNE_LEVELS, draftOf, type Drafts, EMPTY_DECISION, rowWarnings, withDraft, withSaved } from './baseline-state';
import { baselineText } from './baseline-text';
import { LeaveGuard } from './LeaveGuard';
import { SHORT_LEVEL } from './level-labels';

const text = baselineText.recognitions;
const NONE = '';
const NO_DRAFTS: Drafts = new Map();

const levelOptions = [
  { value: NONE, label: text.noDecision },
  ...COMMUNE_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] })),
];
// The row's select is narrow: short names there, the full one in the bulk select above.
const shortOptions = [
  { value: NONE, label: text.noDecision },
  ...COMMUNE_LEVELS.map((level) => ({ value: level, label: SHORT_LEVEL[level] })),
];

interface Props {
  grid: RecognitionGrid;
  onSaved: (grid: RecognitionGrid) => void;
  onReload: () => void;
}

/**
 * Past recognitions of a district's communes for one year: a level per commune, or one decision
 * applied to the selected communes; saved together in one transaction.
 */
export function RecognitionBaseline({ grid, onSaved, onReload }: Props) {
  const [drafts, setDrafts] = useState<Drafts>(NO_DRAFTS);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [bulkLevel, setBulkLevel] = useState<string>('ntm');
  const [bulkNumber, setBulkNumber] = useState('');
  const [bulkDate, setBulkDate] = useState<string | null>(null);
  const [bulkAuthority, setBulkAuthority] = useState('');
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [error, setError] = useState<BatchSaveError | null>(null);
  const [saving, setSaving] = useState(false);

  const dirty = drafts.size > 0;
  const allSelected = grid.rows.length > 0 && grid.rows.every((row) => selected.has(row.unitId));
  const toggle = (unitId: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(unitId)) next.delete(unitId);
      else next.add(unitId);
      return next;
    });

  const apply = () => {
    const level = COMMUNE_LEVELS.find((candidate) => candidate === bulkLevel) ?? null;
    const decision = level === null ? EMPTY_DECISION : { number: bulkNumber.trim(), date: bulkDate, signerAuthority: bulkAuthority.trim() };
    let next = drafts;
    for (const row of grid.rows) if (selected.has(row.unitId)) next = withDraft(next, row, { level, decision });
    setDrafts(next);
    setSelected(new Set());
  };

  const warningsOfChanges = () =>
    grid.rows.flatMap((row) => {
      const draft = drafts.get(row.unitId);
      return draft ? rowWarnings(row, draft.level).map((message) => text.warningFor(row.name, message)) : [];
    });

  const save = async () => {
    setConfirming(null);
    setSaving(true);
    setError(null);
    try {
      const rows = changedRows(grid, drafts);
      const saved = await call('recognitions.setDistrictYear', { districtId: grid.district.id, year: grid.year, rows });
      notifications.show({ color: 'green', message: text.saved(rows.length, grid.district.name, grid.year) });
      setDrafts(NO_DRAFTS);
      onSaved(withSaved(grid, saved));
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      setError({ conflict: caught instanceof ApiError && caught.code === 'CONFLICT', message });
    } finally {
      setSaving(false);
    }
  };

  const requestSave = () => {
    const warnings = warningsOfChanges();
    if (warnings.length > 0) setConfirming(warnings);
    else void save();
  };

  if (grid.rows.length === 0) return <Text c="dimmed">{text.noRows(grid.district.name)}</Text>;

  return (
    <Stack gap="sm">
      <LeaveGuard dirty={dirty} body={text.leaveBody} />
      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">
          {text.apply.title}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={text.apply.level}
            data={levelOptions}
            value={bulkLevel}
            onChange={(event) => setBulkLevel(event.currentTarget.value)}
            w={220}
          />
          <TextInput
            label={text.apply.number}
            placeholder={text.apply.numberPlaceholder}
            value={bulkNumber}
            onChange={(event) => setBulkNumber(event.currentTarget.value)}
            disabled={bulkLevel === NONE}
            w={180}
          />
          <DateField label={text.apply.date} value={bulkDate} onChange={setBulkDate} disabled={bulkLevel === NONE} w={150} />
          <TextInput
            label={text.apply.authority}
            placeholder={text.apply.authorityPlaceholder}
            value={bulkAuthority}
            onChange={(event) => setBulkAuthority(event.currentTarget.value)}
            disabled={bulkLevel === NONE}
            w={220}
          />
          <Button onClick={apply} disabled={selected.size === 0} variant="light">
            {text.apply.button(selected.size)}
          </Button>
        </Group>
        {selected.size === 0 && (
          <Text size="xs" c="gray.7" mt={4}>
            {text.apply.none}
          </Text>
        )}
      </Paper>

      <ScrollArea type="auto">
        <Table withTableBorder striped highlightOnHover aria-label={text.tableLabel(grid.district.name, grid.year)} miw={860}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={text.selectAll}
                  checked={allSelected}
                  indeterminate={!allSelected && selected.size > 0}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(grid.rows.map((row) => row.unitId)))}
                />
              </Table.Th>
              <Table.Th w={50}>{text.index}</Table.Th>
              <Table.Th>{text.commune}</Table.Th>
              <Table.Th>{text.heldBefore(grid.year - 1)}</Table.Th>
              <Table.Th>{text.criteria(grid.year)}</Table.Th>
              <Table.Th w={240}>{text.level(grid.year)}</Table.Th>
              <Table.Th>{text.decision}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.rows.map((row, index) => {
              const draft = draftOf(row, drafts);
              const changed = drafts.has(row.unitId);
              const warnings = changed ? rowWarnings(row, draft.level) : [];
              return (
                <Table.Tr key={row.unitId} bg={changed ? 'var(--mantine-color-yellow-0)' : undefined}>
                  <Table.Td>
                    <Checkbox
                      aria-label={text.selectRow(row.name)}
                      checked={selected.has(row.unitId)}
                      onChange={() => toggle(row.unitId)}
                    />
                  </Table.Td>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>
                    {row.name}
                    {changed && (
                      <Text span size="xs" fs="italic" ml={6}>
                        {text.changed}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.heldBeforeYear === null ? text.noEarlier : text.heldValue(SHORT_LEVEL[row.heldBefore], row.heldBeforeYear)}
                  </Table.Td>
                  <Table.Td>
                    {row.count === null || row.criteriaTotal === null ? text.notEntered : text.count(row.count, row.criteriaTotal)}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={text.levelOf(row.name, grid.year)}
                      data={shortOptions}
                      title={draft.level ? LEVEL_LABELS[draft.level] : text.noDecision}
                      value={draft.level ?? NONE}
                      onChange={(event) => {
                        const level = COMMUNE_LEVELS.find((candidate) => candidate === event.currentTarget.value) ?? null;
                        setDrafts(withDraft(drafts, row, { level, decision: level === null ? EMPTY_DECISION : draft.decision }));
                      }}
                      size="xs"
                    />
                    {warnings.map((message) => (
                      <Group key={message} gap={4} mt={4} wrap="nowrap" align="flex-start">
                        <IconAlertTriangle size={14} color="var(--mantine-color-orange-8)" aria-hidden />
                        <Text size="xs">{message}</Text>
                      </Group>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {draft.level === null
                        ? '—'
                        : text.decisionText(draft.decision.number, formatDate(draft.decision.date), draft.decision.signerAuthority) || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>

      <BatchSaveBar
        error={error}
        changed={drafts.size}
        saving={saving}
        texts={text}
        onReload={onReload}
        onRevert={() => setDrafts(NO_DRAFTS)}
        onSave={requestSave}
      />

      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={text.warningsTitle} size="lg">
        <Stack gap="sm">
          <List size="sm" spacing={4}>
            {(confirming ?? []).map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
          <Text size="sm">{text.warningsHint}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {text.back}
            </Button>
            <Button onClick={() => void save()}>{text.saveAnyway}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
