import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Income } from '@shared/domain/criteria';
import { formatFigure } from '@shared/format/number';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { parseFigure } from './format';
import { optionalRule } from './movement-form-values';
import { movementsText } from './text';

const text = movementsText.income;
const { errors } = movementsText;

interface Props {
  unitId: number;
  year: number;
  current: Income | undefined;
  onSaved: (income: Income) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Checks the typed amount as income.set does (triệu đồng/người/năm, > 0, at most 100.000). */
function amountRule(value: string): string | null {
  const amount = parseFigure(value);
  if (amount === null || amount <= 0) return errors.amount;
  return amount > 100_000 ? errors.amountTooLarge : null;
}

/** Sets one year's rural income per capita of a unit; the amount is typed the Vietnamese way ("35,2"). */
export function IncomeForm({ unitId, year, current, onSaved, onCancel, onReload }: Props) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { amount: current ? formatFigure(current.amount) : '', note: current?.note ?? '' },
    validate: { amount: amountRule, note: optionalRule(text.note, 4000) },
  });

  const state = useSaveForm(form, {
    save: (values) =>
      call('income.set', { unitId, year, amount: parseFigure(values.amount) ?? 0, note: values.note, version: current?.version ?? null }),
    success: () => text.saved(year),
    onSaved,
  });

  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <TextInput
        label={text.amount}
        placeholder={text.amountPlaceholder}
        inputMode="decimal"
        withAsterisk
        data-autofocus
        {...form.getInputProps('amount')}
      />
      <Textarea label={text.note} autosize minRows={2} maxRows={4} {...form.getInputProps('note')} />
    </SaveForm>
  );
}
