import { Alert, Anchor, Box, Group, LoadingOverlay, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { parseDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { isInvalidDate } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { ListExportButton } from '../../components/ListExportButton';
import { ListPager, readPage } from '../../components/ListPager';
import { ROLL_UP_KINDS, type RollUpKind } from './roll-up';
import { GroupTable, RecordTable } from './RollUpTables';
import { unitHistoryText } from './text';

const text = unitHistoryText.rollUp;
const PAGE_SIZE = 50;

/** Years with records: the seed plan's period and the years around it, newest first. */
function years(now = new Date()): number[] {
  const list: number[] = [];
  for (let year = now.getFullYear(); year >= 2018; year--) list.push(year);
  return list;
}

function readKind(value: string | null): RollUpKind {
  return ROLL_UP_KINDS.find((kind) => kind === value) ?? 'commune';
}

/**
 * Recognitions of a year as recorded (the commune and district of their time) and the units of the
 * as-of date they roll up to, with totals per today's unit. Year, kind and date live in the address.
 */
export function RollUpPage() {
  const [params, setParams] = useScreenParams();
  const yearOptions = useMemo(() => years(), []);
  const year = Number(params.get('year')) || yearOptions[1] || yearOptions[0];
  const kind = readKind(params.get('kind'));
  const asOf = parseDate(params.get('asOf')?.split('-').reverse().join('/') ?? '') ?? todayIso();
  const page = readPage(params);
  const groupPage = readPage(params, 'groupPage');
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(typed.trim(), 250);
  const filters = { year, rollUpAsOf: asOf, kind, ...(query ? { query } : {}) };
  const list = useCall('recognitions.list', { ...filters, page, groupPage, pageSize: PAGE_SIZE });
  const [typedAsOf, setTypedAsOf] = useState<string | null>(null);

  // A new filter starts both tables again at their first page.
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    if (key !== 'groupPage') next.delete('groupPage');
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== query) update('q', query || null);
    // Only the debounced search writes the address; the other filters write it themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const total = list.data?.total ?? 0;

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/units" size="sm">
          {text.back}
        </Anchor>
        <Title order={2}>{text.title}</Title>
        <Text c="dimmed" size="sm" maw={900}>
          {text.explain}
        </Text>
      </div>
      <Group align="flex-end" gap="md">
        <Select
          label={text.year}
          w={140}
          data={yearOptions.map(String)}
          value={String(year)}
          onChange={(value) => value && update('year', value)}
          allowDeselect={false}
        />
        <DateField
          clearable={false}
          label={text.asOf}
          description={text.asOfHint}
          w={180}
          value={typedAsOf ?? asOf}
          onChange={(value) => {
            // An impossible date stays in the field with its message; the list keeps the last real date.
            setTypedAsOf(isInvalidDate(value) ? value : null);
            if (!isInvalidDate(value)) update('asOf', value ?? todayIso());
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {text.kind}
          </Text>
          <SegmentedControl
            aria-label={text.kind}
            data={ROLL_UP_KINDS.map((value) => ({ value, label: text.kinds[value] }))}
            value={kind}
            onChange={(value) => update('kind', value)}
          />
        </Stack>
        <TextInput
          label={text.search}
          placeholder={text.searchPlaceholder}
          leftSection={<IconSearch size={16} />}
          w={240}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        <ListExportButton input={{ list: 'recognitions', filters }} />
      </Group>
      {kind === 'district' && (
        <Text size="sm" c="dimmed">
          {text.districtNote}
        </Text>
      )}
      {list.error && (
        <Alert color="red" title={text.loadFailed}>
          {list.error.message}
        </Alert>
      )}
      <Box pos="relative" mih={120}>
        <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {list.data && total === 0 ? (
          <Text c="dimmed">{query ? text.emptySearch : text.empty(year)}</Text>
        ) : (
          <Stack gap="md">
            <Text size="sm" fw={600} role="status">
              {text.count(formatNumber(total))}
            </Text>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {text.groupsTitle}
              </Title>
              <GroupTable groups={list.data?.groups.rows ?? []} total={total} recognised={list.data?.recognised ?? 0} />
              <ListPager
                total={list.data?.groups.total ?? 0}
                page={groupPage}
                pageSize={PAGE_SIZE}
                onPage={(next) => update('groupPage', String(next))}
              />
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {text.recordsTitle}
              </Title>
              <RecordTable records={list.data?.rows ?? []} />
              <ListPager total={total} page={page} pageSize={PAGE_SIZE} onPage={(next) => update('page', String(next))} />
            </Paper>
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
