import { Box, Button, Group, LoadingOverlay, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatNumber } from '@shared/format/number';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { LoadError } from '../../components/LoadError';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { usePrintDocument } from '../documents/use-print-document';
import { VillageImportButton } from '../unit-history/VillageImportButton';
import { AliasImportButton } from './AliasImportModal';
import { RegistryImportButton } from './RegistryImportModal';
import { unitsText } from './text';
import {
  listInput,
  pageInput,
  readFilters,
  readPaging,
  type UnitFilters,
  type UnitPaging,
  UNITS_PAGE_SIZE,
  writeFiltersAndPaging,
} from './unit-filters';
import { UnitFiltersBar } from './UnitFiltersBar';
import { UnitFormModal } from './UnitFormModal';
import { UnitTable } from './UnitTable';
import { UnitTree } from './UnitTree';

/** The unit registry: a tree by district, filters, search and the table. */
export function UnitsScreen() {
  const navigate = useNavigate();
  const [params, setParams] = useScreenParams();
  const filters = readFilters(params);
  const paging = readPaging(params);
  const list = useCall('units.list', pageInput(filters, paging));
  // The chosen district's name and kind for the count line and the new unit's preset.
  const district = useCall('units.list', { ids: [filters.districtId ?? 0], archived: 'all', pageSize: 1 }, filters.districtId !== null);
  const [formOpened, form] = useDisclosure(false);
  // The printed directory lists exactly what the filters show (template unit-directory takes units.list's filter).
  const printList = usePrintDocument('unit-directory', { ...listInput(filters) }, { title: unitsText.print.title });

  // New filters start again at the first page, in the order chosen.
  const setFilters = (next: UnitFilters) => setParams(writeFiltersAndPaging(next, { ...paging, page: 1 }), { replace: true });
  const setPaging = (next: UnitPaging) => setParams(writeFiltersAndPaging(filters, next), { replace: true });
  const selectedDistrict = filters.districtId ? district.data?.rows.find((unit) => unit.id === filters.districtId) : undefined;
  const rows = list.data?.rows ?? [];

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
          <RegistryImportButton onImported={list.reload} />
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
          <Box mah="calc(100vh - 220px)" style={{ overflowY: 'auto' }}>
            <UnitTree selectedDistrictId={filters.districtId} onSelectDistrict={(districtId) => setFilters({ ...filters, districtId })} />
          </Box>
        </Paper>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <UnitFiltersBar filters={filters} districtName={selectedDistrict?.name ?? null} onChange={setFilters} />
          {list.error && <LoadError title={unitsText.loadFailed} message={list.error.message} onRetry={list.reload} />}
          <Text size="sm" fw={600} role="status" aria-live="polite">
            {list.data ? unitsText.count(formatNumber(list.data.total)) : ''}
            {selectedDistrict ? ` · ${selectedDistrict.name}` : ''}
          </Text>
          {list.data?.rankedLimit != null && list.data.total > list.data.rankedLimit && (
            <Text size="sm" c="dimmed">
              {unitsText.rankedOnly(formatNumber(list.data.rankedLimit), formatNumber(list.data.total))}
            </Text>
          )}
          <Box pos="relative" mih={120}>
            <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
            {list.data && list.data.total === 0 ? (
              <Text c="dimmed" p="md">
                {unitsText.empty}
              </Text>
            ) : (
              <UnitTable
                units={rows}
                label={unitsText.title}
                server={{
                  // Past the ranked matches of a query there is nothing to page to.
                  total: Math.min(list.data?.total ?? 0, list.data?.rankedLimit ?? Number.MAX_SAFE_INTEGER),
                  page: paging.page,
                  pageSize: UNITS_PAGE_SIZE,
                  sort: paging.sort,
                  direction: paging.direction,
                  onPage: (page) => setPaging({ ...paging, page }),
                  onSort: (sort, direction) => setPaging({ page: 1, sort, direction }),
                }}
              />
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
