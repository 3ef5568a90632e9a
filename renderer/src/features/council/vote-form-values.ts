import type { RecordVoteInput } from '@shared/contract/sessions';
import type { AgendaItem } from '@shared/domain/council';

import { councilText } from './text';

const errors = councilText.vote.errors;
const labels = councilText.vote;

export interface WithdrawnRow {
  /** A stable key for React while rows are added and removed. */
  key: string;
  memberId: string | null;
  reason: string;
}

export interface VoteValues {
  votesFor: number | string;
  votesAgainst: number | string;
  abstentions: number | string;
  withdrawn: WithdrawnRow[];
  /** Why a result is corrected; required once the item has one. */
  reason: string;
}

let nextKey = 0;
export function withdrawnRow(memberId: number | null = null, reason = ''): WithdrawnRow {
  nextKey += 1;
  return { key: `w${nextKey}`, memberId: memberId === null ? null : String(memberId), reason };
}

/** The form's start: the current result's figures when correcting one, else empty counts. */
export function voteValues(item: AgendaItem): VoteValues {
  const vote = item.vote;
  return {
    votesFor: vote?.votesFor ?? '',
    votesAgainst: vote?.votesAgainst ?? '',
    abstentions: vote?.abstentions ?? 0,
    withdrawn: (vote?.withdrawn ?? []).map((w) => withdrawnRow(w.memberId, w.reason)),
    reason: '',
  };
}

const isCount = (value: number | string) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * What the form can say before asking the server: counts are whole numbers, every withdrawn member is named once
 * with a reason, a correction has its reason, and the ballots do not exceed the members left to vote (the
 * service then checks them against the base of the form's rule: all members or those present).
 */
export function validateVote(values: VoteValues, context: { correcting: boolean; totalMembers: number }): Record<string, string> {
  const out: Record<string, string> = {};
  const counts = [
    ['votesFor', labels.votesFor],
    ['votesAgainst', labels.votesAgainst],
    ['abstentions', labels.abstentions],
  ] as const;
  for (const [path, label] of counts) {
    const value = values[path];
    if (value === '') out[path] = errors.required(label);
    else if (!isCount(value)) out[path] = errors.whole(label);
  }
  const seen = new Set<string>();
  values.withdrawn.forEach((row, index) => {
    if (!row.memberId) out[`withdrawn.${index}.memberId`] = errors.pickMember;
    else if (seen.has(row.memberId)) out[`withdrawn.${index}.memberId`] = errors.twice;
    else seen.add(row.memberId);
    if (row.reason.trim() === '') out[`withdrawn.${index}.reason`] = errors.reason;
  });
  if (context.correcting && values.reason.trim() === '') out.reason = errors.correction;
  if (Object.keys(out).length === 0) {
    const ballots = Number(values.votesFor) + Number(values.votesAgainst) + Number(values.abstentions);
    const voters = context.totalMembers - values.withdrawn.length;
    if (ballots > voters) out.votesFor = errors.tooMany(ballots, voters);
  }
  return out;
}

export function toVoteInput(values: VoteValues, sessionId: number, nominationId: number): RecordVoteInput {
  return {
    sessionId,
    nominationId,
    votesFor: Number(values.votesFor),
    votesAgainst: Number(values.votesAgainst),
    abstentions: Number(values.abstentions),
    withdrawn: values.withdrawn.map((row) => ({ memberId: Number(row.memberId), reason: row.reason.trim() })),
    reason: values.reason.trim(),
  };
}
