import { Group, Pagination, Text } from '@mantine/core';
import { formatNumber } from '@shared/format/number';

import { commonText } from './text';

interface Props {
  /** Rows the filters match in all (the server's count). */
  total: number;
  /** The page shown, from 1. */
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** Under a list read a page at a time: which rows are shown of how many, and the page buttons (as on the units page). */
export function ListPager({ total, page, pageSize, onPage }: Props) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1 && page <= 1) return null;
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {page > pageCount
          ? commonText.pageBeyondEnd(formatNumber(total))
          : commonText.pagination(formatNumber(from), formatNumber(to), formatNumber(total))}
      </Text>
      <Pagination total={pageCount} value={Math.min(page, pageCount)} onChange={onPage} size="sm" aria-label={commonText.pages} />
    </Group>
  );
}

/** A page number read from the address (`?page=3`); 1 when absent or not a page. */
export function readPage(params: URLSearchParams, key = 'page'): number {
  const value = Number(params.get(key));
  return Number.isInteger(value) && value >= 1 ? value : 1;
}
