import { Alert, Anchor, Breadcrumbs, Button, Center, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDate } from '@shared/format/date';
import { IconAlertTriangle, IconPencil, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { usePrintDocument } from '../documents/use-print-document';
import { RoundFormModal } from './RoundFormModal';
import { RoundInfo } from './RoundInfo';
import { ScheduleTab } from './ScheduleTab';
import { RoundStatusBadge } from './StatusBadges';
import { TeamsTab } from './TeamsTab';
import { inspectionsText } from './text';

const { page } = inspectionsText;
const TABS = ['info', 'teams', 'schedule'] as const;
type Tab = (typeof TABS)[number];

/** One inspection round: its plan, teams and schedule in tabs; prints the plan and the report. */
export function InspectionPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useScreenParams();
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'info';
  const detail = useCall('inspections.get', { id: valid ? id : 1 }, valid);
  const [editing, edit] = useDisclosure(false);
  const printPlan = usePrintDocument(
    'inspection-plan',
    { inspectionId: id },
    { title: page.planTitle, entity: 'inspection', entityId: id },
  );
  const printReport = usePrintDocument(
    'inspection-report',
    { inspectionId: id },
    { title: page.reportTitle, entity: 'inspection', entityId: id },
  );

  if (!valid || detail.error) {
    return (
      <Alert color="red" title={page.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {detail.error?.message}
          <Anchor component={Link} to="/inspections">
            {page.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  // Another round's data may still be held while this one loads: wait for the right one.
  const round = detail.data && detail.data.id === id ? detail.data : undefined;
  if (!round) {
    return (
      <Center p="xl">
        <Loader aria-label={page.loading} />
      </Center>
    );
  }

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/inspections?year=${round.year}`} size="sm">
          {page.back}
        </Anchor>
        <Text size="sm">{round.year}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="sm" align="center">
            <Title order={2}>{round.title}</Title>
            <RoundStatusBadge status={round.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {inspectionsText.period(formatDate(round.periodFrom), formatDate(round.periodTo))}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={printPlan.open} loading={printPlan.loading}>
            {page.printPlan}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={printReport.open} loading={printReport.loading}>
            {page.printReport}
          </Button>
          <Button leftSection={<IconPencil size={16} />} onClick={edit.open}>
            {page.edit}
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(next) => setParams(next && next !== 'info' ? { tab: next } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {page.tabs[value]}
              {value === 'schedule' && round.visits.length > 0 ? ` (${round.visits.length})` : ''}
              {value === 'teams' && round.teams.length > 0 ? ` (${round.teams.length})` : ''}
              {value === 'schedule' && round.warnings.length > 0 && (
                // A mark for the eye; the tab itself lists the warnings in full.
                <IconAlertTriangle
                  size={16}
                  color="var(--mantine-color-orange-7)"
                  style={{ marginLeft: 6, verticalAlign: 'text-bottom' }}
                  aria-hidden
                  data-testid="schedule-warned"
                />
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="md" mt="sm">
          <Tabs.Panel value="info">
            <RoundInfo round={round} onChanged={detail.reload} />
          </Tabs.Panel>
          <Tabs.Panel value="teams">
            <TeamsTab round={round} onChanged={detail.reload} />
          </Tabs.Panel>
          <Tabs.Panel value="schedule">
            <ScheduleTab round={round} onChanged={detail.reload} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
      <RoundFormModal
        opened={editing}
        onClose={edit.close}
        round={round}
        onSaved={detail.reload}
        onReload={() => {
          edit.close();
          detail.reload();
        }}
      />
      {printPlan.modal}
      {printReport.modal}
    </Stack>
  );
}
