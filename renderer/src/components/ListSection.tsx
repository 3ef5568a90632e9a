import { Box, Button, Group, LoadingOverlay, Stack, Table, type TableProps, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import type { ApiError } from '../api/client';
import { LoadError } from './LoadError';

interface ListState {
  data: unknown;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** A list's words, as each feature's text.ts has them. */
export interface ListTexts {
  title?: string;
  /** The add button's label. */
  add?: string;
  loadFailed: string;
  empty?: string;
  /** The table's name for screen readers and tests; the title when absent. */
  tableLabel?: string;
}

export interface ListColumn {
  label?: ReactNode;
  w?: number;
  ta?: 'left' | 'right' | 'center';
}

interface Props {
  /** The list as useCall reads it. */
  list: ListState;
  texts: ListTexts;
  /** The add button; absent when the list cannot grow here. */
  onAdd?: () => void;
  /** Controls next to the title (filters, a count). */
  toolbar?: ReactNode;
  /** Whether there is nothing to show once the list has been read. */
  empty: boolean;
  /** Instead of texts.empty (a filtered list says something else). */
  emptyText?: string;
  columns: ListColumn[];
  /** The table's look (striped, spacing, widths). */
  tableProps?: Omit<TableProps, 'children'>;
  /** The rows (Table.Tr). */
  children: ReactNode;
}

/** A list on a screen: title and add button, the load error with retry, a loading veil, the empty text or the table. */
export function ListSection({ list, texts, onAdd, toolbar, empty, emptyText, columns, tableProps, children }: Props) {
  const { title, add } = texts;
  return (
    <Stack gap="sm">
      {(title || (onAdd && add) || toolbar) && (
        <Group justify="space-between">
          {title ? (
            <Title order={3} size="h4">
              {title}
            </Title>
          ) : (
            <span />
          )}
          <Group gap="sm">
            {toolbar}
            {onAdd && add && (
              <Button size="sm" leftSection={<IconPlus size={16} />} onClick={onAdd}>
                {add}
              </Button>
            )}
          </Group>
        </Group>
      )}
      {list.error && <LoadError title={texts.loadFailed} message={list.error.message} onRetry={list.reload} />}
      <Box pos="relative" mih={80}>
        <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {list.data !== undefined && empty ? (
          <Text c="dimmed">{emptyText ?? texts.empty}</Text>
        ) : (
          // Wide tables scroll sideways inside the section instead of widening the page, with the browser's own
          // scrollbar: Mantine's ScrollArea measures and draws its bars after the rows are in.
          <Box style={{ overflowX: 'auto' }}>
            <Table striped verticalSpacing={8} miw={900} {...tableProps} aria-label={texts.tableLabel ?? title}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column, index) => (
                    <Table.Th key={index} w={column.w} ta={column.ta}>
                      {column.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{children}</Table.Tbody>
            </Table>
          </Box>
        )}
      </Box>
    </Stack>
  );
}
