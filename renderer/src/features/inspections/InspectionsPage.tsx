import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDate, todayIso } from '@shared/format/date';
import { IconListCheck, IconPlus, IconUsers } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { RoundFormModal } from './RoundFormModal';
import { RoundStatusBadge } from './StatusBadges';
import { inspectionsText as text } from './text';

const ALL = 'all';

/** The years offered by the filter: from five years back to next year, and the year asked for if older. */
function yearOptions(current: number, asked: number | null) {
  const years = Array.from({ length: 7 }, (_, index) => current + 1 - index);
  if (asked !== null && !years.includes(asked)) years.push(asked);
  return [{ value: ALL, label: text.allYears }, ...years.map((year) => ({ value: String(year), label: String(year) }))];
}

/** The inspection rounds of a year (or all), with their status and visits; "Tạo đợt kiểm tra" opens the form. */
export function InspectionsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const current = Number(todayIso().slice(0, 4));
  const yearParam = params.get('year');
  const year = yearParam === ALL ? null : Number(yearParam ?? current) || current;
  const list = useCall('inspections.list', year === null ? {} : { year });
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
          <ListExportButton input={{ list: 'inspections', filters: year === null ? {} : { year } }} />
          <Button variant="default" component={Link} to="/people" leftSection={<IconUsers size={18} />}>
            {text.people}
          </Button>
          <Button variant="default" component={Link} to="/inspections/template" leftSection={<IconListCheck size={18} />}>
            {text.template}
          </Button>
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
            { label: text.columns.title },
            { label: text.columns.period, w: 210 },
            { label: text.columns.visits, w: 190 },
            { label: text.columns.status, w: 150 },
          ]}
          tableProps={{ miw: 800, highlightOnHover: true, striped: true }}
        >
          {rounds.map((round) => (
            <Table.Tr key={round.id}>
              <Table.Td>{round.year}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/inspections/${round.id}`} fw={600} fz="sm">
                  {round.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{text.period(formatDate(round.periodFrom), formatDate(round.periodTo))}</Table.Td>
              <Table.Td>{text.visits(round.doneCount, round.visitCount)}</Table.Td>
              <Table.Td>
                <RoundStatusBadge status={round.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </ListSection>
      </Paper>
      <RoundFormModal opened={formOpened} onClose={form.close} onSaved={(saved) => navigate(`/inspections/${saved.id}`)} />
    </Stack>
  );
}
