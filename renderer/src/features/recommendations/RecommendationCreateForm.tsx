import { SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Recommendation } from '@shared/domain/inspections';

import { call } from '../../api/client';
import { dateRule } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { recommendationsText } from './text';
import { UnitSearchSelect } from './UnitSearchSelect';

const text = recommendationsText.create;

interface Values {
  text: string;
  responsibleUnitId: string | null;
  deadline: string | null;
}

interface Props {
  visit: { id: number; unitId: number; unitName: string };
  onSaved: (saved: Recommendation) => void;
  onCancel: () => void;
}

/** A recommendation made at a visit: what, which unit carries it out (the inspected one unless changed), by when. */
export function RecommendationCreateForm({ visit, onSaved, onCancel }: Props) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { text: '', responsibleUnitId: String(visit.unitId), deadline: null },
    validate: {
      text: (value) => (value.trim() ? null : text.textNeeded),
      responsibleUnitId: (value) => (value ? null : text.unitNeeded),
      deadline: dateRule((value) => (value ? null : text.deadlineNeeded)),
    },
  });
  const state = useSaveForm(form, {
    save: (values) =>
      call('recommendations.create', {
        visitId: visit.id,
        text: values.text,
        responsibleUnitId: Number(values.responsibleUnitId),
        deadline: values.deadline ?? '',
      }),
    success: () => text.saved,
    onSaved,
  });

  return (
    <SaveForm state={state} onCancel={onCancel}>
      <Textarea label={text.text} withAsterisk autosize minRows={3} maxRows={8} data-autofocus {...form.getInputProps('text')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <UnitSearchSelect
          label={text.responsible}
          withAsterisk
          initialOptions={[{ value: String(visit.unitId), label: visit.unitName }]}
          {...form.getInputProps('responsibleUnitId')}
        />
        <DateField label={text.deadline} withAsterisk clearable={false} {...form.getInputProps('deadline')} />
      </SimpleGrid>
    </SaveForm>
  );
}
