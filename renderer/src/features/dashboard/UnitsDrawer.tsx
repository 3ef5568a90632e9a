import { Anchor, Center, Drawer, Loader, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { formatNumber } from '@shared/format/number';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListPager } from '../../components/ListPager';
import { LoadError } from '../../components/LoadError';
import { dashboardText } from './text';
import type { UnitList } from './units-list';

const { drawer: text } = dashboardText;

/** Units shown at a time: a national figure stands for thousands of communes or villages. */
export const DRAWER_PAGE_SIZE = 50;

interface Props {
  opened: boolean;
  /** Kept after closing so the drawer does not empty while it slides out. */
  list: UnitList | null;
  /** The summary's movement and year: the server finds the figure's units again for them. */
  movementId: number;
  year: number;
  onClose: () => void;
}

/** The units behind a dashboard figure, a page at a time: name (links to the unit), district, criteria count, level. */
export function UnitsDrawer({ opened, list, movementId, year, onClose }: Props) {
  return (
    <Drawer
      opened={opened && list !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={list?.title}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {list && (
        // Another figure (or year) starts afresh: its first page, and a loader rather than the last figure's rows.
        <FigureUnits
          key={`${movementId}|${year}|${JSON.stringify(list.source)}`}
          list={list}
          movementId={movementId}
          year={year}
          enabled={opened}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function FigureUnits({
  list,
  movementId,
  year,
  enabled,
  onClose,
}: {
  list: UnitList;
  movementId: number;
  year: number;
  enabled: boolean;
  onClose: () => void;
}) {
  const [page, setPage] = useState(1);
  // A new page starts at its first row, not where the pager below the last one was.
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => top.current?.scrollIntoView?.({ block: 'start' }), [page]);
  const answer = useCall('dashboard.units', { movementId, year, list: list.source, page, pageSize: DRAWER_PAGE_SIZE }, enabled);
  const rows = answer.data?.rows ?? [];
  const total = answer.data?.total ?? list.total;
  const withLevel = rows.some((r) => r.level !== 'none');
  const withCount = rows.some((r) => r.count !== null);
  const first = (page - 1) * DRAWER_PAGE_SIZE;

  if (answer.error) return <LoadError title={text.loadFailed} message={answer.error.message} onRetry={answer.reload} />;
  if (!answer.data)
    return (
      <Center p="xl" aria-label={text.loading}>
        <Loader />
      </Center>
    );
  return (
    // The margin keeps the count and the table's head clear of the drawer's sticky title.
    <Stack gap="sm" ref={top} style={{ scrollMarginTop: 100 }}>
      {list.description && (
        <Text size="sm" fw={500}>
          {list.description}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {text.count(formatNumber(total))}
      </Text>
      {total === 0 ? (
        <Text c="dimmed">{text.empty}</Text>
      ) : (
        <Table striped verticalSpacing={6} aria-label={list.title} aria-busy={answer.loading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>{text.index}</Table.Th>
              <Table.Th>{text.name}</Table.Th>
              <Table.Th>{text.district}</Table.Th>
              {withCount && <Table.Th ta="right">{text.criteria}</Table.Th>}
              {withCount && list.withPrevious && <Table.Th ta="right">{text.previous}</Table.Th>}
              {withLevel && <Table.Th>{text.level}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={row.id}>
                <Table.Td>{formatNumber(first + index + 1)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/units/${row.id}`} fz="sm" onClick={onClose}>
                    {row.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.districtName ?? ''}</Table.Td>
                {withCount && <Table.Td ta="right">{row.count === null ? '' : formatNumber(row.count)}</Table.Td>}
                {withCount && list.withPrevious && (
                  <Table.Td ta="right">{row.previousCount === null ? '' : formatNumber(row.previousCount)}</Table.Td>
                )}
                {withLevel && <Table.Td>{row.level === 'none' ? '' : LEVEL_LABELS[row.level]}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ListPager total={total} page={page} pageSize={DRAWER_PAGE_SIZE} onPage={setPage} />
    </Stack>
  );
}
