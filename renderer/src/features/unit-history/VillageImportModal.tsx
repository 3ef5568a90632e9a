import { Alert, Badge, Button, Group, List, Modal, ScrollArea, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { VillageImportRow } from '@shared/domain/unit-history';
import type { UnitMatch } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
import { Fragment, useEffect, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { UnitMatchChoice } from '../units/UnitMatchChoice';
import { unitHistoryText } from './text';
import { parseVillagePaste, type VillagePasteRow } from './village-paste';

const text = unitHistoryText.villages;

interface Props {
  opened: boolean;
  onClose: () => void;
  onImported: (created: number) => void;
}

interface Checked {
  /** The exact text checked: a changed paste must be checked again before it can be added. */
  source: string;
  rows: VillagePasteRow[];
  lines: number[];
  results: VillageImportRow[];
  /** Communes offered per row number where the written name was not taken without asking, kept after a pick. */
  offered: Record<number, UnitMatch[]>;
  /** The user's pick of commune per row number. */
  resolutions: Record<number, number>;
}

function offeredOf(results: VillageImportRow[], before: Record<number, UnitMatch[]> = {}): Record<number, UnitMatch[]> {
  const more = results.filter((row) => row.candidates?.length).map((row) => [row.rowNumber, row.candidates as UnitMatch[]]);
  return { ...before, ...Object.fromEntries(more) };
}

const resolutionsInput = (picked: Record<number, number>) => (Object.keys(picked).length > 0 ? picked : undefined);

function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

/** Pasted village rows: checked by villages.importPreview, added all together only when every row is valid. */
export function VillageImportModal({ opened, onClose, onImported }: Props) {
  const [pasted, setPasted] = useState('');
  /** Errors of the pasted text itself: found before anything is sent. */
  const [pasteErrors, setPasteErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);

  useEffect(() => {
    if (!opened) return;
    setPasted('');
    setPasteErrors([]);
    setFailure(null);
    setChecked(null);
  }, [opened]);

  const check = async () => {
    const parsed = parseVillagePaste(pasted);
    setChecked(null);
    setFailure(null);
    if (!parsed.ok) {
      setPasteErrors(parsed.errors);
      return;
    }
    setPasteErrors([]);
    setBusy('check');
    try {
      const results = await call('villages.importPreview', { rows: parsed.rows });
      setChecked({ source: pasted, rows: parsed.rows, lines: parsed.lines, results, offered: offeredOf(results), resolutions: {} });
    } catch (error) {
      setFailure(`${text.previewFailed}: ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const resolve = async (rowNumber: number, communeId: number) => {
    if (!checked) return;
    const resolutions = { ...checked.resolutions, [rowNumber]: communeId };
    setChecked({ ...checked, resolutions });
    try {
      const results = await call('villages.importPreview', { rows: checked.rows, resolutions: resolutionsInput(resolutions) });
      setChecked({ ...checked, resolutions, results, offered: offeredOf(results, checked.offered) });
    } catch (error) {
      setFailure(`${text.previewFailed}: ${messageOf(error)}`);
    }
  };

  const bad = checked ? checked.results.filter((row) => row.errors.length > 0).length : 0;
  const current = checked !== null && checked.source === pasted;
  // Rows only waiting for the user's pick of commune are not mistakes to fix in Excel.
  const choices = checked ? checked.results.filter((row) => row.candidates?.length && row.errors.length === 1).length : 0;
  const canCommit = current && bad === 0 && checked.rows.length > 0;

  const commit = async () => {
    if (!checked || !canCommit) return;
    setBusy('commit');
    setFailure(null);
    try {
      const { created } = await call('villages.importCommit', { rows: checked.rows, resolutions: resolutionsInput(checked.resolutions) });
      notifications.show({ color: 'green', message: text.done(formatNumber(created)) });
      onImported(created);
      onClose();
    } catch (error) {
      setFailure(`${text.commitFailed}: ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={text.title} size="xl">
      <Stack gap="sm">
        <Text size="sm">{text.instructions}</Text>
        <Textarea
          label={text.paste}
          placeholder={text.pastePlaceholder}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
          autosize
          minRows={5}
          maxRows={12}
          styles={{ input: { fontFamily: 'monospace', tabSize: 16 } }}
        />
        {pasteErrors.length > 0 && (
          <Alert color="red" role="alert" title={text.notSent}>
            <List size="sm" spacing={2}>
              {pasteErrors.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {checked && <PreviewTable checked={checked} onResolve={(row, id) => void resolve(row, id)} />}
        {checked && (
          <Alert color={bad > 0 && bad !== choices ? 'red' : current && bad === 0 ? 'green' : 'yellow'} role="status">
            {!current
              ? text.stale
              : bad > 0 && bad === choices
                ? text.needChoice(formatNumber(choices))
                : bad > 0
                  ? text.summaryBad(formatNumber(bad), formatNumber(checked.results.length))
                  : text.summaryOk(formatNumber(checked.results.length))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy !== null}>
            {text.cancel}
          </Button>
          <Button
            variant={canCommit ? 'default' : 'filled'}
            onClick={() => void check()}
            loading={busy === 'check'}
            disabled={busy === 'commit'}
          >
            {text.check}
          </Button>
          <Button onClick={() => void commit()} disabled={!canCommit || busy === 'check'} loading={busy === 'commit'}>
            {checked ? text.commit(formatNumber(checked.rows.length)) : text.commitNone}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PreviewTable({ checked, onResolve }: { checked: Checked; onResolve: (rowNumber: number, communeId: number) => void }) {
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table withTableBorder withRowBorders aria-label={text.tableLabel} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th>{text.columns.line}</Table.Th>
            <Table.Th>{text.columns.name}</Table.Th>
            <Table.Th>{text.columns.commune}</Table.Th>
            <Table.Th>{text.columns.em}</Table.Th>
            <Table.Th>{text.columns.adminType}</Table.Th>
            <Table.Th>{text.columns.result}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checked.results.map((row, index) => {
            const candidates = row.candidates ?? checked.offered[row.rowNumber];
            return (
              <Fragment key={row.rowNumber}>
                <Table.Tr bg={row.errors.length > 0 ? 'var(--mantine-color-red-light)' : undefined}>
                  <Table.Td>{checked.lines[index] ?? row.rowNumber}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>{row.communeName ?? row.commune}</Table.Td>
                  <Table.Td>{row.ethnicMinorityArea ? text.yes : text.no}</Table.Td>
                  <Table.Td>{checked.rows[index]?.adminType || text.defaultAdminType}</Table.Td>
                  <Table.Td>
                    {row.errors.length === 0 ? (
                      <Badge color="green" variant="light">
                        {text.ok}
                      </Badge>
                    ) : (
                      <Stack gap={0}>
                        {row.errors.map((message) => (
                          <Text key={message} size="sm" c="red">
                            {message}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
                {candidates && candidates.length > 0 && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={5}>
                      <UnitMatchChoice
                        written={row.commune}
                        candidates={candidates}
                        value={checked.resolutions[row.rowNumber] ?? null}
                        onChange={(communeId) => onResolve(row.rowNumber, communeId)}
                      />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
