import { Alert, Badge, Button, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { CriteriaImportPreview } from '@shared/domain/criteria';
import type { UnitMatch } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
import { Fragment } from 'react';

import { UnitMatchChoice } from '../units/UnitMatchChoice';
import { criteriaText } from './text';

const text = criteriaText.xlsx;

interface Props {
  fileName: string;
  preview: CriteriaImportPreview | null;
  /** A refusal of the commit or of the whole file (sheet-level problem). */
  error: string | null;
  committing: boolean;
  onCommit: () => void;
  onClose: () => void;
  /** Candidates offered per row number for names not taken without asking, kept after the user picks. */
  offered?: Record<number, UnitMatch[]>;
  /** The user's pick per row number. */
  resolutions?: Record<number, number>;
  onResolve?: (rowNumber: number, unitId: number) => void;
  onAliasSaved?: () => void;
}

/** What the file would write, row by row with its errors; writing is offered only for a clean file. */
export function ImportPreviewModal({
  fileName,
  preview,
  error,
  committing,
  onCommit,
  onClose,
  offered = {},
  resolutions = {},
  onResolve,
  onAliasSaved,
}: Props) {
  const clean = preview !== null && preview.errorCount === 0;
  // Rows only waiting for the user's pick are not errors to fix in Excel.
  const choices = preview?.rows.filter((row) => row.candidates?.length).length ?? 0;
  const otherErrors = preview?.rows.some((row) => row.errors.length > (row.candidates?.length ? 1 : 0)) ?? false;
  return (
    <Modal opened={preview !== null || error !== null} onClose={onClose} title={text.previewTitle(fileName)} size="xl">
      <Stack gap="sm">
        {preview && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {text.summary(formatNumber(preview.rows.length), formatNumber(preview.errorCount))}
            </Text>
          </Group>
        )}
        {preview && clean && <Alert color="green">{text.allGood}</Alert>}
        {preview && choices > 0 && <Alert color="yellow">{text.needChoice(formatNumber(choices))}</Alert>}
        {preview && !clean && otherErrors && <Alert color="red">{text.hasErrors}</Alert>}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && (
          <ScrollArea.Autosize mah="55vh">
            <Table striped verticalSpacing={4} fz="sm" aria-label={text.tableLabel} stickyHeader>
              <Table.Thead>
                <Table.Tr style={{ whiteSpace: 'nowrap' }}>
                  <Table.Th>{text.rowNumber}</Table.Th>
                  <Table.Th>{text.code}</Table.Th>
                  <Table.Th>{text.name}</Table.Th>
                  <Table.Th>{text.met}</Table.Th>
                  <Table.Th>{text.count}</Table.Th>
                  <Table.Th>{text.errors}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row) => {
                  const candidates = row.candidates ?? offered[row.rowNumber];
                  const written = row.writtenName ?? row.name;
                  return (
                    <Fragment key={row.rowNumber}>
                      <Table.Tr bg={row.errors.length ? 'var(--mantine-color-red-0)' : undefined}>
                        <Table.Td>{row.rowNumber}</Table.Td>
                        <Table.Td>{row.code}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {row.name}
                          {row.unitId !== null && written !== row.name && (
                            <Text size="xs" c="dimmed">
                              {text.written(written)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{row.criteriaMet.join(', ') || '—'}</Table.Td>
                        <Table.Td ta="center">{row.criteriaMet.length}</Table.Td>
                        <Table.Td>
                          {row.errors.length === 0 ? (
                            <Badge color="green" variant="light">
                              {row.resolved ? text.picked : text.ok}
                            </Badge>
                          ) : (
                            <List size="sm" c="red.9">
                              {row.errors.map((message) => (
                                <List.Item key={message}>{message}</List.Item>
                              ))}
                            </List>
                          )}
                        </Table.Td>
                      </Table.Tr>
                      {candidates && candidates.length > 0 && onResolve && (
                        <Table.Tr>
                          <Table.Td />
                          <Table.Td colSpan={5}>
                            <UnitMatchChoice
                              written={written}
                              candidates={candidates}
                              value={resolutions[row.rowNumber] ?? null}
                              onChange={(unitId) => onResolve(row.rowNumber, unitId)}
                              onAliasSaved={onAliasSaved}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={committing}>
            {text.close}
          </Button>
          <Button onClick={onCommit} disabled={!clean} loading={committing}>
            {text.commit}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
