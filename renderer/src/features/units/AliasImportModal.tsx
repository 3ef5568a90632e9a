import { Alert, Badge, Button, FileButton, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AliasImportPreview, UnitMatch } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
import { IconFileImport } from '@tabler/icons-react';
import { Fragment, useEffect, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { fileToBase64 } from '../../components/file-bytes';
import { unitsText } from './text';
import { UnitMatchChoice } from './UnitMatchChoice';

const text = unitsText.aliasImport;

interface Props {
  opened: boolean;
  onClose: () => void;
  onImported?: () => void;
}

interface Checked {
  fileName: string;
  base64: string;
  preview: AliasImportPreview;
  /** Units offered per row number, kept after the user's pick. */
  offered: Record<number, UnitMatch[]>;
  resolutions: Record<number, number>;
}

function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

function offeredOf(preview: AliasImportPreview, before: Record<number, UnitMatch[]> = {}): Record<number, UnitMatch[]> {
  const more = preview.rows.filter((row) => row.candidates?.length).map((row) => [row.rowNumber, row.candidates as UnitMatch[]]);
  return { ...before, ...Object.fromEntries(more) };
}

const resolutionsInput = (picked: Record<number, number>) => (Object.keys(picked).length > 0 ? picked : undefined);

/**
 * The registry file (units.exportXlsx / exportCsv) read back for its "Tên gọi khác" column: preview with
 * the units found, the ones to pick and the unknown ones; added all together only when every row is resolved.
 */
export function AliasImportModal({ opened, onClose, onImported }: Props) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'read' | 'commit' | null>(null);

  useEffect(() => {
    if (!opened) return;
    setChecked(null);
    setFailure(null);
  }, [opened]);

  const read = async (file: File | null) => {
    if (!file) return;
    setBusy('read');
    setFailure(null);
    setChecked(null);
    try {
      const base64 = await fileToBase64(file);
      const preview = await call('units.aliasImportPreview', { fileName: file.name, base64 });
      setChecked({ fileName: file.name, base64, preview, offered: offeredOf(preview), resolutions: {} });
    } catch (error) {
      setFailure(`${text.previewFailed}: ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const resolve = async (rowNumber: number, unitId: number) => {
    if (!checked) return;
    const resolutions = { ...checked.resolutions, [rowNumber]: unitId };
    setChecked({ ...checked, resolutions });
    try {
      const preview = await call('units.aliasImportPreview', {
        fileName: checked.fileName,
        base64: checked.base64,
        resolutions: resolutionsInput(resolutions),
      });
      setChecked({ ...checked, resolutions, preview, offered: offeredOf(preview, checked.offered) });
    } catch (error) {
      setFailure(`${text.previewFailed}: ${messageOf(error)}`);
    }
  };

  const rows = checked?.preview.rows ?? [];
  const bad = rows.filter((row) => row.errors.length > 0).length;
  const choices = rows.filter((row) => row.errors.length > 0 && row.candidates?.length).length;
  const canCommit = checked !== null && bad === 0 && checked.preview.aliases > 0;

  const commit = async () => {
    if (!checked || !canCommit) return;
    setBusy('commit');
    setFailure(null);
    try {
      const done = await call('units.aliasImportCommit', {
        fileName: checked.fileName,
        base64: checked.base64,
        resolutions: resolutionsInput(checked.resolutions),
      });
      notifications.show({ color: 'green', message: text.done(formatNumber(done.aliases), formatNumber(done.units)) });
      onImported?.();
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
        <Group gap="sm">
          <FileButton
            onChange={(file) => void read(file)}
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileImport size={18} />} loading={busy === 'read'}>
                {text.choose}
              </Button>
            )}
          </FileButton>
          {checked && <Text size="sm">{text.file(checked.fileName)}</Text>}
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {checked && rows.length > 0 && (
          <ScrollArea.Autosize mah={340} type="auto">
            <Table withTableBorder withRowBorders aria-label={text.tableLabel} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr style={{ whiteSpace: 'nowrap' }}>
                  <Table.Th>{text.columns.line}</Table.Th>
                  <Table.Th>{text.columns.written}</Table.Th>
                  <Table.Th>{text.columns.unit}</Table.Th>
                  <Table.Th>{text.columns.add}</Table.Th>
                  <Table.Th>{text.columns.unchanged}</Table.Th>
                  <Table.Th>{text.columns.result}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const candidates = row.candidates ?? checked.offered[row.rowNumber];
                  return (
                    <Fragment key={row.rowNumber}>
                      <Table.Tr bg={row.errors.length > 0 ? 'var(--mantine-color-red-light)' : undefined}>
                        <Table.Td>{row.rowNumber}</Table.Td>
                        <Table.Td>
                          {row.code ? `${row.code} · ` : ''}
                          {row.name}
                          {row.parentName ? ` (${row.parentName})` : ''}
                        </Table.Td>
                        <Table.Td>{row.unitName ?? text.none}</Table.Td>
                        <Table.Td>{row.add.length > 0 ? row.add.join('; ') : text.none}</Table.Td>
                        <Table.Td>{row.unchanged.length > 0 ? row.unchanged.join('; ') : text.none}</Table.Td>
                        <Table.Td>
                          {row.errors.length === 0 ? (
                            <Badge color="green" variant="light">
                              {text.ok}
                            </Badge>
                          ) : (
                            <Stack gap={0}>
                              {row.errors.map((message) => (
                                <Text key={message} size="sm" c="red.9">
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
                              written={row.name}
                              candidates={candidates}
                              value={checked.resolutions[row.rowNumber] ?? null}
                              onChange={(unitId) => void resolve(row.rowNumber, unitId)}
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
        )}
        {checked && (
          <Alert color={bad > 0 && bad !== choices ? 'red' : bad > 0 || !canCommit ? 'yellow' : 'green'} role="status">
            {bad > 0 && bad === choices
              ? text.needChoice(formatNumber(choices))
              : bad > 0
                ? text.bad(formatNumber(bad - choices))
                : checked.preview.aliases === 0
                  ? text.nothing(formatNumber(checked.preview.skipped))
                  : text.summary(
                      formatNumber(checked.preview.aliases),
                      formatNumber(checked.preview.units),
                      formatNumber(checked.preview.skipped),
                    )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy === 'commit'}>
            {text.cancel}
          </Button>
          <Button onClick={() => void commit()} disabled={!canCommit || busy === 'read'} loading={busy === 'commit'}>
            {checked && checked.preview.aliases > 0 ? text.commit(formatNumber(checked.preview.aliases)) : text.commitNone}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Nhập tên gọi khác" on the units screen. */
export function AliasImportButton({ onImported }: { onImported?: () => void }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setOpened(true)}>
        {text.button}
      </Button>
      <AliasImportModal opened={opened} onClose={() => setOpened(false)} onImported={onImported} />
    </>
  );
}
