import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import type { InputOf } from '@shared/contract';
import {
  COMMENDATION_KIND_LABELS,
  ELIGIBILITY_LABELS,
  ELIGIBILITY_STATUSES,
  type EligibilityStatus,
  NOMINATION_STATUS_LABELS,
  NOMINATION_STATUSES,
  type NominationStatus,
  NOMINEE_KIND_LABELS,
  NOMINEE_KINDS,
  type NomineeKind,
} from '@shared/domain/nominations';
import { formatDate } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconFileSpreadsheet, IconPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { ListPager, readPage } from '../../components/ListPager';
import { ListSection } from '../../components/ListSection';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { CouncilResultBadge, useCouncilResults } from '../council/CouncilResultBadge';
import { usePrintDocument } from '../documents/use-print-document';
import { UnitPicker } from '../inspections/UnitPicker';
import { EligibilityBadge, NominationStatusBadge, RoundStatusBadge } from './Badges';
import { ImportModal } from './ImportModal';
import { NominationFormModal } from './NominationFormModal';
import { nominationsText } from './text';

const text = nominationsText.round;
const ALL = 'all';
const PAGE_SIZE = 50;

type NominationFilters = Omit<InputOf<'nominations.list'>, 'page' | 'pageSize' | 'sort' | 'direction'>;

