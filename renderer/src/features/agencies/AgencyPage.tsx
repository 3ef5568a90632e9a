import { Alert, Anchor, Badge, Breadcrumbs, Button, Center, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { AgencyPage as AgencyPageData, CriterionResult, ReminderLetter } from '@shared/domain/agencies';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconDownload, IconMailForward } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { Link, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { usePrintDocument } from '../documents/use-print-document';
import { changeText, metOf, shareText } from './format';
import { ReplyModal } from './ReplyModal';
import { ShortModal } from './ShortModal';
import { agenciesText } from './text';
import { useResultsXlsx } from './use-results-xlsx';

const text = agenciesText.page;
const columns = agenciesText.results.columns;

/** One responsible agency: its criteria's results and trend in a movement, the communes short, its letters and replies. */
export function AgencyPage() {
  const agencyId = Number(useParams().id);
  const valid = Number.isInteger(agencyId) && agencyId > 0;
  const [params, setParams] = useScreenParams();
  const movements = useCall('movements.list', {});
  const movementId = Number(params.get('movement')) || movements.data?.[0]?.id;
  const year = Number(params.get('year')) || undefined;
  const page = useCall(
    'agencies.page',
    { agencyId: valid ? agencyId : 1, movementId: movementId ?? 1, ...(year ? { year } : {}) },
    valid && movementId !== undefined,
  );
  const data = page.data && page.data.agency.id === agencyId && page.data.movementId === movementId ? page.data : undefined;
  const movement = movements.data?.find((m) => m.id === movementId);
  const shownYear = data?.year ?? year ?? 0;
  const print = usePrintDocument(
    'criteria-reminder',
    { movementId: movementId ?? 0, year: shownYear, agencyId },
    { title: text.issueTitle(data?.agency.name ?? ''), entity: 'agency', entityId: agencyId, onIssued: page.reload },
  );
  const [short, setShort] = useState<CriterionResult | null>(null);
  const [replying, setReplying] = useState<ReminderLetter | null>(null);
  const xlsx = useResultsXlsx();

  const error = (!valid ? { message: text.loadFailed } : null) ?? movements.error ?? page.error;
  if (error) {
    return (
      <Alert color="red" title={text.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {error.message}
          <Anchor component={Link} to="/agencies">
            {text.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (movements.data && movements.data.length === 0) return <Text c="dimmed">{text.noMovement}</Text>;
  if (!data || !movement) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (key === 'movement') next.delete('year');
    setParams(next, { replace: true });
  };
  const years = Array.from({ length: movement.endYear - movement.startYear + 2 }, (_, i) => movement.startYear - 1 + i);
  const contact = text.contact([text.headName(data.agency.headName), data.agency.phone, data.agency.email, data.agency.address]);

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/agencies" size="sm">
          {text.back}
        </Anchor>
        <Text size="sm">{data.agency.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2}>{data.agency.name}</Title>
          {contact && (
            <Text c="dimmed" size="sm">
              {contact}
            </Text>
          )}
        </div>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => void xlsx.download({ movementId: movement.id, year: data.year, agencyId })}
            loading={xlsx.downloading}
            disabled={data.criteria.length === 0}
            aria-label={text.xlsxLabel(data.agency.name, data.year)}
          >
            {agenciesText.results.xlsx}
          </Button>
          <Button leftSection={<IconMailForward size={16} />} onClick={print.open} disabled={data.criteria.length === 0}>
            {text.issue}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <Select
          label={text.movement}
          w={420}
          data={(movements.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
          value={String(movement.id)}
          onChange={(value) => value && set('movement', value)}
          allowDeselect={false}
        />
        <Select
          label={text.year}
          w={120}
          data={years.map(String)}
          value={String(data.year)}
          onChange={(value) => value && set('year', value)}
          allowDeselect={false}
        />
      </Group>
      <Paper withBorder p="md">
        <Title order={3} mb="sm">
          {text.criteriaTitle}
        </Title>
        {data.criteria.length === 0 ? <Text c="dimmed">{text.noCriteria}</Text> : <CriteriaTable data={data} onShort={setShort} />}
      </Paper>
      {data.criteria.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} mb="sm">
            {text.trendTitle}
          </Title>
          <TrendTable data={data} years={data.years.length > 0 ? data.years : [data.year]} />
        </Paper>
      )}
      {data.criteria.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} mb="sm">
            {`${text.shortTitle} (${data.year})`}
          </Title>
          <ShortLists data={data} />
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={3} mb="sm">
          {text.lettersTitle}
        </Title>
        <Letters letters={data.letters} onReply={setReplying} />
      </Paper>
      <ShortModal criterion={short} districts={data.districts} year={data.year} onClose={() => setShort(null)} />
      <ReplyModal
        letter={replying}
        onClose={() => setReplying(null)}
        onSaved={() => {
          setReplying(null);
          page.reload();
        }}
      />
      {print.modal}
    </Stack>
  );
}

function CriteriaTable({ data, onShort }: { data: AgencyPageData; onShort: (c: CriterionResult) => void }) {
  return (
    <Table verticalSpacing={6} aria-label={text.criteriaTitle}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48} ta="right">
            {columns.number}
          </Table.Th>
          <Table.Th>{columns.name}</Table.Th>
          <Table.Th ta="right">{columns.met}</Table.Th>
          <Table.Th ta="right">{columns.share}</Table.Th>
          <Table.Th ta="right">{columns.change}</Table.Th>
          <Table.Th ta="right">{columns.notMet}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.criteria.map((c) => (
          <Table.Tr key={c.criterionId}>
            <Table.Td ta="right">{c.number}</Table.Td>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td ta="right">{metOf(c)}</Table.Td>
            <Table.Td ta="right">{shareText(c.share)}</Table.Td>
            <Table.Td ta="right">{changeText(c) ?? agenciesText.results.noPrevious}</Table.Td>
            <Table.Td ta="right">
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => onShort(c)}
                aria-label={agenciesText.results.showShort(formatNumber(c.notMetCount), c.name)}
              >
                {formatNumber(c.notMetCount)}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function TrendTable({ data, years }: { data: AgencyPageData; years: number[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={6} aria-label={text.trendLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{columns.name}</Table.Th>
            {years.map((y) => (
              <Table.Th key={y} ta="right">
                {y}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.criteria.map((c) => (
            <Table.Tr key={c.criterionId}>
              <Table.Td>{`${c.number}. ${c.name}`}</Table.Td>
              {years.map((y) => {
                const point = data.trend.find((p) => p.criterionId === c.criterionId && p.year === y);
                return (
                  <Table.Td key={y} ta="right">
                    {point ? metOf(point) : '—'}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ShortLists({ data }: { data: AgencyPageData }) {
  const withShort = data.criteria.filter((c) => c.notMetCount > 0);
  if (withShort.length === 0) return <Text c="dimmed">{text.noShort}</Text>;
  return (
    <Stack gap="sm">
      {withShort.map((c) => (
        <div key={c.criterionId}>
          <Text fw={600} size="sm">{`${c.number}. ${c.name} (${formatNumber(c.notMetCount)})`}</Text>
          <Text size="sm">
            {c.notMet.map((unit, index) => (
              <Fragment key={unit.unitId}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/units/${unit.unitId}`} size="sm">
                  {unit.name}
                </Anchor>
              </Fragment>
            ))}
          </Text>
          {c.notMetCount > c.notMet.length && (
            <Text c="dimmed" size="xs">
              {agenciesText.results.shortShown(formatNumber(c.notMet.length), formatNumber(c.notMetCount))}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}

function Letters({ letters, onReply }: { letters: ReminderLetter[]; onReply: (letter: ReminderLetter) => void }) {
  if (letters.length === 0) return <Text c="dimmed">{text.noLetters}</Text>;
  const today = todayIso();
  return (
    <Table verticalSpacing={6} aria-label={text.lettersLabel}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{text.letterColumns.number}</Table.Th>
          <Table.Th>{text.letterColumns.title}</Table.Th>
          <Table.Th>{text.letterColumns.due}</Table.Th>
          <Table.Th>{text.letterColumns.reply}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {letters.map((letter) => (
          <Table.Tr key={letter.documentId}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {letter.numberSymbol}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDate(letter.date)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{letter.title}</Text>
            </Table.Td>
            <Table.Td>{formatDate(letter.replyDue)}</Table.Td>
            <Table.Td>
              {letter.status === 'cancelled' ? (
                <Badge color="gray" variant="light">
                  {text.cancelled}
                </Badge>
              ) : letter.reply ? (
                <Text size="sm">{text.replied(letter.reply.number, formatDate(letter.reply.receivedDate))}</Text>
              ) : (
                <Badge color={letter.replyDue < today ? 'red' : 'orange'} variant="light">
                  {letter.replyDue < today ? text.overdue : text.waiting}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {letter.status === 'issued' && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onReply(letter)}
                  aria-label={letter.reply ? text.editReply(letter.numberSymbol) : text.recordReply(letter.numberSymbol)}
                >
                  {letter.reply ? text.editReplyShort : text.recordReplyShort}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
