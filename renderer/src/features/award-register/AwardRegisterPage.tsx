import { Anchor, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { InputOf } from '@shared/contract';
import { NOMINEE_KIND_LABELS } from '@shared/domain/nominations';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { ListSection } from '../../components/ListSection';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { yearOptions } from '../decisions/DecisionsPage';
import { UnitPicker } from '../inspections/UnitPicker';
import { awardRegisterText as text } from './text';

const ALL = 'all';
const PAGE_SIZE = 50;

const positiveId = (value: string | null) => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** The award register (sổ khen thưởng): searched without diacritics, filtered by form, year, unit and movement, paged on the server. */
export function AwardRegisterPage() {
  const [params, setParams] = useScreenParams();
  const current = Number(todayIso().slice(0, 4));
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1990 && yearParam <= 2100 ? yearParam : undefined;
  const awardCode = params.get('award') ?? undefined;
  const unitId = positiveId(params.get('unit'));
  const movementId = positiveId(params.get('movement'));
  const page = positiveId(params.get('page')) ?? 1;
  const search = params.get('q') ?? '';
  const [query] = useDebouncedValue(search, 250);
  const filters = { query, year, awardCode, unitId, movementId } satisfies InputOf<'awards.registerXlsx'>;
  const list = useCall('awards.register', { ...filters, page, pageSize: PAGE_SIZE });
  const catalogue = useCall('awards.catalogue', {});
  const movements = useCall('movements.list', {});
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const filtered = Boolean(query || year || awardCode || unitId || movementId);

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== ALL) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const from = (page - 1) * PAGE_SIZE + 1;

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{text.title}</Title>
        <Text c="dimmed" size="sm">
          {text.intro}
        </Text>
      </div>
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
                w={300}
                value={search}
                onChange={(event) => setFilter('q', event.currentTarget.value)}
              />
              <Select
                label={text.award}
                w={240}
                searchable
                data={[{ value: ALL, label: text.all }, ...(catalogue.data ?? []).map((a) => ({ value: a.code, label: a.name }))]}
                value={awardCode ?? ALL}
                allowDeselect={false}
                onChange={(value) => setFilter('award', value)}
              />
              <Select
                label={text.year}
                w={150}
                data={yearOptions(current, year ?? null, text.allYears)}
                value={year === undefined ? ALL : String(year)}
                allowDeselect={false}
                onChange={(value) => setFilter('year', value)}
              />
              <div style={{ width: 240 }}>
                <UnitPicker label={text.unit} value={unitId ? String(unitId) : null} onChange={(value) => setFilter('unit', value)} />
              </div>
              <Select
                label={text.movement}
                w={260}
                searchable
                data={[{ value: ALL, label: text.all }, ...(movements.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))]}
                value={movementId ? String(movementId) : ALL}
                allowDeselect={false}
                onChange={(value) => setFilter('movement', value)}
              />
              <Group gap="sm" align="center" pb={2}>
                <Text size="sm" c="dimmed">
                  {text.count(formatNumber(total))}
                </Text>
                <XlsxDownloadButton label={text.xlsx} load={() => call('awards.registerXlsx', filters)} disabled={total === 0} />
                <XlsxDownloadButton label={text.csv} format="csv" load={() => call('awards.registerCsv', filters)} disabled={total === 0} />
              </Group>
            </Group>
          }
          empty={rows.length === 0}
          emptyText={filtered ? text.emptyFiltered : text.empty}
          columns={[
            { label: text.columns.register, w: 100 },
            { label: text.columns.nominee },
            { label: text.columns.award, w: 210 },
            { label: text.columns.unit, w: 180 },
            { label: text.columns.decision, w: 200 },
            { label: text.columns.handedOver, w: 110 },
          ]}
          tableProps={{ miw: 1100, highlightOnHover: true, striped: true }}
        >
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                {row.registerNumber}/{row.registerYear}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/nominees/${row.nomineeId}`} fw={600} fz="sm">
                  {row.nomineeName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {NOMINEE_KIND_LABELS[row.nomineeKind]}
                  {row.movementName ? ` · ${row.movementName}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{row.awardName}</Table.Td>
              <Table.Td>{row.proposingUnitName}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/decisions/${row.decisionId}`} fz="sm">
                  {text.decision(row.decisionNumber, formatDate(row.decisionDate))}
                </Anchor>
              </Table.Td>
              <Table.Td>{row.handedOverOn ? formatDate(row.handedOverOn) : text.notHandedOver}</Table.Td>
            </Table.Tr>
          ))}
        </ListSection>
        {total > 0 && (
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed">
              {text.range(formatNumber(from), formatNumber(Math.min(total, from + rows.length - 1)), formatNumber(total))}
            </Text>
            {total > PAGE_SIZE && (
              <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={(next) => setFilter('page', String(next))} />
            )}
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
