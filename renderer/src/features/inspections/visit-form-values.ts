import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { ScheduleWarning, VisitSummary } from '@shared/domain/inspections';
import { normalizeText } from '@shared/text/fold';

import { dateRule } from '../../components/date-value';
import { requiredDate } from './round-form-values';
import { inspectionsText } from './text';

const { schedule, errors } = inspectionsText;
const { fields } = schedule;

export interface NewVisitValues {
  unitId: string | null;
  date: string | null;
  teamId: string | null;
  place: string;
}

export interface RepresentativeValues {
  fullName: string;
  position: string;
  key: string;
}

export interface VisitValues {
  date: string | null;
  teamId: string | null;
  place: string;
  selfAssessmentDate: string | null;
  unitRepresentatives: RepresentativeValues[];
}

let nextKey = 0;
export function representativeRow(fullName = '', position = ''): RepresentativeValues {
  nextKey += 1;
  return { fullName, position, key: `r${nextKey}` };
}

export function newVisitValues(date: string | null, teamId: number | null): NewVisitValues {
  return { unitId: null, date, teamId: teamId === null ? null : String(teamId), place: '' };
}

export function visitValues(visit: VisitSummary): VisitValues {
  return {
    date: visit.date,
    teamId: visit.teamId === null ? null : String(visit.teamId),
    place: visit.place,
    selfAssessmentDate: visit.selfAssessmentDate,
    unitRepresentatives: visit.unitRepresentatives.map((rep) => representativeRow(rep.fullName, rep.position)),
  };
}

export function toNewVisitInput(inspectionId: number, values: NewVisitValues): InputOf<'inspections.addVisit'> {
  return {
    inspectionId,
    unitId: Number(values.unitId),
    date: values.date ?? '',
    teamId: values.teamId ? Number(values.teamId) : null,
    place: values.place,
  };
}

export function toVisitInput(visit: VisitSummary, values: VisitValues): InputOf<'inspections.updateVisit'> {
  return {
    id: visit.id,
    version: visit.version,
    date: values.date ?? '',
    teamId: values.teamId ? Number(values.teamId) : null,
    place: values.place,
    selfAssessmentDate: values.selfAssessmentDate,
    // Empty rows added by mistake are dropped rather than refused.
    unitRepresentatives: values.unitRepresentatives
      .filter((rep) => normalizeText(rep.fullName) !== '' || normalizeText(rep.position) !== '')
      .map((rep) => ({ fullName: rep.fullName, position: rep.position })),
  };
}

const placeRule = (value: string) => (normalizeText(value ?? '').length > 300 ? errors.tooLong(fields.place, 300) : null);

export const newVisitRules: FormValidateInput<NewVisitValues> = {
  unitId: (value) => (value ? null : errors.unit),
  date: requiredDate(fields.date),
  place: placeRule,
};

export const visitRules: FormValidateInput<VisitValues> = {
  date: requiredDate(fields.date),
  place: placeRule,
  selfAssessmentDate: dateRule(),
  unitRepresentatives: {
    fullName: (value, values, path) => {
      const index = Number(path.split('.')[1]);
      const rep = values.unitRepresentatives[index];
      const clean = normalizeText(value ?? '');
      if (clean === '' && normalizeText(rep?.position ?? '') !== '') return errors.required(fields.repName);
      return clean.length > 200 ? errors.tooLong(fields.repName, 200) : null;
    },
    position: (value) => (normalizeText(value ?? '').length > 200 ? errors.tooLong(fields.repPosition, 200) : null),
  },
};

/** The warnings that concern one visit. */
export function warningsOf(warnings: readonly ScheduleWarning[], visitId: number): ScheduleWarning[] {
  return warnings.filter((warning) => warning.visitIds.includes(visitId));
}
