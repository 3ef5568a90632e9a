import { Anchor, Button, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { RECOMMENDATION_FILTER_STATUSES, RECOMMENDATION_STATUS_LABELS, type RecommendationFilterStatus } from '@shared/domain/inspections';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ListSection } from '../../components/ListSection';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { RecommendationStatusBadge } from './RecommendationStatusBadge';
import { recommendationsText as text } from './text';
import { UnitSearchSelect } from './UnitSearchSelect';
import { useRecommendationDialog } from './use-recommendation-dialog';

const STATUS_OPTIONS = RECOMMENDATION_FILTER_STATUSES.map((status) => ({ value: status, label: RECOMMENDATION_STATUS_LABELS[status] }));
const isStatus = (value: string | null): value is RecommendationFilterStatus =>
  RECOMMENDATION_FILTER_STATUSES.some((status) => status === value);

/** Kiến nghị sau kiểm tra: every recommendation, filtered by status, unit and overdue today; overdue ones stand out. */
export function RecommendationsPage() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const overdueOnly = params.get('overdue') === '1';
  const [unitId, setUnitId] = useState<string | null>(null);
  const today = todayIso();
  const filter = {
    ...(status ? { status } : {}),
    ...(unitId ? { unitId: Number(unitId) } : {}),
    overdueOn: overdueOnly ? today : null,
  };
  const list = useCall('recommendations.list', filter);
  const dialog = useRecommendationDialog(list.reload);
  const rows = list.data ?? [];
  const overdue = rows.filter((r) => r.overdue).length;
  const filtered = status !== null || unitId !== null || overdueOnly;

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{text.title}</Title>
        <Text c="gray.7" size="sm">
          {text.intro}
        </Text>
      </Stack>
      <Group align="flex-end" gap="md">
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
        empty={rows.length === 0}
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
      {list.data && rows.length > 0 && (
        <Text size="sm" c="gray.7">
          {text.count(formatNumber(rows.length))}
          {overdue > 0 ? ` · ${text.overdueCount(formatNumber(overdue))}` : ''}
        </Text>
      )}
      {dialog.modal}
    </Stack>
  );
}
