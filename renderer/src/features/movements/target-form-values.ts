import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import { LEVELS_BY_KIND, type RecognitionLevel } from '@shared/domain/criteria';
import type { Target, TargetDefinition, TargetDirection, TargetMetric, UnitFilter } from '@shared/domain/targets';

import { optionalRule, requiredRule, yearRule } from './movement-form-values';
import { movementsText } from './text';

export type UnitKindChoice = UnitFilter['kind'];
export type EmChoice = 'all' | 'yes' | 'no';

export interface PartValues {
  label: string;
  level: RecognitionLevel;
  goal: number | string;
}

/** The target form flattened: the definition's fields sit beside the target's own; unused ones are ignored on save. */
export interface TargetFormValues {
  code: string;
  ordinal: number | string;
  label: string;
  goal: number | string;
  direction: TargetDirection;
  baseYear: number | string;
  note: string;
  metric: TargetMetric;
  unitKind: UnitKindChoice;
  adminTypes: string[];
  em: EmChoice;
  level: RecognitionLevel;
  minGain: number | string;
  parts: PartValues[];
}

export type TargetInput = Omit<InputOf<'targets.create'>, 'movementId'>;

const { targets: text, errors } = movementsText;
const { fields } = text;

/** The levels a unit kind can be recognised at, lowest first, without "chưa đạt". */
export function levelsFor(kind: UnitKindChoice): RecognitionLevel[] {
  return (LEVELS_BY_KIND[kind] ?? []).filter((level) => level !== 'none');
}

export function newTargetValues(nextOrdinal: number, baseYear: number): TargetFormValues {
  return {
    code: String(nextOrdinal),
    ordinal: nextOrdinal,
    label: '',
    goal: '',
    direction: 'at-least',
    baseYear,
    note: '',
    metric: 'level-count',
    unitKind: 'commune',
    adminTypes: [],
    em: 'all',
    level: 'ntm',
    minGain: 1,
    parts: [],
  };
}

export function targetValues(target: Target): TargetFormValues {
  const definition = target.definition;
  const units: UnitFilter = 'units' in definition ? definition.units : { kind: 'commune', adminTypes: [], ethnicMinorityArea: null };
  return {
    code: target.code,
    ordinal: target.ordinal,
    label: target.label,
    goal: target.goal ?? '',
    direction: target.direction,
    baseYear: target.baseYear,
    note: target.note,
    metric: definition.metric,
    unitKind: units.kind,
    adminTypes: units.adminTypes,
    em: units.ethnicMinorityArea === null ? 'all' : units.ethnicMinorityArea ? 'yes' : 'no',
    level: 'level' in definition ? definition.level : (levelsFor(units.kind)[0] ?? 'ntm'),
    minGain: definition.metric === 'criteria-gain' ? definition.minGain : 1,
    parts: definition.metric === 'level-count' ? definition.parts.map((part) => ({ ...part })) : [],
  };
}

export function toDefinition(values: TargetFormValues): TargetDefinition {
  const units: UnitFilter = {
    kind: values.unitKind,
    adminTypes: values.adminTypes.map((type) => type.trim()).filter(Boolean),
    ethnicMinorityArea: values.em === 'all' ? null : values.em === 'yes',
  };
  switch (values.metric) {
    case 'level-count':
      return {
        metric: 'level-count',
        units,
        level: values.level,
        parts: values.parts.map((part) => ({ label: part.label, level: part.level, goal: Number(part.goal) })),
      };
    case 'level-share':
      return { metric: 'level-share', units, level: values.level };
    case 'min-criteria':
      return { metric: 'min-criteria', units };
    case 'criteria-gain':
      return { metric: 'criteria-gain', units, minGain: Number(values.minGain) };
    case 'income-ratio':
      return { metric: 'income-ratio' };
  }
}

/** What targets.create / targets.update receive (without the movement id, the target id and version). */
export function toTargetFields(values: TargetFormValues): TargetInput {
  return {
    code: values.code,
    ordinal: Number(values.ordinal),
    label: values.label,
    definition: toDefinition(values),
    goal: values.goal === '' ? null : Number(values.goal),
    direction: values.direction,
    baseYear: Number(values.baseYear),
    note: values.note,
  };
}

function goalRule(label: string, required: boolean) {
  return (value: number | string) => {
    if (value === '') return required ? errors.required(label) : null;
    const number = Number(value);
    if (!Number.isFinite(number)) return errors.number(label);
    return number < 0 ? errors.negative : null;
  };
}

/** Client-side checks mirroring targetFieldsSchema and targetDefinitionSchema. */
export const targetRules: FormValidateInput<TargetFormValues> = {
  code: requiredRule(fields.code, 20),
  label: requiredRule(fields.label, 500),
  ordinal: (value) =>
    value === '' || !Number.isInteger(Number(value)) || Number(value) < 0 || Number(value) > 999 ? errors.ordinal : null,
  goal: goalRule(fields.goal, false),
  baseYear: yearRule,
  note: optionalRule(fields.note, 4000),
  level: (value, values) =>
    (values.metric === 'level-count' || values.metric === 'level-share') && !levelsFor(values.unitKind).includes(value)
      ? errors.level
      : null,
  minGain: (value, values) => {
    if (values.metric !== 'criteria-gain') return null;
    const number = Number(value);
    return value === '' || !Number.isInteger(number) || number < 1 || number > 19 ? errors.minGain : null;
  },
  parts: {
    label: (value, values) => (values.metric === 'level-count' ? requiredRule(fields.partLabel, 300)(value) : null),
    goal: (value, values) => (values.metric === 'level-count' ? goalRule(fields.partGoal, true)(value) : null),
    level: (value, values) => (values.metric === 'level-count' && !levelsFor(values.unitKind).includes(value) ? errors.level : null),
  },
};

/** Server paths (definition.units.adminTypes.0, definition.parts.1.goal) -> form fields. */
export function targetFieldErrors(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map).map(([path, message]) => {
      const part = /^definition\.parts\.(\d+)\.(\w+)/.exec(path);
      if (part) return [`parts.${part[1]}.${part[2]}`, message];
      if (path.startsWith('definition.units.adminTypes')) return ['adminTypes', message];
      if (path === 'definition.units.kind') return ['unitKind', message];
      if (path === 'definition.units.ethnicMinorityArea') return ['em', message];
      if (path.startsWith('definition.')) return [path.slice('definition.'.length), message];
      return [path, message];
    }),
  );
}
