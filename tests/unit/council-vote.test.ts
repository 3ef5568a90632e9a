import { describe, expect, it } from 'vitest';

import { checkQuorum, computeVote, voteRuleOn } from '../../electron/main/services/council/vote';
import type { VoteRule } from '../../shared/domain/nominations';

type Rule = Pick<VoteRule, 'validFrom' | 'validTo' | 'required' | 'thresholdPercent' | 'base'> & { id: number };

// A form whose rule changed on 1/7/2025: 80% of all members before, 90% of members present after.
const CHANGED: Rule[] = [
  { id: 1, validFrom: '2024-01-01', validTo: '2025-06-30', required: true, thresholdPercent: 80, base: 'all-members' },
  { id: 2, validFrom: '2025-07-01', validTo: null, required: true, thresholdPercent: 90, base: 'present-members' },
];
const NINETY_ALL: Rule = { id: 3, validFrom: '2024-01-01', validTo: null, required: true, thresholdPercent: 90, base: 'all-members' };
const NO_VOTE: Rule = { id: 4, validFrom: '2024-01-01', validTo: null, required: false, thresholdPercent: null, base: 'all-members' };

const figures = (votesFor: number, total = 15, present = 13, withdrawnTotal = 0, withdrawnPresent = 0, against = 0, abstentions = 0) => ({
  votesFor,
  votesAgainst: against,
  abstentions,
  totalMembers: total,
  presentMembers: present,
  withdrawnTotal,
  withdrawnPresent,
});

describe('the vote rule in force on the session date', () => {
  it.each([
    ['2025-06-30', 1],
    ['2025-07-01', 2],
    ['2024-01-01', 1],
    ['2026-03-15', 2],
  ])('on %s the rule %i applies', (date, id) => {
    expect(voteRuleOn(CHANGED, date)?.id).toBe(id);
  });

  it('has no rule before the first period', () => {
    expect(voteRuleOn(CHANGED, '2023-12-31')).toBeNull();
  });
});

describe('computeVote', () => {
  it.each([
    // date, rule set, figures, passed, explanation
    ['2025-06-30', CHANGED, figures(12), true, '12/15 = 80,0% ≥ 80% tổng số thành viên — đạt'],
    ['2025-06-30', CHANGED, figures(11, 15, 13, 0, 0, 2), false, '11/15 = 73,3% < 80% tổng số thành viên — không đạt'],
    // The same 12 votes after 1/7/2025: 12 of 13 present = 92,3% >= 90%.
    ['2025-07-01', CHANGED, figures(12, 15, 13, 0, 0, 1), true, '12/13 = 92,3% ≥ 90% số thành viên có mặt — đạt'],
    ['2025-07-01', CHANGED, figures(11, 15, 13, 0, 0, 2), false, '11/13 = 84,6% < 90% số thành viên có mặt — không đạt'],
    // One member withdrew (present): the base shrinks to 14 under all members.
    [
      '2025-05-10',
      CHANGED,
      figures(12, 15, 13, 1, 1),
      true,
      '12/14 = 85,7% ≥ 80% tổng số thành viên (không tính 1 thành viên không tham gia biểu quyết) — đạt',
    ],
    ['2025-09-01', [NINETY_ALL], figures(13), false, '13/15 = 86,7% < 90% tổng số thành viên — không đạt'],
    ['2025-09-01', [NINETY_ALL], figures(14, 15, 14), true, '14/15 = 93,3% ≥ 90% tổng số thành viên — đạt'],
    ['2025-09-01', [NINETY_ALL], figures(9, 10, 10), true, '9/10 = 90,0% ≥ 90% tổng số thành viên — đạt'],
    [
      '2025-09-01',
      [NO_VOTE],
      figures(7, 15, 13),
      true,
      'Không bắt buộc bỏ phiếu theo quy định; biểu quyết theo đa số: 7/13 = 53,8% > 50% số thành viên có mặt — đạt',
    ],
    [
      '2025-09-01',
      [NO_VOTE],
      figures(6, 15, 12),
      false,
      'Không bắt buộc bỏ phiếu theo quy định; biểu quyết theo đa số: 6/12 = 50,0% ≤ 50% số thành viên có mặt — không đạt',
    ],
    // No rule in force at all: majority of those present.
    [
      '2023-06-01',
      CHANGED,
      figures(10, 15, 13),
      true,
      'Không bắt buộc bỏ phiếu theo quy định; biểu quyết theo đa số: 10/13 = 76,9% > 50% số thành viên có mặt — đạt',
    ],
  ] as const)('on %s: %j', (date, rules, f, passed, explanation) => {
    const outcome = computeVote(voteRuleOn(rules, date), f);
    expect(outcome).toMatchObject({ ok: true, passed, explanation });
  });

  it('counts the figures of the base it used', () => {
    const before = computeVote(voteRuleOn(CHANGED, '2025-06-30'), figures(12, 15, 13, 1, 0));
    const after = computeVote(voteRuleOn(CHANGED, '2025-07-01'), figures(12, 15, 13, 1, 0));
    expect(before).toMatchObject({ basis: 'all-members', baseCount: 14, thresholdPercent: 80 });
    // The absent member who withdrew does not reduce the members present.
    expect(after).toMatchObject({ basis: 'present-members', baseCount: 13, thresholdPercent: 90 });
  });

  it('refuses more ballots than members who may vote', () => {
    expect(computeVote(voteRuleOn(CHANGED, '2025-07-01'), figures(12, 15, 13, 0, 0, 2))).toEqual({
      ok: false,
      problem: 'Tổng số phiếu (14) vượt quá số thành viên được biểu quyết (13)',
    });
    // Written opinions of absent members count under all members: 14 ballots of 15 members with 13 present is fine.
    expect(computeVote(voteRuleOn(CHANGED, '2025-06-30'), figures(12, 15, 13, 0, 0, 2))).toMatchObject({ ok: true, passed: true });
    expect(computeVote(voteRuleOn(CHANGED, '2025-06-30'), figures(16, 15, 13))).toMatchObject({ ok: false });
  });

  it('a threshold with decimals compares without float slips', () => {
    const twoThirds: Rule = { ...NINETY_ALL, thresholdPercent: 66.67 };
    expect(computeVote(twoThirds, figures(10, 15, 15))).toMatchObject({
      passed: false,
      explanation: '10/15 = 66,7% < 66,67% tổng số thành viên — không đạt',
    });
    expect(computeVote({ ...NINETY_ALL, thresholdPercent: 80 }, figures(4, 5, 5))).toMatchObject({ passed: true });
  });
});

describe('checkQuorum', () => {
  it.each([
    [13, 15, 80, true, 'Có mặt 13/15 thành viên = 86,7% ≥ 80% — đủ điều kiện tiến hành biểu quyết'],
    [11, 15, 80, false, 'Có mặt 11/15 thành viên = 73,3% < 80% — chưa đủ điều kiện tiến hành biểu quyết'],
    [10, 15, 66.67, false, 'Có mặt 10/15 thành viên = 66,7% < 66,67% — chưa đủ điều kiện tiến hành biểu quyết'],
    [12, 15, 80, true, 'Có mặt 12/15 thành viên = 80,0% ≥ 80% — đủ điều kiện tiến hành biểu quyết'],
    [0, 0, 80, false, 'Có mặt 0/0 thành viên = 0,0% < 80% — chưa đủ điều kiện tiến hành biểu quyết'],
  ])('%i of %i at %d%%', (present, total, required, met, explanation) => {
    expect(checkQuorum(present, total, required)).toEqual({ present, total, requiredPercent: required, met, explanation });
  });
});
