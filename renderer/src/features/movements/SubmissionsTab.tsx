import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  LoadingOverlay,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { MilestoneListItem, MovementDetail, Submission } from '@shared/domain/movements';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconCheck, IconChecks, IconPaperclip, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { DateField } from '../../components/DateField';
import { ListExportButton } from '../../components/ListExportButton';
import { LoadError } from '../../components/LoadError';
import { ChangeHistory } from '../history/ChangeHistory';
import { daysLate } from './dates';
import { WHOLE } from './MovementBadges';
import { SubmissionForm } from './SubmissionForm';
import { submissionsText as more } from './submissions-text';
import { movementsText } from './text';

const text = movementsText.submissions;
const { columns } = text;

/** Still owed: neither received nor excused ("không yêu cầu nộp"). */
function isOutstanding(submission: Submission): boolean {
  return !submission.receivedDate && !submission.notRequired;
}

/** Late = still owed and the due date has passed (the server's overdue rule). */
function isOverdue(submission: Submission, today: string): boolean {
  return isOutstanding(submission) && submission.dueDate < today;
}

function SubmissionStatus({ submission, today }: { submission: Submission; today: string }) {
  if (submission.notRequired)
    return (
      <Badge color="gray" variant="outline" styles={WHOLE}>
        {more.notRequired}
      </Badge>
    );
  if (submission.receivedDate && submission.daysLate)
    return (
      <Badge color="orange" variant="light" styles={WHOLE}>
        {more.late(formatNumber(submission.daysLate))}
      </Badge>
    );
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
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
}

