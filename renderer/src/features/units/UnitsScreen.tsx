import { Box, Button, Group, LoadingOverlay, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatNumber } from '@shared/format/number';
import { compareVietnamese } from '@shared/text/collate';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { LoadError } from '../../components/LoadError';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { usePrintDocument } from '../documents';
import { VillageImportButton } from '../unit-history/VillageImportButton';
import { AliasImportButton } from './AliasImportModal';
import { RegistryImportButton } from './RegistryImportModal';
import { unitsText } from './text';
import { listInput, readFilters, type UnitFilters, writeFilters } from './unit-filters';
import { UnitFiltersBar } from './UnitFiltersBar';
import { UnitFormModal } from './UnitFormModal';
import { UnitTable } from './UnitTable';
import { UnitTree } from './UnitTree';

/** The unit registry: a tree by district, filters, search and the table. */
export function UnitsScreen() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const list = useCall('units.list', listInput(filters));
  const active = useCall('units.list', { archived: 'active' });
  const [formOpened, form] = useDisclosure(false);
  // The printed directory lists exactly what the filters show (template unit-directory takes units.list's filter).
  const printList = usePrintDocument('unit-directory', { ...listInput(filters) }, { title: unitsText.print.title });

  const districts = useMemo(
    () => (active.data ?? []).filter((unit) => unit.kind === 'district').sort((a, b) => compareVietnamese(a.name, b.name)),
    [active.data],
  );
  const setFilters = (next: UnitFilters) => setParams(writeFilters(next), { replace: true });
  const selectedDistrict = filters.districtId ? districts.find((unit) => unit.id === filters.districtId) : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{unitsText.title}</Title>
          <Text c="dimmed" size="sm">
            {unitsText.intro}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={printList.open} loading={printList.loading}>
            {unitsText.print.button}
          </Button>
          <XlsxDownloadButton label={unitsText.exports.xlsx} load={() => call('units.exportXlsx', listInput(filters))} />
          <XlsxDownloadButton label={unitsText.exports.csv} format="csv" load={() => call('units.exportCsv', listInput(filters))} />
          <VillageImportButton onImported={list.reload} />
          <RegistryImportButton
            onImported={() => {
              list.reload();
              active.reload();
            }}
          />
          <AliasImportButton onImported={list.reload} />
          <Button leftSection={<IconPlus size={18} />} onClick={form.open}>
            {unitsText.add}
          </Button>
        </Group>
      </Group>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Paper withBorder p="xs" w={230} visibleFrom="md" style={{ flexShrink: 0 }}>
          <Text size="xs" c="dimmed" px={4} pb={4}>
            {unitsText.tree.hint}
          </Text>
          <ScrollArea.Autosize mah="calc(100vh - 220px)" type="auto">
            <UnitTree
              units={active.data ?? []}
              selectedDistrictId={filters.districtId}
              onSelectDistrict={(districtId) => setFilters({ ...filters, districtId })}
            />
          </ScrollArea.Autosize>
        </Paper>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <UnitFiltersBar filters={filters} districts={districts} onChange={setFilters} />
          {list.error && <LoadError title={unitsText.loadFailed} message={list.error.message} onRetry={list.reload} />}
          <Text size="sm" fw={600} role="status" aria-live="polite">
            {list.data ? unitsText.count(formatNumber(list.data.length)) : ''}
            {selectedDistrict ? ` · ${selectedDistrict.name}` : ''}
          </Text>
          <Box pos="relative" mih={120}>
            <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
            {list.data && list.data.length === 0 ? (
              <Text c="dimmed" p="md">
                {unitsText.empty}
              </Text>
            ) : (
              <UnitTable units={list.data ?? []} label={unitsText.title} />
            )}
          </Box>
        </Stack>
      </Group>
      <UnitFormModal
        opened={formOpened}
        onClose={form.close}
        preset={selectedDistrict ? { kind: 'commune', adminType: 'Xã', parentId: String(selectedDistrict.id) } : undefined}
        onSaved={(unit) => navigate(`/units/${unit.id}`)}
      />
      {printList.modal}
    </Stack>
  );
}
