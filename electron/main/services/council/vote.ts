import type { VoteBasis } from '../../../../shared/domain/council';
import type { VoteRule } from '../../../../shared/domain/nominations';
import { councilMessages as msg, percent, threshold, voteWords as words } from './messages';

/** The vote rule of a form in force on a date (rules of successive legal periods do not overlap). */
export function voteRuleOn<R extends Pick<VoteRule, 'validFrom' | 'validTo'>>(rules: readonly R[], date: string): R | null {
  return rules.find((rule) => rule.validFrom <= date && (rule.validTo === null || rule.validTo >= date)) ?? null;
}

export interface VoteFigures {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  /** Members of the council on the session date. */
  totalMembers: number;
  presentMembers: number;
  /** Members who withdrew for a conflict of interest, and how many of them were present. */
  withdrawnTotal: number;
  withdrawnPresent: number;
}

export type VoteOutcome =
  | { ok: true; passed: boolean; explanation: string; basis: VoteBasis; baseCount: number; thresholdPercent: number }
  | { ok: false; problem: string };

/**
 * A nomination's result under the rule of its form: the share of votes for over the base (all members
 * or those present; members who withdrew are not counted) against the threshold. Without a rule
 * requiring a vote the council decides by majority of the members present. Written opinions of absent
 * members are part of the votes entered when the base is all members.
 */
export function computeVote(rule: Pick<VoteRule, 'required' | 'thresholdPercent' | 'base'> | null, f: VoteFigures): VoteOutcome {
  const ballots = f.votesFor + f.votesAgainst + f.abstentions;
  const eligiblePresent = f.presentMembers - f.withdrawnPresent;
  const note = f.withdrawnTotal > 0 ? words.withdrawn(f.withdrawnTotal) : '';
  if (rule && rule.required && rule.thresholdPercent !== null) {
    const all = rule.base === 'all-members';
    const baseCount = all ? f.totalMembers - f.withdrawnTotal : eligiblePresent;
    if (ballots > baseCount) return { ok: false, problem: msg.tooManyBallots(ballots, baseCount) };
    const required = rule.thresholdPercent;
    if (baseCount === 0)
      return { ok: true, passed: false, explanation: words.noBase, basis: rule.base, baseCount, thresholdPercent: required };
    const share = (f.votesFor * 100) / baseCount;
    // Compare in integers where possible: 12 * 100 >= 80 * 15 exactly, without a float rounding 79,999...
    const passed = f.votesFor * 100 >= required * baseCount - 1e-9;
    const explanation = `${f.votesFor}/${baseCount} = ${percent(share)}% ${passed ? '≥' : '<'} ${threshold(required)}% ${
      all ? words.allMembers : words.presentMembers
    }${note} — ${passed ? words.passed : words.failed}`;
    return { ok: true, passed, explanation, basis: rule.base, baseCount, thresholdPercent: required };
  }
  if (ballots > eligiblePresent) return { ok: false, problem: msg.tooManyBallots(ballots, eligiblePresent) };
  if (eligiblePresent === 0)
    return { ok: true, passed: false, explanation: words.noBase, basis: 'present-majority', baseCount: 0, thresholdPercent: 50 };
  const passed = f.votesFor * 2 > eligiblePresent;
  const explanation = `${words.noRule}: ${f.votesFor}/${eligiblePresent} = ${percent((f.votesFor * 100) / eligiblePresent)}% ${
    passed ? '>' : '≤'
  } 50% ${words.presentMembers}${note} — ${passed ? words.passed : words.failed}`;
  return { ok: true, passed, explanation, basis: 'present-majority', baseCount: eligiblePresent, thresholdPercent: 50 };
}

/** Whether enough members are present, said in words (one rule with the session screen's live check). */
export { checkQuorum } from '../../../../shared/domain/council';
