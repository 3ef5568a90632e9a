import { Select, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type Recommendation,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '@shared/domain/inspections';
import { formatDate, todayIso } from '@shared/format/date';

import { call } from '../../api/client';
import { dateRule, isInvalidDate } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { recommendationsText } from './text';

const text = recommendationsText;
const STATUS_OPTIONS = RECOMMENDATION_STATUSES.map((status) => ({ value: status, label: RECOMMENDATION_STATUS_LABELS[status] }));

/** update: status, deadline, a note; close: done at a later visit; carry: a new deadline and a note saying so. */
export type UpdateMode = 'update' | 'close' | 'carry';

interface Values {
  status: RecommendationStatus;
  deadline: string | null;
  noteDate: string | null;
  noteText: string;
}

interface Props {
  recommendation: Recommendation;
  mode: UpdateMode;
  /** The later visit it is closed or carried at (its date dates the note). */
  visit?: { id: number; date: string };
  onSaved: (saved: Recommendation) => void;
  onCancel: () => void;
  onReload?: () => void;
}

function initialValues(recommendation: Recommendation, mode: UpdateMode, visit?: { date: string }): Values {
  const date = visit?.date ?? todayIso();
  if (mode === 'close') return { status: 'done', deadline: recommendation.deadline, noteDate: date, noteText: text.close.note };
  if (mode === 'carry') return { status: recommendation.status, deadline: null, noteDate: date, noteText: text.carry.note };
  return { status: recommendation.status, deadline: recommendation.deadline, noteDate: todayIso(), noteText: '' };
}

/** Moves a recommendation on: its status or deadline, with a dated follow-up note; or closes / carries it at a later visit. */
export function RecommendationUpdateForm({ recommendation, mode, visit, onSaved, onCancel, onReload }: Props) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(recommendation, mode, visit),
    validate: {
      deadline: dateRule((value) => (value ? null : text.create.deadlineNeeded)),
      noteDate: dateRule((value) => (value ? null : text.update.noteDateNeeded)),
    },
  });
  const state = useSaveForm(form, {
    save: (values) => {
      const note = values.noteText.trim();
      const noteDate = values.noteDate && !isInvalidDate(values.noteDate) ? values.noteDate : null;
      return call('recommendations.update', {
        id: recommendation.id,
        version: recommendation.version,
        status: values.status,
        ...(values.deadline ? { deadline: values.deadline } : {}),
        ...(note && noteDate ? { followUp: { date: noteDate, text: note } } : {}),
        ...(mode === 'close' && visit ? { closedInVisitId: visit.id } : {}),
      });
    },
    success: () => (mode === 'close' ? text.close.saved : mode === 'carry' ? text.carry.saved : text.update.saved),
    onSaved,
  });

  return (
    <SaveForm
      state={state}
      conflictTitle={text.update.conflictTitle}
      onReload={onReload}
      onCancel={onCancel}
      submitLabel={mode === 'close' ? text.close.submit : mode === 'carry' ? text.carry.submit : undefined}
    >
      <Text size="sm" fw={600}>
        {recommendation.text}
      </Text>
      <Text size="sm" c="gray.7">
        {`${recommendation.responsibleUnitName} · ${text.columns.deadline}: ${formatDate(recommendation.deadline)}`}
      </Text>
      {mode !== 'update' && <Text size="sm">{mode === 'close' ? text.close.hint : text.carry.hint}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {mode === 'update' && (
          <Select label={text.update.status} data={STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
        )}
        {mode !== 'close' && <DateField label={text.update.deadline} withAsterisk clearable={false} {...form.getInputProps('deadline')} />}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField label={text.update.noteDate} clearable={false} {...form.getInputProps('noteDate')} />
        <Textarea
          label={text.update.noteText}
          placeholder={mode === 'update' ? text.update.noteHint : undefined}
          autosize
          minRows={2}
          maxRows={5}
          style={{ gridColumn: 'span 2' }}
          data-autofocus
          {...form.getInputProps('noteText')}
        />
      </SimpleGrid>
      <FollowUpNotes recommendation={recommendation} />
    </SaveForm>
  );
}

/** The dated follow-up notes, oldest first. */
export function FollowUpNotes({ recommendation }: { recommendation: Recommendation }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {text.update.history}
      </Text>
      {recommendation.notes.length === 0 ? (
        <Text size="sm" c="gray.7">
          {text.update.noNotes}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={text.update.history}>
          <Table.Tbody>
            {recommendation.notes.map((note) => (
              <Table.Tr key={note.id}>
                <Table.Td w={110}>{formatDate(note.date)}</Table.Td>
                <Table.Td>{note.text}</Table.Td>
                <Table.Td w={140} c="gray.7">
                  {note.operator}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
