import { Anchor, Badge, Group, Pagination, ScrollArea, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { KINDS_WITH_EM_FLAG, type UnitListItem } from '@shared/domain/units';
import { compareVietnamese } from '@shared/text/collate';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';

import { unitsText } from './text';

const { columns: text } = unitsText;

export type UnitColumn = 'name' | 'kind' | 'code' | 'parent' | 'em' | 'head' | 'phone';

interface Props {
  units: UnitListItem[];
  label: string;
  /** Columns to leave out (a unit's children need no parent column). */
  hide?: UnitColumn[];
  pageSize?: number;
}

const textSort = (get: (unit: UnitListItem) => string) => (a: { original: UnitListItem }, b: { original: UnitListItem }) =>
  compareVietnamese(get(a.original), get(b.original));

function buildColumns(): ColumnDef<UnitListItem>[] {
  return [
    {
      id: 'name',
      header: text.name,
      accessorFn: (unit) => unit.name,
      sortingFn: textSort((unit) => unit.name),
      cell: ({ row }) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/units/${row.original.id}`} c={row.original.archived ? 'dimmed' : undefined} fw={500} fz="sm">
            {row.original.name}
          </Anchor>
          {row.original.archived && (
            <Badge size="xs" color="gray" variant="light">
              {unitsText.archivedBadge}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      id: 'kind',
      header: text.kind,
      accessorFn: (unit) => UNIT_KIND_LABELS[unit.kind],
      sortingFn: textSort((unit) => UNIT_KIND_LABELS[unit.kind]),
      // "Cấp huyện" on one line: the table scrolls sideways rather than growing rows.
      cell: ({ row }) => <span style={{ whiteSpace: 'nowrap' }}>{UNIT_KIND_LABELS[row.original.kind]}</span>,
    },
    {
      id: 'code',
      header: text.code,
      accessorFn: (unit) => unit.code ?? '',
      sortingFn: textSort((unit) => unit.code ?? ''),
    },
    {
      id: 'parent',
      header: text.parent,
      accessorFn: (unit) => unit.parentName ?? '',
      sortingFn: textSort((unit) => `${unit.districtName ?? ''} ${unit.parentName ?? ''}`),
      cell: ({ row }) => {
        const { parentName, districtName } = row.original;
        return (
          <Stack gap={0}>
            <Text size="sm">{parentName ?? ''}</Text>
            {districtName && districtName !== parentName && districtName !== row.original.name && (
              <Text size="xs" c="dimmed">
                {districtName}
              </Text>
            )}
          </Stack>
        );
      },
    },
    {
      id: 'em',
      header: text.em,
      accessorFn: (unit) => (unit.ethnicMinorityArea ? unitsText.yes : ''),
      // Only "Có" is shown: a column of "Không" would bury the few units that are in the area.
      cell: ({ row }) =>
        KINDS_WITH_EM_FLAG.includes(row.original.kind) && row.original.ethnicMinorityArea ? (
          <Badge size="sm" variant="light" color="teal">
            {unitsText.yes}
          </Badge>
        ) : null,
    },
    { id: 'head', header: text.head, accessorFn: (unit) => unit.headName, sortingFn: textSort((unit) => unit.headName) },
    { id: 'phone', header: text.phone, accessorFn: (unit) => unit.phone, enableSorting: false },
  ];
}

const NO_HIDDEN: UnitColumn[] = [];

/** Units as a sortable, paged table (sorting in Vietnamese alphabetical order). */
export function UnitTable({ units, label, hide = NO_HIDDEN, pageSize = 50 }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(() => buildColumns().filter((column) => !hide.includes(column.id as UnitColumn)), [hide]);
  const table = useReactTable({
    data: units,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageIndex: 0, pageSize } },
  });
  const { pageIndex } = table.getState().pagination;
  const pageCount = table.getPageCount();
  const from = units.length === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(units.length, (pageIndex + 1) * pageSize);

  return (
    <Stack gap="xs">
      <ScrollArea type="auto" offsetScrollbars="x">
        <Table className="sticky-first-column" striped highlightOnHover verticalSpacing={6} aria-label={label} miw={700}>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const title = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <Table.Th
                      key={header.id}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {header.column.getCanSort() ? (
                        <UnstyledButton
                          onClick={header.column.getToggleSortingHandler()}
                          title={sorted === 'asc' ? text.sortDesc : text.sortAsc}
                          fw={700}
                          fz="sm"
                        >
                          <Group gap={4} wrap="nowrap">
                            {title}
                            {sorted === 'asc' ? (
                              <IconArrowUp size={14} />
                            ) : sorted === 'desc' ? (
                              <IconArrowDown size={14} />
                            ) : (
                              <IconArrowsSort size={14} opacity={0.4} />
                            )}
                          </Group>
                        </UnstyledButton>
                      ) : (
                        title
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {pageCount > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {unitsText.pagination(from, to, units.length)}
          </Text>
          <Pagination total={pageCount} value={pageIndex + 1} onChange={(page) => table.setPageIndex(page - 1)} size="sm" />
        </Group>
      )}
    </Stack>
  );
}
