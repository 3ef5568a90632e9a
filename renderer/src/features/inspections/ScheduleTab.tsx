import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { type InspectionDetail, isVisitEditable, type VisitSummary } from '@shared/domain/inspections';
import { formatDate } from '@shared/format/date';
import { IconAlertTriangle, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { XlsxDownloadButton } from '../../components/XlsxDownloadButton';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { AddVisitForm } from './AddVisitForm';
import { EditVisitForm } from './EditVisitForm';
import { ScheduleTimeline } from './ScheduleTimeline';
import { ScheduleWarnings } from './ScheduleWarnings';
import { VisitStatusBadge } from './StatusBadges';
import { inspectionsText } from './text';
import { warningsOf } from './visit-form-values';

const { schedule } = inspectionsText;
const { columns } = schedule;

type View = 'table' | 'timeline';

function VisitRow({ visit, round, onEdit }: { visit: VisitSummary; round: InspectionDetail; onEdit: () => void }) {
  const warnings = warningsOf(round.warnings, visit.id);
  return (
    // A warned row is tinted and marked on its edge; its badges name the problem, the alert above says it in full.
    <Table.Tr
      data-warned={warnings.length > 0 || undefined}
      style={
        warnings.length > 0
          ? { background: 'var(--mantine-color-orange-0)', boxShadow: 'inset 4px 0 0 var(--mantine-color-orange-6)' }
          : undefined
      }
    >
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(visit.date)}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/inspections/visits/${visit.id}`} fw={600} fz="sm" aria-label={schedule.open(visit.unitName)}>
          {visit.unitName}
        </Anchor>
        {warnings.length > 0 && (
          <Group gap={4} mt={2}>
            {warnings.map((warning) => (
              <Tooltip key={warning.kind} label={warning.message} multiline w={320} withArrow>
                <Badge
                  color="yellow"
                  variant="filled"
                  autoContrast
                  leftSection={<IconAlertTriangle size={12} />}
                  tabIndex={0}
                  aria-label={warning.message}
                  styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
                >
                  {schedule.warningKinds[warning.kind]}
                </Badge>
              </Tooltip>
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>{visit.place}</Table.Td>
      <Table.Td>
        {visit.teamName ?? (
          <Text size="sm" c="dimmed">
            {schedule.noTeam}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <VisitStatusBadge status={visit.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {visit.selfAssessmentDate ? (
          schedule.received(formatDate(visit.selfAssessmentDate))
        ) : (
          <Text size="sm" c="dimmed">
            {schedule.notReceived}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          aria-label={schedule.editLabel(visit.unitName)}
          title={schedule.editLabel(visit.unitName)}
          onClick={onEdit}
        >
          <IconPencil size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

interface Props {
  round: InspectionDetail;
  /** Re-reads the round (its visits and warnings). */
  onChanged: () => void;
}

/** The round's schedule: warnings on top, then the table (or the day-by-day timeline); add and edit visits in modals. */
export function ScheduleTab({ round, onChanged }: Props) {
  const [view, setView] = useState<View>('table');
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [lastDate, setLastDate] = useState<string | null>(null);
  const visits = [...round.visits].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  // The visit as last read, so a save followed by a reload shows the new version.
  const editing = editingId === null ? undefined : round.visits.find((visit) => visit.id === editingId);

  return (
    <Stack gap="sm">
      <ScheduleWarnings warnings={round.warnings} />
      <Group justify="space-between">
        <Title order={3} size="h4">
          {schedule.title}
        </Title>
        <Group gap="sm">
          <SegmentedControl
            aria-label={schedule.view}
            value={view}
            onChange={(next) => setView(next as View)}
            data={[
              { value: 'table', label: schedule.views.table },
              { value: 'timeline', label: schedule.views.timeline },
            ]}
          />
          <XlsxDownloadButton
            label={schedule.exportSchedule}
            load={() => call('inspections.exportXlsx', { inspectionId: round.id, list: 'schedule' })}
            variant="default"
            size="sm"
            disabled={visits.length === 0}
          />
          <XlsxDownloadButton
            label={schedule.exportResults}
            load={() => call('inspections.exportXlsx', { inspectionId: round.id, list: 'results' })}
            variant="default"
            size="sm"
            disabled={visits.length === 0}
          />
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {schedule.add}
          </Button>
        </Group>
      </Group>
      {visits.length === 0 ? (
        <Text c="dimmed">{schedule.empty}</Text>
      ) : view === 'timeline' ? (
        <ScheduleTimeline visits={visits} warnings={round.warnings} />
      ) : (
        <ScrollArea type="auto" offsetScrollbars="x">
          <Table striped verticalSpacing={8} miw={880} aria-label={schedule.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>{columns.date}</Table.Th>
                <Table.Th>{columns.unit}</Table.Th>
                <Table.Th w={180}>{columns.place}</Table.Th>
                <Table.Th w={160}>{columns.team}</Table.Th>
                <Table.Th w={130}>{columns.status}</Table.Th>
                <Table.Th w={150}>{columns.selfAssessment}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.map((visit) => (
                <VisitRow key={visit.id} visit={visit} round={round} onEdit={() => setEditingId(visit.id)} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}

      <FormModal opened={adding} onClose={() => setAdding(false)} title={schedule.addTitle} size="lg">
        {adding && (
          <AddVisitForm
            inspectionId={round.id}
            teams={round.teams}
            defaultDate={lastDate}
            onSaved={(saved) => {
              setLastDate(saved.date);
              setAdding(false);
              onChanged();
            }}
            onCancel={() => setAdding(false)}
          />
        )}
      </FormModal>
      <FormModal
        opened={editing !== undefined}
        onClose={() => setEditingId(null)}
        title={editing ? schedule.editTitle(editing.unitName) : ''}
      >
        {editing && (
          <Stack gap="md">
            {isVisitEditable(editing.status) ? (
              <EditVisitForm
                key={editing.version}
                visit={editing}
                teams={round.teams}
                onSaved={() => {
                  setEditingId(null);
                  onChanged();
                }}
                onCancel={() => setEditingId(null)}
                onReload={onChanged}
              />
            ) : (
              <Alert color="gray">{schedule.locked}</Alert>
            )}
            <Text size="sm" c="dimmed">
              {schedule.hints.attachmentsTitle}
            </Text>
            <AttachmentsPanel ownerKind="inspection-visit" ownerId={editing.id} />
          </Stack>
        )}
      </FormModal>
    </Stack>
  );
}
