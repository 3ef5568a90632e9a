import { ActionIcon, Badge, Table, Text } from '@mantine/core';
import type { MilestoneListItem, MovementDetail } from '@shared/domain/movements';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { MILESTONE_KIND_LABELS } from '@shared/text/movements-text';
import { IconHistory, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { HistoryModal } from '../history/HistoryModal';
import { historyText } from '../history/text';
import { daysLate } from './dates';
import { milestoneValues, newMilestoneValues } from './milestone-form-values';
import { MilestoneForm } from './MilestoneForm';
import { WHOLE } from './MovementBadges';
import { movementsText } from './text';

const text = movementsText.milestones;
const { columns } = text;

function MilestoneStatus({ milestone, today }: { milestone: MilestoneListItem; today: string }) {
  if (milestone.completedDate)
    return (
      <Badge color="green" variant="light" styles={WHOLE}>
        {text.done(formatDate(milestone.completedDate))}
      </Badge>
    );
  // A milestone whose units submit is late while some unit is; otherwise by its own due date.
  const late = milestone.requiresSubmission
    ? milestone.received < milestone.expected && milestone.dueDate < today
    : milestone.dueDate < today;
  if (late)
    return (
      <Badge color="red" variant="light" styles={WHOLE}>
        {text.overdue(formatNumber(daysLate(milestone.dueDate, today)))}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" styles={WHOLE}>
      {text.pending}
    </Badge>
  );
}

type Editing = { milestone?: MilestoneListItem } | null;

/** The movement's milestones with their due dates; add and edit in a modal. */
export function MilestonesTab({ movement }: { movement: MovementDetail }) {
  const list = useCall('milestones.list', { movementId: movement.id });
  const [editing, setEditing] = useState<Editing>(null);
  const [historyOf, setHistoryOf] = useState<MilestoneListItem | null>(null);
  const milestones = list.data ?? [];
  const today = todayIso();
  const nextOrdinal = milestones.reduce((max, m) => Math.max(max, m.ordinal), 0) + 1;
  const close = () => setEditing(null);
  const saved = () => {
    close();
    list.reload();
  };

  return (
    <>
      <ListSection
        list={list}
        onAdd={() => setEditing({})}
        toolbar={<ListExportButton size="sm" input={{ list: 'milestones', filters: { movementId: movement.id } }} />}
        empty={milestones.length === 0}
        texts={text}
        columns={[
          { label: columns.ordinal, w: 40 },
          { label: columns.title },
          { label: columns.kind, w: 90 },
          { label: columns.dueDate, w: 100 },
          { label: columns.responsible, w: 220 },
          { label: columns.submissions, w: 120 },
          { label: columns.status, w: 150 },
          { w: 50 },
        ]}
      >
        {milestones.map((milestone) => (
          <Table.Tr key={milestone.id}>
            <Table.Td style={{ verticalAlign: 'top' }}>{milestone.ordinal}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm">{milestone.title}</Text>
              {milestone.note && (
                <Text size="xs" c="dimmed" fs="italic">
                  {milestone.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>{MILESTONE_KIND_LABELS[milestone.kind]}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>{formatDate(milestone.dueDate)}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm">{milestone.responsible}</Text>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              {milestone.requiresSubmission ? (
                text.received(milestone.received, milestone.expected)
              ) : (
                <Text size="sm" c="dimmed">
                  {text.noSubmission}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <MilestoneStatus milestone={milestone} today={today} />
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
              <ActionIcon
                variant="subtle"
                aria-label={text.editLabel(milestone.title)}
                title={text.editLabel(milestone.title)}
                onClick={() => setEditing({ milestone })}
              >
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={`${historyText.title}: ${milestone.title}`}
                title={historyText.title}
                onClick={() => setHistoryOf(milestone)}
              >
                <IconHistory size={16} />
              </ActionIcon>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListSection>
      <HistoryModal
        record={historyOf ? { entity: 'milestone', entityId: historyOf.id, label: historyOf.title } : null}
        onClose={() => setHistoryOf(null)}
      />
      <FormModal opened={editing !== null} onClose={close} title={editing?.milestone ? text.editTitle : text.createTitle}>
        {editing && (
          <MilestoneForm
            movementId={movement.id}
            milestone={editing.milestone}
            initialValues={editing.milestone ? milestoneValues(editing.milestone) : newMilestoneValues(nextOrdinal)}
            onSaved={saved}
            onCancel={close}
            onReload={saved}
          />
        )}
      </FormModal>
    </>
  );
}
