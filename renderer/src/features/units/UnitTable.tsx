import { Badge, Group, Pagination, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { UnitSort } from '@shared/contract/units';
import { KINDS_WITH_EM_FLAG, type UnitListItem } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
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
import { type CSSProperties, useMemo, useState } from 'react';
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
  /** The rows are one page of the server's answer: it sorts, pages and counts. */
  server?: ServerPaging;
}

/** One page read from the server, and how to ask for another page or order. */
export interface ServerPaging {
  total: number;
  page: number;
  pageSize: number;
  sort: UnitSort | null;
  direction: 'asc' | 'desc';
  onPage: (page: number) => void;
  onSort: (sort: UnitSort | null, direction: 'asc' | 'desc') => void;
}

/** Columns the server can order by (the others sort only a unit's own children). */
const SERVER_SORTS: Partial<Record<UnitColumn, UnitSort>> = { name: 'name', kind: 'kind', code: 'code', parent: 'parent', head: 'head' };

// The body's cells are plain elements styled like Mantine's (Anchor, Group, Text, Table.Tr/Td): a page has 50
// rows of 7 cells, and a Mantine component per element made rendering the page the slowest step of the screen.
const nameCell: CSSProperties = { display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'nowrap' };
const smallText: CSSProperties = { fontSize: 'var(--mantine-font-size-sm)', lineHeight: 'var(--mantine-line-height-sm)' };
const dimmedText: CSSProperties = {
  fontSize: 'var(--mantine-font-size-xs)',
  lineHeight: 'var(--mantine-line-height-xs)',
  color: 'var(--mantine-color-dimmed)',
};
const nativeScrollX: CSSProperties = { overflowX: 'auto' };
const rowClass = `${Table.classes.tr} mantine-Table-tr`;
const cellClass = `${Table.classes.td} mantine-Table-td`;

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
        <div style={nameCell}>
          <Link
            to={`/units/${row.original.id}`}
            className="unit-link mantine-focus-auto"
            data-archived={row.original.archived || undefined}
          >
            {row.original.name}
          </Link>
          {row.original.archived && (
            <Badge size="xs" color="gray" variant="light">
              {unitsText.archivedBadge}
            </Badge>
          )}
        </div>
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
          <div>
            <div style={smallText}>{parentName ?? ''}</div>
            {districtName && districtName !== parentName && districtName !== row.original.name && (
              <div style={dimmedText}>{districtName}</div>
            )}
          </div>
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

/** Units as a sortable, paged table (sorting in Vietnamese alphabetical order), or one page the server sorted. */
export function UnitTable({ units, label, hide = NO_HIDDEN, pageSize = 50, server }: Props) {
  const [localSorting, setLocalSorting] = useState<SortingState>([]);
  const columns = useMemo(
    () =>
      buildColumns()
        .filter((column) => !hide.includes(column.id as UnitColumn))
        .map((column) => (server && !SERVER_SORTS[column.id as UnitColumn] ? { ...column, enableSorting: false } : column)),
    [hide, server],
  );
  const serverSorting: SortingState = useMemo(() => {
    const id = Object.entries(SERVER_SORTS).find(([, sort]) => sort === server?.sort)?.[0];
    return id ? [{ id, desc: server?.direction === 'desc' }] : [];
  }, [server?.sort, server?.direction]);
  const sorting = server ? serverSorting : localSorting;
  const table = useReactTable({
    data: units,
    columns,
    state: server ? { sorting, pagination: { pageIndex: server.page - 1, pageSize: server.pageSize } } : { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (!server) return setLocalSorting(next);
      const first = next[0];
      server.onSort(first ? (SERVER_SORTS[first.id as UnitColumn] ?? null) : null, first?.desc ? 'desc' : 'asc');
    },
    manualSorting: Boolean(server),
    manualPagination: Boolean(server),
    rowCount: server?.total,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageIndex: 0, pageSize } },
  });
  const { pageIndex } = table.getState().pagination;
  const size = server?.pageSize ?? pageSize;
  const total = server?.total ?? units.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : pageIndex * size + 1;
  const to = Math.min(total, pageIndex * size + (server ? units.length : size));
  const goTo = (page: number) => (server ? server.onPage(page) : table.setPageIndex(page - 1));

  return (
    <Stack gap="xs">
      {/* The browser's own scrollbar: Mantine's ScrollArea measures and draws its bars after the rows are in. */}
      <div style={nativeScrollX}>
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
              // The attributes Table.Tr sets for a striped table with row borders and hover.
              <tr key={row.id} className={rowClass} data-striped="odd" data-hover data-with-row-border>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {pageCount > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {unitsText.pagination(formatNumber(from), formatNumber(to), formatNumber(total))}
          </Text>
          <Pagination total={pageCount} value={pageIndex + 1} onChange={goTo} size="sm" />
        </Group>
      )}
    </Stack>
  );
}
