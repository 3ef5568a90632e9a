import { NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { COUNCIL_ROLE_LABELS, type CouncilSession } from '@shared/domain/council';
import { formatDate, todayIso } from '@shared/format/date';
import { useEffect } from 'react';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { dateRule, isInvalidDate } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { councilText } from './text';

const text = councilText.sessionForm;

interface Values {
  date: string | null;
  place: string;
  chairId: string | null;
  secretaryId: string | null;
  quorumPercent: number | string;
}

interface Props {
  onSaved: (session: CouncilSession) => void;
  onCancel: () => void;
}

/** "Tạo phiên họp": date, place, the chair and secretary from the members serving that day, the quorum share. */
export function SessionForm({ onSaved, onCancel }: Props) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { date: todayIso(), place: '', chairId: null, secretaryId: null, quorumPercent: 80 },
    validate: {
      date: dateRule((value) => (value ? null : text.required(text.date))),
      place: (value) => (value.trim() ? null : text.required(text.place)),
      chairId: (value) => (value ? null : text.required(text.chair)),
      secretaryId: (value, values) => (!value ? text.required(text.secretary) : value === values.chairId ? text.sameMember : null),
      quorumPercent: (value) => (typeof value === 'number' && value > 0 && value <= 100 ? null : text.quorumRange),
    },
  });
  const date = form.getValues().date;
  const usable = date !== null && !isInvalidDate(date);
  const members = useCall('members.list', { asOf: usable ? date : null }, usable);
  const onDate = usable ? (members.data ?? []) : [];
  const option = (m: (typeof onDate)[number]) => ({ value: String(m.id), label: `${m.fullName} (${COUNCIL_ROLE_LABELS[m.role]})` });
  const chairs = onDate.filter((m) => m.role === 'chair' || m.role === 'vice-chair').map(option);
  const secretaries = onDate.map(option);

  // The usual pair is filled in once the day's members are known: the chairman and the council's secretary.
  const { chairId, secretaryId } = form.getValues();
  useEffect(() => {
    if (!members.data) return;
    const ids = new Set(members.data.map((m) => String(m.id)));
    if (!chairId || !ids.has(chairId)) {
      const chair = members.data.find((m) => m.role === 'chair') ?? members.data.find((m) => m.role === 'vice-chair');
      form.setFieldValue('chairId', chair ? String(chair.id) : null);
    }
    if (!secretaryId || !ids.has(secretaryId)) {
      const secretary = members.data.find((m) => m.role === 'secretary');
      form.setFieldValue('secretaryId', secretary ? String(secretary.id) : null);
    }
    // Only when the day's members change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [members.data]);

  const state = useSaveForm(form, {
    save: (values) =>
      call('sessions.create', {
        date: values.date ?? '',
        place: values.place,
        chairId: Number(values.chairId),
        secretaryId: Number(values.secretaryId),
        quorumPercent: Number(values.quorumPercent),
      }),
    success: (saved) => text.created(formatDate(saved.date)),
    onSaved,
  });

  return (
    <SaveForm state={state} onCancel={onCancel}>
      <DateField label={text.date} withAsterisk data-autofocus {...form.getInputProps('date')} />
      <TextInput label={text.place} placeholder={text.placeHint} withAsterisk {...form.getInputProps('place')} />
      <Select
        label={text.chair}
        description={text.chairHint}
        data={chairs}
        withAsterisk
        allowDeselect={false}
        nothingFoundMessage={text.noMembers}
        {...form.getInputProps('chairId')}
      />
      <Select
        label={text.secretary}
        data={secretaries}
        withAsterisk
        allowDeselect={false}
        nothingFoundMessage={text.noMembers}
        {...form.getInputProps('secretaryId')}
      />
      <NumberInput
        label={text.quorum}
        description={text.quorumHint}
        min={1}
        max={100}
        decimalScale={2}
        decimalSeparator=","
        clampBehavior="none"
        withAsterisk
        w={320}
        {...form.getInputProps('quorumPercent')}
      />
    </SaveForm>
  );
}
