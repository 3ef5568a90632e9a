import type { FormErrors } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { InspectionTeam, TeamRole } from '@shared/domain/inspections';
import { normalizeText } from '@shared/text/fold';

import { inspectionsText } from './text';

export interface MemberValues {
  /** A person of the directory, as Select gives it; null until chosen. */
  personId: string | null;
  role: TeamRole;
  /** A stable key for the row while members are added and removed. */
  key: string;
}

export interface TeamFormValues {
  name: string;
  members: MemberValues[];
}

const { errors, teams } = inspectionsText;

let nextKey = 0;
export function memberRow(personId: number | null, role: TeamRole): MemberValues {
  nextKey += 1;
  return { personId: personId === null ? null : String(personId), role, key: `m${nextKey}` };
}

export function teamValues(team: InspectionTeam | undefined, count: number): TeamFormValues {
  if (!team) return { name: teams.defaultName(count + 1), members: [memberRow(null, 'leader')] };
  return { name: team.name, members: team.members.map((member) => memberRow(member.personId, member.role)) };
}

export function toTeamInput(values: TeamFormValues): Omit<InputOf<'inspections.saveTeam'>, 'inspectionId' | 'id' | 'version'> {
  return {
    name: values.name,
    members: values.members.map((member) => ({ personId: Number(member.personId), role: member.role })),
  };
}

/**
 * The checks of the team service before sending: a name, every row with a person, nobody twice, exactly
 * one leader. Errors sit on the paths the server uses (members.N.personId, members).
 */
export function validateTeam(values: TeamFormValues, nameOf: (personId: string) => string): FormErrors {
  const result: FormErrors = {};
  const name = normalizeText(values.name);
  if (name === '') result.name = errors.required(teams.name);
  else if (name.length > 200) result.name = errors.tooLong(teams.name, 200);
  const seen = new Set<string>();
  values.members.forEach((member, index) => {
    if (!member.personId) result[`members.${index}.personId`] = errors.person;
    else if (seen.has(member.personId)) result[`members.${index}.personId`] = errors.memberTwice(nameOf(member.personId));
    if (member.personId) seen.add(member.personId);
  });
  if (values.members.length > 0 && values.members.filter((member) => member.role === 'leader').length !== 1) {
    result.members = errors.oneLeader;
  }
  return result;
}
