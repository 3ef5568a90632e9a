import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { COMMENDATION_KIND_LABELS } from '@shared/domain/nominations';
import { formatDate } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { useYearParam, YearFilter } from '../../components/YearFilter';
import { RoundStatusBadge } from './Badges';
import { RoundFormModal } from './RoundFormModal';
import { nominationsText } from './text';

const text = nominationsText.rounds;

/** The nomination rounds of a year (or all), with their deadline and dossier count; "Tạo đợt xét" opens the form. */
export function NominationsPage() {
  const navigate = useNavigate();
  const { year } = useYearParam();
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
          toolbar={<YearFilter label={text.year} />}
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
