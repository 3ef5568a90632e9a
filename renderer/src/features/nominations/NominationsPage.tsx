import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { COMMENDATION_KIND_LABELS } from '@shared/domain/nominations';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { RoundStatusBadge } from './Badges';
import { RoundFormModal } from './RoundFormModal';
import { nominationsText } from './text';

const text = nominationsText.rounds;
const ALL = 'all';

/** The years offered by the filter: from five years back to next year, and the year asked for if older. */
function yearOptions(current: number, asked: number | null) {
  const years = Array.from({ length: 7 }, (_, index) => current + 1 - index);
  if (asked !== null && !years.includes(asked)) years.push(asked);
  return [{ value: ALL, label: text.allYears }, ...years.map((year) => ({ value: String(year), label: String(year) }))];
}

/** The nomination rounds of a year (or all), with their deadline and dossier count; "Tạo đợt xét" opens the form. */
export function NominationsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const current = Number(todayIso().slice(0, 4));
  const yearParam = params.get('year');
  const year = yearParam === ALL ? null : Number(yearParam ?? current) || current;
  const list = useCall('rounds.list', year === null ? {} : { year });
  const [formOpened, form] = useDisclosure(false);
  const rounds = list.data ?? [];

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
          <ListExportButton input={{ list: 'nominationRounds', filters: year === null ? {} : { year } }} />
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
            <Select
              label={text.year}
              data={yearOptions(current, year)}
              value={year === null ? ALL : String(year)}
              allowDeselect={false}
              w={180}
              onChange={(value) => setParams(value && value !== String(current) ? { year: value } : {}, { replace: true })}
            />
          }
          empty={rounds.length === 0}
          emptyText={year === null ? text.empty : text.emptyYear(String(year))}
          columns={[
            { label: text.columns.year, w: 70 },
            { label: text.columns.name },
            { label: text.columns.kind, w: 210 },
            { label: text.columns.deadline, w: 110 },
            { label: text.columns.count, w: 90, ta: 'right' },
            { label: text.columns.status, w: 160 },
          ]}
          tableProps={{ miw: 820, highlightOnHover: true, striped: true }}
        >
          {rounds.map((round) => (
            <Table.Tr key={round.id}>
              <Table.Td>{round.year}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/nominations/rounds/${round.id}`} fw={600} fz="sm">
                  {round.name}
                </Anchor>
                {round.movementName && (
                  <Text size="xs" c="dimmed">
                    {round.movementName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{COMMENDATION_KIND_LABELS[round.commendationKind]}</Table.Td>
              <Table.Td>{formatDate(round.deadline)}</Table.Td>
              <Table.Td ta="right">{formatNumber(round.nominationCount)}</Table.Td>
              <Table.Td>
                <RoundStatusBadge status={round.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </ListSection>
      </Paper>
      <RoundFormModal opened={formOpened} onClose={form.close} onSaved={(saved) => navigate(`/nominations/rounds/${saved.id}`)} />
    </Stack>
  );
}
