import { ActionIcon, Badge, Button, Checkbox, Select, Stack, Table, Text } from '@mantine/core';
import type { MilestoneListItem, MovementDetail, Submission } from '@shared/domain/movements';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { ListSection } from '../../components/ListSection';
import { LoadError } from '../../components/LoadError';
import { daysLate } from './dates';
import { WHOLE } from './MovementBadges';
import { SubmissionForm } from './SubmissionForm';
import { movementsText } from './text';

const text = movementsText.submissions;
const { columns } = text;

/** Late = not received and the due date has passed (the server's overdue rule). */
function isOverdue(submission: Submission, today: string): boolean {
  return !submission.receivedDate && submission.dueDate < today;
}

function SubmissionStatus({ submission, today }: { submission: Submission; today: string }) {
  if (submission.receivedDate)
    return (
      <Badge color="green" variant="light" styles={WHOLE}>
        {text.received}
      </Badge>
    );
  if (isOverdue(submission, today))
    return (
      <Badge color="red" variant="filled" styles={WHOLE}>
        {text.overdue(formatNumber(daysLate(submission.dueDate, today)))}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" styles={WHOLE}>
      {text.pending}
    </Badge>
  );
}

interface RowProps {
  submission: Submission;
  today: string;
  onOpen: () => void;
}

function SubmissionRow({ submission, today, onOpen }: RowProps) {
  const overdue = isOverdue(submission, today);
  return (
    <Table.Tr bg={overdue ? 'var(--mantine-color-red-0)' : undefined} data-overdue={overdue || undefined}>
      <Table.Td fw={500}>{submission.unitName}</Table.Td>
      <Table.Td>{formatDate(submission.dueDate)}</Table.Td>
      <Table.Td>{formatDate(submission.receivedDate)}</Table.Td>
      <Table.Td>{submission.documentNumber}</Table.Td>
      <Table.Td maw={220}>
        <Text size="xs" ff="monospace" truncate="end" title={submission.filePath}>
          {submission.filePath}
        </Text>
      </Table.Td>
      <Table.Td>
        <SubmissionStatus submission={submission} today={today} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {submission.receivedDate ? (
          <ActionIcon
            variant="subtle"
            aria-label={text.editLabel(submission.unitName)}
            title={text.editLabel(submission.unitName)}
            onClick={onOpen}
          >
            <IconPencil size={16} />
          </ActionIcon>
        ) : (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconCheck size={14} />}
            aria-label={text.markLabel(submission.unitName)}
            onClick={onOpen}
          >
            {text.markReceived}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function SubmissionsList({ milestone, onChanged }: { milestone: MilestoneListItem; onChanged: () => void }) {
  const list = useCall('submissions.list', { milestoneId: milestone.id });
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [open, setOpen] = useState<Submission | null>(null);
  const today = todayIso();
  const all = list.data ?? [];
  const overdueCount = all.filter((s) => isOverdue(s, today)).length;
  const shown = onlyOverdue ? all.filter((s) => isOverdue(s, today)) : all;
  const saved = () => {
    setOpen(null);
    list.reload();
    onChanged();
  };

  return (
    <>
      <ListSection
        list={list}
        toolbar={
          <>
            <Text size="sm" fw={600} role="status">
              {list.data ? text.summary(all.filter((s) => s.receivedDate).length, all.length, overdueCount) : ''}
            </Text>
            <Checkbox label={text.onlyOverdue} checked={onlyOverdue} onChange={(event) => setOnlyOverdue(event.currentTarget.checked)} />
          </>
        }
        empty={shown.length === 0}
        emptyText={onlyOverdue ? text.emptyOverdue : text.empty}
        tableProps={{ striped: false, verticalSpacing: 6 }}
        texts={text}
        columns={[
          { label: columns.unit },
          { label: columns.dueDate, w: 100 },
          { label: columns.receivedDate, w: 100 },
          { label: columns.documentNumber, w: 140 },
          { label: columns.file },
          { label: columns.status },
          { w: 150 },
        ]}
      >
        {shown.map((submission) => (
          <SubmissionRow key={submission.unitId} submission={submission} today={today} onOpen={() => setOpen(submission)} />
        ))}
      </ListSection>
      <FormModal opened={open !== null} onClose={() => setOpen(null)} title={open ? text.modalTitle(open.unitName) : ''} size="lg">
        {open && (
          <SubmissionForm
            submission={open}
            milestoneDueDate={milestone.dueDate}
            receivedDefault={today}
            onSaved={saved}
            onCancel={() => setOpen(null)}
            onReload={saved}
          />
        )}
      </FormModal>
    </>
  );
}

/** Per milestone that requires documents: each participating unit, its due date, what arrived; mark received. */
export function SubmissionsTab({ movement }: { movement: MovementDetail }) {
  const milestones = useCall('milestones.list', { movementId: movement.id });
  const withSubmissions = (milestones.data ?? []).filter((m) => m.requiresSubmission);
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = withSubmissions.find((m) => String(m.id) === chosen) ?? withSubmissions[0];

  if (milestones.error)
    return <LoadError title={movementsText.milestones.loadFailed} message={milestones.error.message} onRetry={milestones.reload} />;
  if (milestones.data && withSubmissions.length === 0) return <Text c="dimmed">{text.noMilestones}</Text>;
  return (
    <Stack gap="sm">
      <Select
        label={text.milestone}
        data={withSubmissions.map((m) => ({
          value: String(m.id),
          label: text.milestoneOption(m.title, formatDate(m.dueDate), movementsText.milestones.received(m.received, m.expected)),
        }))}
        value={selected ? String(selected.id) : null}
        onChange={setChosen}
        allowDeselect={false}
      />
      {selected && <SubmissionsList key={selected.id} milestone={selected} onChanged={milestones.reload} />}
    </Stack>
  );
}
