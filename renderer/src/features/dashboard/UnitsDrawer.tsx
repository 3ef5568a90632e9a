import { Anchor, Center, Drawer, Loader, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { UnitListItem } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
import { compareVietnamese } from '@shared/text/collate';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { useMemo } from 'react';
import { Link } from 'react-router';

import { useUnitsByIds } from '../units/use-units-by-ids';
import { dashboardText } from './text';
import type { CommuneRecord, UnitList } from './units-list';

const { drawer: text } = dashboardText;

interface Props {
  opened: boolean;
  /** Kept after closing so the drawer does not empty while it slides out. */
  list: UnitList | null;
  onClose: () => void;
  records: Map<number, CommuneRecord> | null;
}

interface Row {
  id: number;
  name: string;
  district: string;
  count: number | null;
  previous: number | null;
  level: string;
}

function buildRows(list: UnitList, units: Map<number, UnitListItem>, records: Map<number, CommuneRecord> | null): Row[] {
  const figures = new Map((list.figures ?? []).map((f) => [f.id, f]));
  return list.ids
    .map((id) => {
      const unit = units.get(id);
      const figure = figures.get(id);
      const record = records?.get(id);
      return {
        id,
        // The summary names units as they were that year; the registry has today's name.
        name: figure?.name ?? unit?.name ?? text.unknownUnit(id),
        district: figure?.districtName ?? unit?.districtName ?? '',
        count: figure?.count ?? record?.count ?? null,
        previous: figure?.previousCount ?? record?.previousCount ?? null,
        level: record && record.level !== 'none' ? LEVEL_LABELS[record.level] : '',
      };
    })
    .sort((a, b) => compareVietnamese(a.district, b.district) || compareVietnamese(a.name, b.name));
}

/** The units behind a dashboard figure: name (links to the unit), district, criteria count, level. */
export function UnitsDrawer({ opened, list, onClose, records }: Props) {
  // Only the units behind the figure are read, by id.
  const units = useUnitsByIds(list?.ids ?? [], list !== null);
  const rows = useMemo(() => (list && units.units ? buildRows(list, units.units, records) : []), [list, units.units, records]);
  const withLevel = rows.some((r) => r.level !== '');
  const withCount = rows.some((r) => r.count !== null);

  return (
    <Drawer
      opened={opened && list !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={list?.title}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {list && !units.units && !units.error ? (
        <Center p="xl" aria-label={text.loading}>
          <Loader />
        </Center>
      ) : (
        <Stack gap="sm">
          {list?.description && (
            <Text size="sm" fw={500}>
              {list.description}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {text.count(formatNumber(rows.length))}
          </Text>
          {rows.length === 0 ? (
            <Text c="dimmed">{text.empty}</Text>
          ) : (
            <Table striped verticalSpacing={6} aria-label={list?.title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={50}>{text.index}</Table.Th>
                  <Table.Th>{text.name}</Table.Th>
                  <Table.Th>{text.district}</Table.Th>
                  {withCount && <Table.Th ta="right">{text.criteria}</Table.Th>}
                  {withCount && list?.withPrevious && <Table.Th ta="right">{text.previous}</Table.Th>}
                  {withLevel && <Table.Th>{text.level}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/units/${row.id}`} fz="sm" onClick={onClose}>
                        {row.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{row.district}</Table.Td>
                    {withCount && <Table.Td ta="right">{row.count === null ? '' : formatNumber(row.count)}</Table.Td>}
                    {withCount && list?.withPrevious && (
                      <Table.Td ta="right">{row.previous === null ? '' : formatNumber(row.previous)}</Table.Td>
                    )}
                    {withLevel && <Table.Td>{row.level}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
