import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDate } from '@shared/format/date';
import { IconListCheck, IconPlus, IconUsers } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { useYearParam, YearFilter } from '../../components/YearFilter';
import { RoundFormModal } from './RoundFormModal';
import { RoundStatusBadge } from './StatusBadges';
import { inspectionsText as text } from './text';

/** The inspection rounds of a year (or all), with their status and visits; "Tạo đợt kiểm tra" opens the form. */
export function InspectionsPage() {
  const navigate = useNavigate();
  const { year } = useYearParam();
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
          toolbar={<YearFilter label={text.year} />}
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
