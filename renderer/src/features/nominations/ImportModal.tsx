import { Alert, Badge, Button, FileButton, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Award, type ImportPreview, NOMINEE_KIND_LABELS } from '@shared/domain/nominations';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { fileToBase64 } from '../../components/file-bytes';
import { SearchableSelect } from '../../components/SearchableSelect';
import { UnitPicker } from '../inspections/UnitPicker';
import { nominationsText } from './text';

const text = nominationsText.import;

interface Props {
  opened: boolean;
  onClose: () => void;
  roundId: number;
  catalogue: Award[];
  onImported: () => void;
}

interface Source {
  fileName: string;
  base64: string;
}

const messageOf = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : String(error));

/**
 * A proposal list from XLSX: read on the server (the sheet holding the list, its header row, each row's
 * errors), forms the catalogue does not know mapped here, the proposing unit chosen, then written all or nothing.
 */
export function ImportModal({ opened, onClose, roundId, catalogue, onImported }: Props) {
  const [source, setSource] = useState<Source | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [awardMap, setAwardMap] = useState<Record<string, string>>({});
  const [unitId, setUnitId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapped, setMapped] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setSource(null);
    setSheet(undefined);
    setAwardMap({});
    setMapped([]);
    setUnitId(null);
    setPreview(null);
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const read = async (next: Source, nextSheet: string | undefined, map: Record<string, string>) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('nominations.importPreview', {
        roundId,
        base64: next.base64,
        sheet: nextSheet,
        awardMap: Object.keys(map).length > 0 ? map : undefined,
      });
      setPreview(result);
      setSheet(result.sheet);
      // A form mapped once stays offered for mapping again (the server no longer lists it as unknown).
      setMapped((before) => [...new Set([...before, ...result.unknownAwards])]);
    } catch (caught) {
      setPreview(null);
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    reset();
    const next = { fileName: file.name, base64: await fileToBase64(file) };
    setSource(next);
    await read(next, undefined, {});
  };

  const commit = async () => {
    if (!source || !unitId) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('nominations.importCommit', {
        roundId,
        base64: source.base64,
        sheet,
        proposingUnitId: Number(unitId),
        awardMap: Object.keys(awardMap).length > 0 ? awardMap : undefined,
      });
      notifications.show({ color: 'green', message: text.committed(result.created, result.nominees) });
      onImported();
      close();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

  const rows = preview?.rows ?? [];
  const bad = rows.filter((row) => row.errors.length > 0).length;
  const unmapped = mapped.filter((written) => !awardMap[written]);
  const awardOptions = catalogue.map((award) => ({ value: award.code, label: award.name }));
  const awardName = (code: string) => catalogue.find((award) => award.code === code)?.name ?? code;

  return (
    <Modal opened={opened} onClose={close} title={text.title} size="80rem" closeOnClickOutside={false}>
      <Stack gap="md">
        <Group gap="sm" align="center">
          <FileButton onChange={(file) => void choose(file)} accept=".xlsx">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy && !preview}>
                {text.choose}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c={source ? undefined : 'dimmed'}>
            {source?.fileName ?? text.file}
          </Text>
        </Group>
        {error && (
          <Alert color="red" title={preview ? text.failed : text.readFailed}>
            {error}
          </Alert>
        )}
        {preview && source && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {preview.sheets.length > 1 ? (
                <Select
                  label={text.sheet}
                  data={preview.sheets}
                  value={preview.sheet}
                  allowDeselect={false}
                  onChange={(value) => value && void read(source, value, awardMap)}
                />
              ) : (
                <div />
              )}
              <UnitPicker label={text.unit} withAsterisk value={unitId} onChange={setUnitId} />
            </SimpleGrid>
            <Text size="sm">
              {text.headerRow(preview.headerRow, preview.sheet)} {text.columns}: {Object.values(preview.columns).join(', ')}.
            </Text>
            {mapped.length > 0 && (
              <Alert color="orange" title={text.unknownTitle}>
                <Text size="sm" mb="xs">
                  {text.unknownHint}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  {mapped.map((written) => (
                    <SearchableSelect
                      key={written}
                      label={text.mapTo(written)}
                      placeholder={text.mapHint}
                      data={awardOptions}
                      value={awardMap[written] ?? null}
                      onChange={(value) => {
                        const next = Object.fromEntries(Object.entries(awardMap).filter(([key]) => key !== written));
                        if (value) next[written] = value;
                        setAwardMap(next);
                        void read(source, sheet, next);
                      }}
                    />
                  ))}
                </SimpleGrid>
              </Alert>
            )}
            <Text size="sm" fw={600} c={bad > 0 ? 'red.9' : undefined}>
              {text.rowsSummary(rows.length, bad)}
            </Text>
            <ScrollArea.Autosize mah={360}>
              <Table striped aria-label={text.rowsLabel} miw={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{text.columnsTable.row}</Table.Th>
                    <Table.Th w={120}>{text.columnsTable.kind}</Table.Th>
                    <Table.Th>{text.columnsTable.name}</Table.Th>
                    <Table.Th w={240}>{text.columnsTable.award}</Table.Th>
                    <Table.Th w={280}>{text.columnsTable.errors}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.rowNumber}>
                      <Table.Td>{row.rowNumber}</Table.Td>
                      <Table.Td>{NOMINEE_KIND_LABELS[row.nomineeKind]}</Table.Td>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td>{row.awardCode ? awardName(row.awardCode) : nominationsText.none}</Table.Td>
                      <Table.Td>
                        {row.errors.length === 0 ? (
                          <Badge color="green" variant="light">
                            {text.ok}
                          </Badge>
                        ) : (
                          <Text size="sm" c="red.9">
                            {row.errors.join('; ')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {text.allOrNothing}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={close}>
              {text.cancel}
            </Button>
            <Button
              onClick={() => void commit()}
              loading={busy && Boolean(preview)}
              disabled={!preview || rows.length === 0 || bad > 0 || !unitId || unmapped.length > 0}
            >
              {text.commit}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
