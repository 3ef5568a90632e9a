import { Alert, Badge, Button, FileButton, Group, List, Modal, ScrollArea, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RegistryImportPreview, RegistryImportStatus } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { fileToBase64 } from '../../components/file-bytes';
import { unitsText } from './text';

const text = unitsText.registryImport;
/** A preview lists at most this many rows; the counts above it cover the whole file. */
const SHOWN_ROWS = 500;

const STATUS_COLORS: Record<RegistryImportStatus, string> = { new: 'green', existing: 'gray', skipped: 'yellow', error: 'red' };

interface Props {
  opened: boolean;
  onClose: () => void;
  onImported: (created: number) => void;
}

interface Chosen {
  fileName: string;
  base64: string;
  preview: RegistryImportPreview;
}

const messageOf = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : String(error));

/** A registry file checked by units.importPreview, then its new units added together only when no row has an error. */
export function RegistryImportModal({ opened, onClose, onImported }: Props) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setChosen(null);
    setFailure(null);
    setOnlyErrors(false);
  }, [opened]);

  const check = async (file: File | null) => {
    if (!file) return;
    setChosen(null);
    setFailure(null);
    setBusy('check');
    try {
      const base64 = await fileToBase64(file);
      const preview = await call('units.importPreview', { fileName: file.name, base64 });
      setChosen({ fileName: file.name, base64, preview });
      setOnlyErrors(preview.counts.errors > 0);
    } catch (error) {
      setFailure(`${text.previewFailed}: ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const counts = chosen?.preview.counts;
  const canCommit = counts !== undefined && counts.errors === 0 && counts.new > 0;

  const commit = async () => {
    if (!chosen || !canCommit) return;
    setBusy('commit');
    setFailure(null);
    try {
      const { created } = await call('units.importCommit', { fileName: chosen.fileName, base64: chosen.base64 });
      notifications.show({ color: 'green', message: text.done(formatNumber(created)) });
      onImported(created);
      onClose();
    } catch (error) {
      setFailure(`${text.commitFailed}: ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const rows = (chosen?.preview.rows ?? []).filter((row) => !onlyErrors || row.status === 'error');
  const shown = rows.slice(0, SHOWN_ROWS);

  return (
    <Modal opened={opened} onClose={onClose} title={text.title} size="xl">
      <Stack gap="sm">
        <Text size="sm">{text.instructions}</Text>
        <Group gap="sm">
          <FileButton onChange={check} accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileSpreadsheet size={18} />} loading={busy === 'check'}>
                {text.choose}
              </Button>
            )}
          </FileButton>
          {chosen && <Text size="sm">{text.chosen(chosen.fileName)}</Text>}
        </Group>
        {busy === 'check' && <Text size="sm">{text.checking}</Text>}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {counts && (
          <>
            <Text size="sm" fw={600} role="status" aria-live="polite">
              {text.counts(
                formatNumber(counts.total),
                formatNumber(counts.new),
                formatNumber(counts.existing),
                formatNumber(counts.skipped),
                formatNumber(counts.errors),
              )}
            </Text>
            {counts.errors > 0 && (
              <Alert color="red" role="alert">
                {text.fixFirst(formatNumber(counts.errors))}
              </Alert>
            )}
            {counts.errors === 0 && counts.new === 0 && <Alert color="blue">{text.nothingNew}</Alert>}
            <Switch label={text.onlyErrors} checked={onlyErrors} onChange={(event) => setOnlyErrors(event.currentTarget.checked)} />
            <ScrollArea.Autosize mah={380} type="auto">
              <Table striped withTableBorder fz="sm" aria-label={text.title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{text.columns.row}</Table.Th>
                    <Table.Th>{text.columns.name}</Table.Th>
                    <Table.Th>{text.columns.type}</Table.Th>
                    <Table.Th>{text.columns.parent}</Table.Th>
                    <Table.Th>{text.columns.result}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => (
                    <Table.Tr key={row.rowNumber}>
                      <Table.Td>{row.rowNumber}</Table.Td>
                      <Table.Td>
                        {row.name}
                        {row.code ? ` (${row.code})` : ''}
                      </Table.Td>
                      <Table.Td>{row.adminType}</Table.Td>
                      <Table.Td>{row.parentName ?? row.parentText}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[row.status]} variant="light">
                          {text.statuses[row.status]}
                        </Badge>
                        {row.note && (
                          <Text size="xs" c="dimmed">
                            {row.note}
                          </Text>
                        )}
                        {row.errors.length > 0 && (
                          <List size="xs" c="red.8">
                            {row.errors.map((error) => (
                              <List.Item key={error}>{error}</List.Item>
                            ))}
                          </List>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {rows.length > shown.length && (
              <Text size="xs" c="dimmed">
                {text.shown(formatNumber(shown.length), formatNumber(rows.length))}
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {text.cancel}
          </Button>
          <Button onClick={commit} disabled={!canCommit} loading={busy === 'commit'}>
            {text.commit(formatNumber(counts?.new ?? 0))}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Nhập danh bạ" on the units screen. */
export function RegistryImportButton({ onImported }: { onImported?: (created: number) => void }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={() => setOpened(true)}>
        {text.button}
      </Button>
      <RegistryImportModal opened={opened} onClose={() => setOpened(false)} onImported={(created) => onImported?.(created)} />
    </>
  );
}
