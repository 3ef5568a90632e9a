import { NumberInput, Select, SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Award, NominationDetail } from '@shared/domain/nominations';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import type { NominationFormValues } from './nomination-form-values';
import { nominationsText } from './text';

const text = nominationsText.add;
const errors = nominationsText.errors;
const nonNegative = (label: string) => (value: number | string) => (value !== '' && Number(value) < 0 ? errors.negative(label) : null);
const figure = (value: number | string) => (value === '' ? null : Number(value));
const shown = (value: number | null) => (value === null ? '' : value);

type EditValues = Pick<NominationFormValues, 'awardCode' | 'summary' | 'landM2' | 'moneyVnd' | 'workdays'>;

/**
 * Corrects a dossier while it is at intake (a unit's supplement after "Cần bổ sung"): the form proposed,
 * the summary and the contribution figures; the nominee and the proposing unit stay as received.
 */
export function NominationEditForm({
  nomination,
  catalogue,
  onSaved,
  onCancel,
  onReload,
}: {
  nomination: NominationDetail;
  catalogue: Award[];
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const form = useForm<EditValues>({
    mode: 'controlled',
    initialValues: {
      awardCode: nomination.awardCode,
      summary: nomination.summary,
      landM2: shown(nomination.landM2),
      moneyVnd: shown(nomination.moneyVnd),
      workdays: shown(nomination.workdays),
    },
    validate: {
      awardCode: (value) => (value ? null : errors.pick(text.award)),
      summary: (value) => (value.trim().length > 4000 ? errors.tooLong(text.summary, 4000) : null),
      landM2: nonNegative(text.landM2),
      moneyVnd: nonNegative(text.moneyVnd),
      workdays: nonNegative(text.workdays),
    },
  });
  const state = useSaveForm(form, {
    save: (values) =>
      call('nominations.update', {
        id: nomination.id,
        version: nomination.version,
        awardCode: values.awardCode ?? '',
        proposingUnitId: nomination.proposingUnitId,
        summary: values.summary,
        landM2: figure(values.landM2),
        moneyVnd: figure(values.moneyVnd),
        workdays: figure(values.workdays),
      }),
    success: () => nominationsText.dossier.edited,
    onSaved,
  });
  const awards = catalogue.filter((award) => award.nomineeKinds.includes(nomination.nomineeKind));
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onCancel={onCancel} onReload={onReload}>
      <Select
        label={text.award}
        data={awards.map((award) => ({ value: award.code, label: award.name }))}
        searchable
        withAsterisk
        {...form.getInputProps('awardCode')}
      />
      <Textarea label={text.summary} autosize minRows={3} maxRows={10} {...form.getInputProps('summary')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label={text.landM2} min={0} thousandSeparator="." decimalSeparator="," {...form.getInputProps('landM2')} />
        <NumberInput
          label={text.moneyVnd}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          {...form.getInputProps('moneyVnd')}
        />
        <NumberInput label={text.workdays} min={0} thousandSeparator="." decimalSeparator="," {...form.getInputProps('workdays')} />
      </SimpleGrid>
    </SaveForm>
  );
}
