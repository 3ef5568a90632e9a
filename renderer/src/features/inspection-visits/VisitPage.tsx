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
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { VISIT_STATUS_LABELS, type VisitDetail } from '@shared/domain/inspections';
import { formatDate } from '@shared/format/date';
import { IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { usePrintDocument } from '../documents/use-print-document';
import { ChecklistEntry } from './ChecklistEntry';
import { FindingsForm } from './FindingsForm';
import { MovementRecords } from './MovementRecords';
import { PresentSection } from './PresentSection';
import { visitText as text } from './text';
import { TransitionHistory } from './TransitionHistory';
import { VisitRecommendations } from './VisitRecommendations';
import { WorkflowBar } from './WorkflowBar';

const TABS = ['checklist', 'findings', 'recommendations', 'present', 'files', 'history'] as const;
type Tab = (typeof TABS)[number];

export const STATUS_COLORS: Record<VisitDetail['status'], string> = {
  planned: 'gray',
  'in-progress': 'blue',
  results: 'cyan',
  signed: 'violet',
  done: 'green',
};

/** One visit of a round: its step in the workflow, the checklist, findings, recommendations, who was present, files, history. */
export function VisitPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useScreenParams();
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'checklist';
  const detail = useCall('inspections.visit', { id: valid ? id : 1 }, valid);
  const visit = detail.data && detail.data.id === id ? detail.data : undefined;
  const print = usePrintDocument(
    'inspection-minutes',
    { visitId: id },
    { title: text.minutesTitle(visit?.unitName ?? ''), entity: 'inspection-visit', entityId: visit?.id },
  );

  if (!valid || detail.error) {
    return (
      <Alert color="red" title={text.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {detail.error?.message ?? text.notFound}
          <Anchor component={Link} to="/inspections">
            {text.rounds}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (!visit) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const reload = detail.reload;

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/inspections" size="sm">
          {text.rounds}
        </Anchor>
        <Anchor component={Link} to={`/inspections/${visit.inspectionId}`} size="sm">
          {visit.inspectionTitle}
        </Anchor>
        <Text size="sm">{visit.unitName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="sm" align="center">
          <Title order={2}>{text.title(visit.unitName)}</Title>
          <Badge size="lg" color={STATUS_COLORS[visit.status]} data-testid="visit-status">
            {VISIT_STATUS_LABELS[visit.status]}
          </Badge>
        </Group>
        <Button
          leftSection={<IconPrinter size={16} />}
          variant="default"
          onClick={print.open}
          loading={print.loading}
          style={{ flexShrink: 0 }}
        >
          {text.print}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm">
        <Fact label={text.facts.date}>{formatDate(visit.date)}</Fact>
        <Fact label={text.facts.place}>{visit.place || text.facts.noPlace}</Fact>
        <Fact label={text.facts.team}>{visit.team?.name ?? text.facts.noTeam}</Fact>
        <Fact label={text.facts.round}>
          <Anchor component={Link} to={`/inspections/${visit.inspectionId}`} size="sm">
            {visit.inspectionTitle}
          </Anchor>
        </Fact>
      </SimpleGrid>
      <WorkflowBar visit={visit} onChanged={reload} onReload={reload} />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'checklist' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {text.tabs[value]}
              {value === 'recommendations' && visit.recommendations.length + visit.carried.length > 0
                ? ` (${visit.recommendations.length + visit.carried.length})`
                : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="md" mt="sm">
          <Tabs.Panel value="checklist">
            <Stack gap="md">
              <MovementRecords records={visit.movementRecords} />
              <ChecklistEntry key={JSON.stringify(visit.results)} visit={visit} onSaved={reload} onReload={reload} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="findings">
            <FindingsForm visit={visit} onSaved={reload} onReload={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="recommendations">
            <VisitRecommendations visit={visit} onChanged={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="present">
            <PresentSection visit={visit} onSaved={reload} onReload={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="files">
            <Stack gap="sm">
              <Text size="sm" c="gray.7">
                {text.files.hint}
              </Text>
              <AttachmentsPanel ownerKind="inspection-visit" ownerId={visit.id} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <TransitionHistory entries={visit.transitions} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
      {print.modal}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="xs" radius="md">
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text size="sm" fw={600} component="div">
        {children}
      </Text>
    </Paper>
  );
}
