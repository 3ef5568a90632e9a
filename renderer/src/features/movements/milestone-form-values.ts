import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { Milestone, MilestoneKind } from '@shared/domain/movements';

import { dateRule } from '../../components/date-value';
import { toIsoDate } from './format';
import { optionalRule, requiredRule } from './movement-form-values';
import { movementsText } from './text';

export interface MilestoneFormValues {
  ordinal: number | string;
  title: string;
  kind: MilestoneKind;
  dueDate: string | null;
  responsible: string;
  requiresSubmission: boolean;
  completedDate: string | null;
  note: string;
}

type MilestoneFields = Omit<InputOf<'milestones.create'>, 'movementId'>;

const text = movementsText.milestones;
const { errors } = movementsText;

export function newMilestoneValues(ordinal: number): MilestoneFormValues {
  return {
    ordinal,
    title: '',
    kind: 'other',
    dueDate: null,
    responsible: '',
    requiresSubmission: false,
    completedDate: null,
    note: '',
  };
}

export function milestoneValues(milestone: Milestone): MilestoneFormValues {
  return {
    ordinal: milestone.ordinal,
    title: milestone.title,
    kind: milestone.kind,
    dueDate: milestone.dueDate,
    responsible: milestone.responsible,
    requiresSubmission: milestone.requiresSubmission,
    completedDate: milestone.completedDate,
    note: milestone.note,
  };
}

/** What milestones.create / milestones.update receive besides the ids; the rules guarantee a due date. */
export function toMilestoneFields(values: MilestoneFormValues): MilestoneFields {
  return {
    ordinal: Number(values.ordinal),
    title: values.title,
    kind: values.kind,
    dueDate: toIsoDate(values.dueDate) ?? '',
    responsible: values.responsible,
    requiresSubmission: values.requiresSubmission,
    completedDate: toIsoDate(values.completedDate),
    note: values.note,
  };
}

/** Client-side checks mirroring milestoneFieldsSchema. */
export const milestoneRules: FormValidateInput<MilestoneFormValues> = {
  ordinal: (value) => {
    const n = Number(value);
    return value === '' || !Number.isInteger(n) || n < 0 || n > 999 ? errors.ordinal : null;
  },
  title: requiredRule(text.fields.title, 500),
  dueDate: dateRule((value) => (value ? null : errors.required(text.fields.dueDate))),
  responsible: optionalRule(text.fields.responsible, 300),
  completedDate: dateRule(),
  note: optionalRule(text.fields.note, 4000),
};