function SubmissionRow({ submission, today, selected, onSelect, onOpen }: RowProps) {
  const overdue = isOverdue(submission, today);
  return (
    <Table.Tr bg={overdue ? 'var(--mantine-color-red-0)' : undefined} data-overdue={overdue || undefined}>
      <Table.Td>
        {isOutstanding(submission) && (
          <Checkbox aria-label={more.select(submission.unitName)} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
        )}
      </Table.Td>
      <Table.Td fw={500}>{submission.unitName}</Table.Td>
      <Table.Td>{formatDate(submission.dueDate)}</Table.Td>
      <Table.Td>{formatDate(submission.receivedDate)}</Table.Td>
      <Table.Td>{submission.documentNumber}</Table.Td>
      <Table.Td maw={220}>
        {submission.attachments > 0 && (
          <Group gap={4} wrap="nowrap">
            <IconPaperclip size={14} aria-hidden />
            <Text size="sm">{more.attachments(submission.attachments)}</Text>
          </Group>
        )}
        {submission.filePath && (
          <Text size="xs" ff="monospace" truncate="end" title={`${more.legacyPath}: ${submission.filePath}`}>
            {submission.filePath}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <SubmissionStatus submission={submission} today={today} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {submission.receivedDate || submission.notRequired ? (
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
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulkDate, setBulkDate] = useState<string | null>(milestone.dueDate);
  const today = todayIso();
  const all = list.data ?? [];
  const outstanding = all.filter(isOutstanding);
  const select = (unitId: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(unitId);
      else next.delete(unitId);
      return next;
    });
  const receiveBulk = (which: 'all' | 'selected') => {
    if (!bulkDate) {
      notifications.show({ color: 'red', message: more.bulk.needDate });
      return;
    }
    const unitIds = which === 'all' ? ('all' as const) : [...selected];
    const count = which === 'all' ? outstanding.length : selected.size;
    modals.openConfirmModal({
      title: more.bulk.confirmTitle,
      children: (
        <Text size="sm">
          {which === 'all' ? more.bulk.confirmAll(count, formatDate(bulkDate)) : more.bulk.confirmSelected(count, formatDate(bulkDate))}
        </Text>
      ),
      labels: { confirm: more.bulk.confirm, cancel: more.bulk.cancel },
      onConfirm: () => {
        call('submissions.receiveBulk', { milestoneId: milestone.id, unitIds, receivedDate: bulkDate })
          .then((result) => {
            notifications.show({ color: 'green', message: more.bulk.done(result.updated) });
            setSelected(new Set());
            list.reload();
            onChanged();
          })
          .catch((error: unknown) =>
            notifications.show({
              color: 'red',
              title: more.bulk.failed,
              message: error instanceof ApiError ? error.message : String(error),
            }),
          );
      },
    });
  };
  const overdueCount = all.filter((s) => isOverdue(s, today)).length;
  const expectedCount = all.filter((s) => !s.notRequired).length;
  const shown = onlyOverdue ? all.filter((s) => isOverdue(s, today)) : all;
  const saved = () => {
    setOpen(null);
    list.reload();
    onChanged();
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" fw={600} role="status">
          {list.data ? text.summary(all.filter((s) => s.receivedDate).length, expectedCount, overdueCount) : ''}
        </Text>
        <Group gap="sm">
          <Checkbox label={text.onlyOverdue} checked={onlyOverdue} onChange={(event) => setOnlyOverdue(event.currentTarget.checked)} />
          <ListExportButton size="sm" input={{ list: 'submissions', filters: { milestoneId: milestone.id } }} />
        </Group>
      </Group>
      {outstanding.length > 0 && (
        <Group gap="sm" align="flex-end" aria-label={more.bulk.title} role="group">
          <DateField label={more.bulk.date} description={more.bulk.dateHint} value={bulkDate} onChange={setBulkDate} w={220} />
          <Button
            variant="light"
            leftSection={<IconCheck size={16} />}
            disabled={selected.size === 0}
            onClick={() => receiveBulk('selected')}
          >
            {more.bulk.selected(selected.size)}
          </Button>
          <Button variant="default" leftSection={<IconChecks size={16} />} onClick={() => receiveBulk('all')}>
            {more.bulk.all}
          </Button>
        </Group>
      )}
      {list.error && <LoadError title={text.loadFailed} message={list.error.message} onRetry={list.reload} />}
      <Box pos="relative" mih={80}>
        <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {list.data && shown.length === 0 ? (
          <Text c="dimmed">{onlyOverdue ? text.emptyOverdue : text.empty}</Text>
        ) : (
          <ScrollArea type="auto" offsetScrollbars="x">
            <Table verticalSpacing={6} miw={940} aria-label={text.tableLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={more.selectAll}
                      checked={outstanding.length > 0 && selected.size === outstanding.length}
                      indeterminate={selected.size > 0 && selected.size < outstanding.length}
                      onChange={(e) => setSelected(e.currentTarget.checked ? new Set(outstanding.map((s) => s.unitId)) : new Set())}
                    />
                  </Table.Th>
                  <Table.Th>{columns.unit}</Table.Th>
                  <Table.Th w={100}>{columns.dueDate}</Table.Th>
                  <Table.Th w={100}>{columns.receivedDate}</Table.Th>
                  <Table.Th w={140}>{columns.documentNumber}</Table.Th>
                  <Table.Th>{columns.file}</Table.Th>
                  <Table.Th>{columns.status}</Table.Th>
                  <Table.Th w={150} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((submission) => (
                  <SubmissionRow
                    key={submission.unitId}
                    submission={submission}
                    today={today}
                    selected={selected.has(submission.unitId)}
                    onSelect={(on) => select(submission.unitId, on)}
                    onOpen={() => setOpen(submission)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Box>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? text.modalTitle(open.unitName) : ''} size="lg">
        {open && (
          <Tabs defaultValue="document" keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="document">{more.tabs.document}</Tabs.Tab>
              <Tabs.Tab value="history">{more.tabs.history}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="document">
              <SubmissionForm
                submission={open}
                milestoneDueDate={milestone.dueDate}
                receivedDefault={today}
                onSaved={saved}
                onCancel={() => setOpen(null)}
                onReload={saved}
                onAttachmentsChanged={list.reload}
              />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              {open.id !== null ? <ChangeHistory entity="submission" entityId={open.id} /> : <Text size="sm">{more.historyUnsaved}</Text>}
            </Tabs.Panel>
          </Tabs>
        )}
      </Modal>
    </Stack>
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
