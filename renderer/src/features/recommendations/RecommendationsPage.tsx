import { Anchor, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { RECOMMENDATION_FILTER_STATUSES, RECOMMENDATION_STATUS_LABELS, type RecommendationFilterStatus } from '@shared/domain/inspections';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { ListPager, readPage } from '../../components/ListPager';
import { ListSection } from '../../components/ListSection';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { RecommendationStatusBadge } from './RecommendationStatusBadge';
import { recommendationsText as text } from './text';
import { UnitSearchSelect } from './UnitSearchSelect';
import { useRecommendationDialog } from './use-recommendation-dialog';

const PAGE_SIZE = 50;
const STATUS_OPTIONS = RECOMMENDATION_FILTER_STATUSES.map((status) => ({ value: status, label: RECOMMENDATION_STATUS_LABELS[status] }));
const isStatus = (value: string | null): value is RecommendationFilterStatus =>
  RECOMMENDATION_FILTER_STATUSES.some((status) => status === value);

/** Kiến nghị sau kiểm tra: every recommendation, filtered by status, unit and overdue today; overdue ones stand out. */
export function RecommendationsPage() {
  const [params, setParams] = useScreenParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const overdueOnly = params.get('overdue') === '1';
  const [unitId, setUnitIdState] = useState<string | null>(null);
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(typed.trim(), 250);
  const page = readPage(params);
  const today = todayIso();
  const filter = {
    ...(status ? { status } : {}),
    ...(unitId ? { unitId: Number(unitId) } : {}),
    overdueOn: overdueOnly ? today : null,
    ...(query ? { query } : {}),
  };
  const list = useCall('recommendations.list', { ...filter, page, pageSize: PAGE_SIZE });
  // How many of the matches are overdue today: a count from the server, not the page's rows.
  const overdueCount = useCall('recommendations.list', { ...filter, status: 'overdue', pageSize: 1 }, status === null);
  const dialog = useRecommendationDialog(() => {
    list.reload();
    overdueCount.reload();
  });
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const overdue = status === 'overdue' ? total : status === null ? (overdueCount.data?.total ?? 0) : 0;
  const filtered = status !== null || unitId !== null || overdueOnly || query !== '';

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        // A new filter starts again at the first page.
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );

  const setUnitId = (value: string | null) => {
    setUnitIdState(value);
    setParam('page', null);
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== query) setParam('q', query || null);
    // Only the debounced search writes the address; the other filters write it themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{text.title}</Title>
        <Text c="gray.7" size="sm">
          {text.intro}
        </Text>
      </Stack>
      <Group align="flex-end" gap="md">
        <TextInput
          label={text.filters.search}
          placeholder={text.filters.searchPlaceholder}
          leftSection={<IconSearch size={16} />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          w={260}
        />
        <Select
          label={text.filters.status}
          placeholder={text.filters.allStatuses}
          data={STATUS_OPTIONS}
          value={status}
          onChange={(value) => setParam('status', value)}
          clearable
          w={220}
        />
        <UnitSearchSelect
          label={text.filters.unit}
          placeholder={text.filters.unitPlaceholder}
          value={unitId}
          onChange={setUnitId}
          clearable
          w={300}
        />
        <Checkbox
          label={text.filters.overdueToday(formatDate(today))}
          checked={overdueOnly}
          onChange={(event) => setParam('overdue', event.currentTarget.checked ? '1' : null)}
          mb={8}
        />
        <XlsxDownloadButton label={text.exportXlsx} load={() => call('recommendations.exportXlsx', filter)} variant="default" />
      </Group>
      <ListSection
        list={list}
        texts={{ loadFailed: text.loadFailed, empty: text.empty, tableLabel: text.tableLabel }}
        toolbar={undefined}
        empty={total === 0}
        emptyText={filtered ? text.emptyFiltered : text.empty}
        columns={[
          { label: text.columns.text },
          { label: text.columns.unit, w: 170 },
          { label: text.columns.responsible, w: 150 },
          { label: text.columns.deadline, w: 100 },
          { label: text.columns.status, w: 130 },
          { label: text.columns.actions, w: 100 },
        ]}
      >
        {rows.map((r) => {
          const last = r.notes.at(-1);
          return (
            <Table.Tr key={r.id} data-overdue={r.overdue || undefined} bg={r.overdue ? 'red.0' : undefined}>
              <Table.Td>
                <Text size="sm">{r.text}</Text>
                {last && (
                  <Text size="xs" c="gray.7">
                    {text.lastNote(formatDate(last.date), last.text)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/inspections/visits/${r.visitId}`}
                  size="sm"
                  aria-label={text.openVisitOf(r.unitName, r.inspectionYear)}
                >
                  {r.unitName}
                </Anchor>
                <Text size="xs" c="gray.7">
                  {text.roundOf(r.inspectionYear)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.responsibleUnitName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={r.overdue ? 700 : undefined} c={r.overdue ? 'red.9' : undefined}>
                  {formatDate(r.deadline)}
                </Text>
              </Table.Td>
              <Table.Td>
                <RecommendationStatusBadge recommendation={r} />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => dialog.open(r, 'update')} aria-label={text.update.label(r.text)}>
                  {text.update.button}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </ListSection>
      <ListPager total={total} page={page} pageSize={PAGE_SIZE} onPage={(next) => setParam('page', String(next))} />
      {list.data && total > 0 && (
        <Text size="sm" c="gray.7" role="status" aria-live="polite">
          {text.count(formatNumber(total))}
          {overdue > 0 ? ` · ${text.overdueCount(formatNumber(overdue))}` : ''}
        </Text>
      )}
      {dialog.modal}
    </Stack>
  );
}
