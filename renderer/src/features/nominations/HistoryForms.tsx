import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import {
  type Award,
  COMMENDATION_KIND_LABELS,
  COMMENDATION_KINDS,
  INITIATIVE_SCOPE_LABELS,
  INITIATIVE_SCOPES,
  type NomineeHistoryEntry,
  TASK_RATING_LABELS,
  TASK_RATINGS,
} from '@shared/domain/nominations';
import { todayIso } from '@shared/format/date';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { SearchableSelect } from '../../components/SearchableSelect';
import { useSaveForm } from '../../components/use-save-form';
import {
  type AwardFormValues,
  awardRules,
  newAwardValues,
  newRecordValues,
  type RecordFormValues,
  type RecordKind,
  recordRules,
  toAwardInput,
  toRecordInput,
} from './history-form-values';
import { nominationsText } from './text';

const text = nominationsText.nominee;
const { fields } = text;

interface Props {
  nomineeId: number;
  onSaved: (entry: NomineeHistoryEntry) => void;
  onCancel: () => void;
}

const lastYear = () => Number(todayIso().slice(0, 4)) - 1;

function DecisionFields<T extends AwardFormValues | RecordFormValues>({ form }: { form: UseFormReturnType<T> }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput label={fields.decisionNumber} {...form.getInputProps('decisionNumber')} />
      <DateField label={fields.decisionDate} {...form.getInputProps('decisionDate')} />
      <TextInput label={fields.issuer} {...form.getInputProps('issuer')} />
    </SimpleGrid>
  );
}

/** An award the nominee already holds: the form, year, kind of commendation (thematic ones do not ground merit awards) and decision. */
export function AddAwardForm({ nomineeId, catalogue, onSaved, onCancel }: Props & { catalogue: Award[] }) {
  const form = useForm<AwardFormValues>({ mode: 'controlled', initialValues: newAwardValues(lastYear()), validate: awardRules });
  const state = useSaveForm(form, {
    save: (values) => call('nominees.addAward', toAwardInput(nomineeId, values)),
    success: () => text.awardSaved,
    onSaved,
  });
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onCancel={onCancel}>
      <SearchableSelect
        label={fields.awardCode}
        withAsterisk
        data={catalogue.map((award) => ({ value: award.code, label: award.name }))}
        data-autofocus
        {...form.getInputProps('awardCode')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={fields.year}
          withAsterisk
          allowDecimal={false}
          thousandSeparator=""
          min={1990}
          max={2100}
          {...form.getInputProps('year')}
        />
        <Select
          label={fields.commendationKind}
          allowDeselect={false}
          data={COMMENDATION_KINDS.map((value) => ({ value, label: COMMENDATION_KIND_LABELS[value] }))}
          {...form.getInputProps('commendationKind')}
        />
      </SimpleGrid>
      <DecisionFields form={form} />
    </SaveForm>
  );
}

/** A task rating, a recognised initiative or a discipline: the other facts eligibility reads. */
export function AddRecordForm({ nomineeId, onSaved, onCancel }: Props) {
  const form = useForm<RecordFormValues>({ mode: 'controlled', initialValues: newRecordValues(lastYear()), validate: recordRules });
  const state = useSaveForm(form, {
    save: (values) => call('nominees.addRecord', toRecordInput(nomineeId, values)),
    success: () => text.recordSaved,
    onSaved,
  });
  const kind = form.values.kind;
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onCancel={onCancel}>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {fields.kind}
        </Text>
        <SegmentedControl
          aria-label={fields.kind}
          data={(['rating', 'initiative', 'discipline'] as const).map((value) => ({ value, label: text.recordKinds[value] }))}
          value={kind}
          onChange={(value) => form.setFieldValue('kind', value as RecordKind)}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={fields.year}
          withAsterisk
          allowDecimal={false}
          thousandSeparator=""
          min={1990}
          max={2100}
          {...form.getInputProps('year')}
        />
        {kind === 'rating' && (
          <Select
            label={fields.rating}
            withAsterisk
            data={TASK_RATINGS.map((value) => ({ value, label: TASK_RATING_LABELS[value] }))}
            {...form.getInputProps('rating')}
          />
        )}
        {kind === 'initiative' && (
          <Select
            label={fields.scope}
            withAsterisk
            data={INITIATIVE_SCOPES.map((value) => ({ value, label: INITIATIVE_SCOPE_LABELS[value] }))}
            {...form.getInputProps('scope')}
          />
        )}
      </SimpleGrid>
      {kind !== 'rating' && (
        <TextInput label={kind === 'initiative' ? fields.initiative : fields.discipline} withAsterisk {...form.getInputProps('detail')} />
      )}
      <DecisionFields form={form} />
    </SaveForm>
  );
}
