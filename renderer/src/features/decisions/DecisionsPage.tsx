import { Anchor, Badge, Button, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import type { InputOf } from '@shared/contract';
import { DECISION_STATUS_LABELS, DECISION_STATUSES, type DecisionStatus } from '@shared/domain/council';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { DecisionFormModal } from './DecisionFormModal';
import { decisionsText } from './text';

const text = decisionsText.list;
const ALL = 'all';
const PAGE_SIZE = 50;

/** The years offered by the filter: next year and six back, and the year asked for if older. */
export function yearOptions(current: number, asked: number | null, allLabel: string) {
  const years = Array.from({ length: 7 }, (_, index) => current + 1 - index);
  if (asked !== null && !years.includes(asked)) years.push(asked);
  return [{ value: ALL, label: allLabel }, ...years.map((year) => ({ value: String(year), label: String(year) }))];
}

export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  return (
    <Badge color={status === 'issued' ? 'green' : 'gray'} variant="light">
      {DECISION_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Decisions newest first, filtered and paged on the server; "Tạo quyết định" opens the form. */
export function DecisionsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useScreenParams();
  const [formOpened, form] = useDisclosure(false);
  const current = Number(todayIso().slice(0, 4));
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1990 && yearParam <= 2100 ? yearParam : null;
  const status = DECISION_STATUSES.find((value) => value === params.get('status'));
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam > 1 ? pageParam : 1;
  const search = params.get('q') ?? '';
  const [query] = useDebouncedValue(search, 250);
  const input: InputOf<'decisions.list'> = { query, year: year ?? undefined, status, page, pageSize: PAGE_SIZE };
  const list = useCall('decisions.list', input);
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const filtered = Boolean(query || year || status);

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== ALL) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{text.title}</Title>
          <Text c="dimmed" size="sm">
            {text.intro}
          </Text>
        </div>
        <Group gap="sm">
          <ListExportButton input={{ list: 'decisions', filters: { query, year: year ?? undefined, status } }} />
          <Button leftSection={<IconPlus size={18} />} onClick={form.open}>
            {text.add}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <ListSection
          list={list}
          texts={{ loadFailed: text.loadFailed, empty: text.empty, tableLabel: text.tableLabel }}
          toolbar={
            <Group gap="sm" align="flex-end" wrap="wrap">
              <TextInput
                label={text.search}
                placeholder={text.searchHint}
                leftSection={<IconSearch size={16} />}
                w={260}
                value={search}
                onChange={(event) => setFilter('q', event.currentTarget.value)}
              />
              <Select
                label={text.year}
                w={160}
                data={yearOptions(current, year, text.allYears)}
                value={year === null ? ALL : String(year)}
                allowDeselect={false}
                onChange={(value) => setFilter('year', value)}
              />
              <Select
                label={text.status}
                w={160}
                data={[
                  { value: ALL, label: text.allStatuses },
                  ...DECISION_STATUSES.map((value) => ({ value, label: DECISION_STATUS_LABELS[value] })),
                ]}
                value={status ?? ALL}
                allowDeselect={false}
                onChange={(value) => setFilter('status', value)}
              />
              <Text size="sm" c="dimmed" pb={8}>
                {text.count(formatNumber(total))}
              </Text>
            </Group>
          }
          empty={rows.length === 0}
          emptyText={filtered ? text.emptyFiltered : text.empty}
          columns={[
            { label: text.columns.number, w: 180 },
            { label: text.columns.date, w: 110 },
            { label: text.columns.signer },
            { label: text.columns.awards, w: 130, ta: 'right' },
            { label: text.columns.handedOver, w: 100, ta: 'right' },
            { label: text.columns.status, w: 130 },
          ]}
          tableProps={{ miw: 820, highlightOnHover: true, striped: true }}
        >
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Anchor component={Link} to={`/decisions/${row.id}`} fw={600} fz="sm">
                  {row.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(row.date)}</Table.Td>
              <Table.Td>
                <Text size="sm">{row.signerName}</Text>
                <Text size="xs" c="dimmed">
                  {row.signerAuthority}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(row.awardCount)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.handedOverCount)}</Table.Td>
              <Table.Td>
                <DecisionStatusBadge status={row.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </ListSection>
        {total > PAGE_SIZE && (
          <Group justify="flex-end" mt="sm">
            <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={(next) => setFilter('page', String(next))} />
          </Group>
        )}
      </Paper>
      <DecisionFormModal opened={formOpened} onClose={form.close} onSaved={(saved) => navigate(`/decisions/${saved.id}`)} />
    </Stack>
  );
}
