import { Box, Button, Group, LoadingOverlay, ScrollArea, Stack, Table, type TableProps, Text, Title } from '@mantine/core';
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

interface Props {
  /** The list as useCall reads it. */
  list: ListState;
  title?: string;
  /** The add button; absent when the list cannot grow here. */
  addLabel?: string;
  onAdd?: () => void;
  /** Controls next to the title (filters, a count). */
  toolbar?: ReactNode;
  loadFailed: string;
  /** Whether there is nothing to show once the list has been read. */
  empty: boolean;
  emptyText: string;
  /** The table's name for screen readers and tests; its look (striped, spacing, widths) can be set. */
  tableLabel: string;
  tableProps?: Omit<TableProps, 'children'>;
  /** The table's head and body (Table.Thead, Table.Tbody). */
  children: ReactNode;
}

/** A list on a screen: title and add button, the load error with retry, a loading veil, the empty text or the table. */
export function ListSection(props: Props) {
  const { list, title, addLabel, onAdd, toolbar, loadFailed, empty, emptyText, tableLabel, tableProps, children } = props;
  return (
    <Stack gap="sm">
      {(title || onAdd || toolbar) && (
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
            {onAdd && addLabel && (
              <Button size="sm" leftSection={<IconPlus size={16} />} onClick={onAdd}>
                {addLabel}
              </Button>
            )}
          </Group>
        </Group>
      )}
      {list.error && <LoadError title={loadFailed} message={list.error.message} onRetry={list.reload} />}
      <Box pos="relative" mih={80}>
        <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {list.data !== undefined && empty ? (
          <Text c="dimmed">{emptyText}</Text>
        ) : (
          // Wide tables scroll sideways inside the section instead of widening the page.
          <ScrollArea type="auto" offsetScrollbars="x">
            <Table striped verticalSpacing={8} miw={900} {...tableProps} aria-label={tableLabel}>
              {children}
            </Table>
          </ScrollArea>
        )}
      </Box>
    </Stack>
  );
}