function pick<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** A round: its dossiers filtered on the server, export, print, "Thêm hồ sơ" and "Nhập từ Excel". */
export function RoundPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const navigate = useNavigate();
  const [params, setParams] = useScreenParams();
  const rounds = useCall('rounds.list', {}, valid);
  const catalogue = useCall('awards.catalogue', {});
  const [adding, add] = useDisclosure(false);
  const [importing, importer] = useDisclosure(false);

  const status: NominationStatus | undefined = pick(NOMINATION_STATUSES, params.get('status'));
  const nomineeKind: NomineeKind | undefined = pick(NOMINEE_KINDS, params.get('kind'));
  const eligibility: EligibilityStatus | undefined = pick(ELIGIBILITY_STATUSES, params.get('eligibility'));
  const awardCode = params.get('award') ?? undefined;
  const unitParam = Number(params.get('unit'));
  const proposingUnitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : undefined;
  const page = readPage(params);
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(typed.trim(), 250);
  const filters: NominationFilters = {
    roundId: id,
    status,
    nomineeKind,
    eligibility,
    awardCode,
    proposingUnitId,
    ...(query ? { query } : {}),
  };
  const list = useCall('nominations.list', { ...filters, page, pageSize: PAGE_SIZE }, valid);
  const councilResults = useCouncilResults((list.data?.rows ?? []).filter((n) => n.status === 'submitted').map((n) => n.id));
  const print = usePrintDocument('nomination-list', { roundId: id }, { title: text.printTitle, entity: 'nomination-round', entityId: id });

  // A new filter starts again at the first page; the page and the search stay in the address.
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== ALL) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== query) setFilter('q', query || null);
    // Only the debounced search writes the address; the other filters write it themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const round = rounds.data?.find((candidate) => candidate.id === id);
  if (!valid || rounds.error || (rounds.data && !round)) {
    return (
      <Alert color="red" title={text.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {rounds.error?.message}
          <Anchor component={Link} to="/nominations">
            {text.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (!round) {
    return (
      <Center p="xl">
        <Loader aria-label={text.loading} />
      </Center>
    );
  }

  const nominations = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const filtered = Boolean(status || nomineeKind || eligibility || awardCode || proposingUnitId || query);
  const awardOptions = (catalogue.data ?? []).map((award) => ({ value: award.code, label: award.name }));
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => [
    { value: ALL, label: text.filters.all },
    ...values.map((value) => ({ value, label: labels[value] })),
  ];

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/nominations?year=${round.year}`} size="sm">
          {text.back}
        </Anchor>
        <Text size="sm">{round.year}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="sm" align="center">
            <Title order={2}>{round.name}</Title>
            <RoundStatusBadge status={round.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {COMMENDATION_KIND_LABELS[round.commendationKind]} · {text.deadline(formatDate(round.deadline))}
            {round.movementName ? ` · ${text.movement(round.movementName)}` : ''}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={print.open} loading={print.loading}>
            {text.print}
          </Button>
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={importer.open}>
            {text.import}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={add.open}>
            {text.add}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <ListSection
          list={list}
          texts={{ loadFailed: text.listFailed, empty: text.empty, tableLabel: text.tableLabel }}
          toolbar={
            <Group gap="sm" align="flex-end" wrap="wrap" w="100%">
              <TextInput
                label={text.filters.search}
                placeholder={text.filters.searchPlaceholder}
                leftSection={<IconSearch size={16} />}
                w={240}
                value={typed}
                onChange={(event) => setTyped(event.currentTarget.value)}
              />
              <Select
                label={text.filters.status}
                w={160}
                data={options(NOMINATION_STATUSES, NOMINATION_STATUS_LABELS)}
                value={status ?? ALL}
                allowDeselect={false}
                onChange={(value) => setFilter('status', value)}
              />
              <Select
                label={text.filters.award}
                w={260}
                data={[{ value: ALL, label: text.filters.all }, ...awardOptions]}
                value={awardCode ?? ALL}
                allowDeselect={false}
                searchable
                onChange={(value) => setFilter('award', value)}
              />
              <div style={{ width: 240 }}>
                <UnitPicker
                  label={text.filters.unit}
                  value={proposingUnitId ? String(proposingUnitId) : null}
                  onChange={(value) => setFilter('unit', value)}
                />
              </div>
              <Select
                label={text.filters.kind}
                w={140}
                data={options(NOMINEE_KINDS, NOMINEE_KIND_LABELS)}
                value={nomineeKind ?? ALL}
                allowDeselect={false}
                onChange={(value) => setFilter('kind', value)}
              />
              <Select
                label={text.filters.eligibility}
                w={180}
                data={options(ELIGIBILITY_STATUSES, ELIGIBILITY_LABELS)}
                value={eligibility ?? ALL}
                allowDeselect={false}
                onChange={(value) => setFilter('eligibility', value)}
              />
              <Group gap="sm" ml="auto" align="center">
                <Text size="sm" c="dimmed" role="status" aria-live="polite">
                  {list.data ? text.count(formatNumber(total)) : ''}
                </Text>
                <XlsxDownloadButton label={text.export} load={() => call('nominations.exportXlsx', filters)} disabled={total === 0} />
              </Group>
            </Group>
          }
          empty={total === 0}
          emptyText={filtered ? text.emptyFiltered : text.empty}
          columns={[
            { label: text.columns.index, w: 50 },
            { label: text.columns.nominee },
            { label: text.columns.award, w: 230 },
            { label: text.columns.unit, w: 200 },
            { label: text.columns.status, w: 140 },
            { label: text.columns.eligibility, w: 170 },
          ]}
          tableProps={{ miw: 900, highlightOnHover: true, striped: true }}
        >
          {nominations.map((nomination, index) => (
            <Table.Tr key={nomination.id}>
              <Table.Td>{formatNumber((page - 1) * PAGE_SIZE + index + 1)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/nominations/${nomination.id}`} fw={600} fz="sm">
                  {nomination.nomineeName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {NOMINEE_KIND_LABELS[nomination.nomineeKind]}
                </Text>
              </Table.Td>
              <Table.Td>{nomination.awardName}</Table.Td>
              <Table.Td>{nomination.proposingUnitName}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <NominationStatusBadge status={nomination.status} />
                  <CouncilResultBadge result={councilResults.get(nomination.id)} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <EligibilityBadge status={nomination.eligibility} />
                  {nomination.flags.length > 0 && (
                    <Badge color="orange" variant="light" title={nomination.flags.join('\n')}>
                      {text.flagCount(nomination.flags.length)}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListSection>
        <ListPager total={total} page={page} pageSize={PAGE_SIZE} onPage={(next) => setFilter('page', String(next))} />
      </Paper>
      <NominationFormModal
        opened={adding}
        onClose={add.close}
        roundId={id}
        catalogue={catalogue.data ?? []}
        onSaved={(saved) => navigate(`/nominations/${saved.id}`)}
      />
      <ImportModal
        opened={importing}
        onClose={importer.close}
        roundId={id}
        catalogue={catalogue.data ?? []}
        onImported={() => {
          list.reload();
          rounds.reload();
        }}
      />
      {print.modal}
    </Stack>
  );
}
