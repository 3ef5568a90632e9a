import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MovementListItem } from '@shared/domain/movements';
import { COMMENDATION_KIND_LABELS, COMMENDATION_KINDS, type NominationRound } from '@shared/domain/nominations';
import { todayIso } from '@shared/format/date';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { SearchableSelect } from '../../components/SearchableSelect';
import { useSaveForm } from '../../components/use-save-form';
import { newRoundValues, type RoundFormValues, roundRules, toRoundInput } from './round-form-values';
import { nominationsText } from './text';

const { fields, hints, created, conflictTitle } = nominationsText.roundForm;
const kindOptions = COMMENDATION_KINDS.map((kind) => ({ value: kind, label: COMMENDATION_KIND_LABELS[kind] }));

interface Props {
  movements: MovementListItem[];
  onSaved: (round: NominationRound) => void;
  onCancel: () => void;
}

/** Create a round: name, year, commendation kind, the movement it belongs to, the units' deadline. */
export function RoundForm({ movements, onSaved, onCancel }: Props) {
  const form = useForm<RoundFormValues>({
    mode: 'controlled',
    initialValues: newRoundValues(Number(todayIso().slice(0, 4))),
    validate: roundRules,
  });
  const state = useSaveForm(form, {
    save: (values) => call('rounds.create', toRoundInput(values)),
    success: (saved) => created(saved.name),
    onSaved,
  });
  return (
    <SaveForm state={state} conflictTitle={conflictTitle} onCancel={onCancel}>
      <TextInput label={fields.name} placeholder={hints.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput
          label={fields.year}
          min={1990}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
          withAsterisk
          {...form.getInputProps('year')}
        />
        <Select
          label={fields.commendationKind}
          data={kindOptions}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('commendationKind')}
        />
        <DateField label={fields.deadline} withAsterisk {...form.getInputProps('deadline')} />
      </SimpleGrid>
      <SearchableSelect
        label={fields.movementId}
        placeholder={hints.movement}
        data={movements.map((movement) => ({ value: String(movement.id), label: movement.name }))}
        clearable
        {...form.getInputProps('movementId')}
      />
      <Textarea label={fields.note} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
    </SaveForm>
  );
}
