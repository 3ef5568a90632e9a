import { Divider, MultiSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Inspection } from '@shared/domain/inspections';
import type { MovementListItem } from '@shared/domain/movements';
import { todayIso } from '@shared/format/date';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { foldFilter } from '../../components/fold-filter';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { newRoundValues, roundFieldErrors, type RoundFormValues, roundRules, roundValues, toRoundInput } from './round-form-values';
import { inspectionsText } from './text';

const { fields, hints, form: formText } = inspectionsText;

interface Props {
  /** The round being edited; absent when creating. */
  round?: Inspection;
  movements: MovementListItem[];
  onSaved: (round: Inspection) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Create or edit a round: year, title, period, movements covered, purpose, scope, legal basis, the team decision. */
export function RoundForm({ round, movements, onSaved, onCancel, onReload }: Props) {
  const form = useForm<RoundFormValues>({
    mode: 'controlled',
    initialValues: round ? roundValues(round) : newRoundValues(Number(todayIso().slice(0, 4))),
    validate: roundRules,
  });
  const movementOptions = movements.map((movement) => ({ value: String(movement.id), label: movement.name }));
  const state = useSaveForm(form, {
    save: (values) =>
      round
        ? call('inspections.update', { ...toRoundInput(values), id: round.id, version: round.version })
        : call('inspections.create', toRoundInput(values)),
    success: (saved) => (round ? formText.saved(saved.title) : formText.created(saved.title)),
    onSaved,
    fieldErrors: roundFieldErrors,
  });

  return (
    <SaveForm state={state} conflictTitle={formText.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
        <NumberInput
          label={fields.year}
          min={1990}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
          withAsterisk
          {...form.getInputProps('year')}
        />
        <DateField label={fields.periodFrom} withAsterisk {...form.getInputProps('periodFrom')} />
        <DateField label={fields.periodTo} withAsterisk {...form.getInputProps('periodTo')} />
      </SimpleGrid>
      <Textarea
        label={fields.title}
        placeholder={hints.title}
        withAsterisk
        autosize
        minRows={1}
        maxRows={3}
        data-autofocus
        {...form.getInputProps('title')}
      />
      <MultiSelect
        label={fields.movementIds}
        placeholder={hints.movements}
        data={movementOptions}
        searchable
        filter={foldFilter}
        hidePickedOptions
        nothingFoundMessage={hints.movementsNothing}
        {...form.getInputProps('movementIds')}
      />
      <Divider label={formText.decisionSection} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={fields.teamDecisionNumber} placeholder={hints.teamDecisionNumber} {...form.getInputProps('teamDecisionNumber')} />
        <DateField label={fields.teamDecisionDate} {...form.getInputProps('teamDecisionDate')} />
      </SimpleGrid>
      <Divider label={formText.contentSection} labelPosition="left" />
      <Textarea
        label={fields.legalBasis}
        description={hints.legalBasis}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('legalBasis')}
      />
      <Textarea label={fields.purpose} autosize minRows={2} maxRows={6} {...form.getInputProps('purpose')} />
      <Textarea label={fields.scope} autosize minRows={2} maxRows={6} {...form.getInputProps('scope')} />
    </SaveForm>
  );
}
