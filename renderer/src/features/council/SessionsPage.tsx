import { Anchor, Button, Group, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDate } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { FormModal } from '../../components/FormModal';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { useYearParam, YearFilter } from '../../components/YearFilter';
import { SessionForm } from './SessionForm';
import { councilText } from './text';

const text = councilText.sessions;
const PAGE_SIZE = 50;

/** Council sessions of a year (or all), newest first, with attendance and results; "Tạo phiên họp" opens the form. */
export function SessionsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useScreenParams();
  const { year, param: yearParam } = useYearParam();
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const list = useCall('sessions.list', { ...(year === null ? {} : { year }), page, pageSize: PAGE_SIZE });
  const [formOpened, form] = useDisclosure(false);
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const setPage = (next: number) => {
    const query: Record<string, string> = {};
    if (yearParam) query.year = yearParam;
    if (next > 1) query.page = String(next);
    setParams(query, { replace: true });
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
          <ListExportButton input={{ list: 'councilSessions', filters: year === null ? {} : { year } }} />
          <Button variant="default" component={Link} to="/council/members" leftSection={<IconUsersGroup size={18} />}>
            {text.members}
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
          empty={rows.length === 0}
          emptyText={year === null ? text.empty : text.emptyYear(String(year))}
          columns={[
            { label: text.columns.date, w: 110 },
            { label: text.columns.place },
            { label: text.columns.chair, w: 200 },
            { label: text.columns.attendance, w: 120, ta: 'right' },
            { label: text.columns.agenda, w: 110, ta: 'right' },
            { label: text.columns.results, w: 210 },
          ]}
          tableProps={{ miw: 860, highlightOnHover: true, striped: true }}
        >
          {rows.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Anchor component={Link} to={`/council/sessions/${session.id}`} fw={600} fz="sm">
                  {formatDate(session.date)}
                </Anchor>
              </Table.Td>
              <Table.Td>{session.place}</Table.Td>
              <Table.Td>{session.chairName}</Table.Td>
              <Table.Td ta="right">
                {session.attendanceRecorded ? text.attendance(session.presentCount, session.memberCount) : text.noAttendance}
              </Table.Td>
              <Table.Td ta="right">{text.agenda(session.agendaCount)}</Table.Td>
              <Table.Td>{text.results(session.votedCount, session.passedCount, session.agendaCount)}</Table.Td>
            </Table.Tr>
          ))}
        </ListSection>
        {total > PAGE_SIZE && (
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed">
              {text.shown(formatNumber((page - 1) * PAGE_SIZE + 1), formatNumber(Math.min(page * PAGE_SIZE, total)), formatNumber(total))}
            </Text>
            <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} size="sm" />
          </Group>
        )}
      </Paper>
      <FormModal opened={formOpened} onClose={form.close} title={councilText.sessionForm.title} size="lg">
        {formOpened && (
          <SessionForm
            onSaved={(saved) => {
              form.close();
              void navigate(`/council/sessions/${saved.id}`);
            }}
            onCancel={form.close}
          />
        )}
      </FormModal>
    </Stack>
  );
}
