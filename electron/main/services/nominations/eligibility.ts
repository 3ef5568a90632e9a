import {
  type AwardRule,
  type CommendationKind,
  type EligibilityCondition,
  type EligibilityResult,
  INITIATIVE_SCOPE_LABELS,
  INITIATIVE_SCOPES,
  type Mark,
  type NomineeHistoryEntry,
  type NomineeKind,
  TASK_RATING_LABELS,
  TASK_RATINGS,
} from '../../../../shared/domain/nominations';
import { eligibilityMessages as msg } from './messages';

/** What the engine needs to know about the case. */
export interface EligibilityCase {
  nomineeKind: NomineeKind;
  /** The kind of commendation of the round. */
  commendationKind: CommendationKind;
  /** The round's year: windows end the year before unless a condition says otherwise. */
  year: number;
  /** The date that picks the rule version (the dossier's reception date, else today), yyyy-MM-dd. */
  date: string;
  history: readonly NomineeHistoryEntry[];
  /** Award code -> name, for reasons. */
  awardName: (code: string) => string;
}

type Outcome = 'pass' | 'fail' | 'unknown' | 'manual';
interface Evaluated {
  outcome: Outcome;
  reasons: string[];
}

/** The rule version for the case: its nominee kind and commendation kind, valid on the date; a rule for the exact nominee kind wins. */
export function selectRule(
  rules: readonly AwardRule[],
  c: Pick<EligibilityCase, 'nomineeKind' | 'commendationKind' | 'date'>,
): AwardRule | null {
  const valid = rules.filter(
    (rule) =>
      (rule.nomineeKind === null || rule.nomineeKind === c.nomineeKind) &&
      rule.commendationKinds.includes(c.commendationKind) &&
      rule.validFrom <= c.date &&
      (rule.validTo === null || c.date <= rule.validTo),
  );
  return valid.find((rule) => rule.nomineeKind === c.nomineeKind) ?? valid[0] ?? null;
}

const range = (from: number, to: number): number[] => (to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i));
const listYears = (years: number[]) => (years.length === 0 ? msg.noYear : years.join(', '));

/** Evaluates one rule against a nominee's history. */
export function evaluateRule(rule: AwardRule, c: EligibilityCase): EligibilityResult {
  const excluded = new Set<CommendationKind>(rule.excludeAwardKinds);
  const notes: string[] = [];

  function awardYears(code: string): number[] {
    const years = new Set<number>();
    for (const entry of c.history) {
      if (entry.kind !== 'award' || entry.awardCode !== code) continue;
      if (entry.commendationKind && excluded.has(entry.commendationKind)) {
        const note = msg.notCounted(c.awardName(code), entry.year, entry.commendationKind);
        if (!notes.includes(note)) notes.push(note);
        continue;
      }
      years.add(entry.year);
    }
    return [...years].sort((a, b) => a - b);
  }

  /** Years rated at least `rating`; years with no rating at all are missing data. */
  function ratingYears(rating: (typeof TASK_RATINGS)[number]): { held: Set<number>; rated: Set<number> } {
    const rank = TASK_RATINGS.indexOf(rating);
    const held = new Set<number>();
    const rated = new Set<number>();
    for (const entry of c.history) {
      if (entry.kind !== 'rating' || !entry.rating) continue;
      rated.add(entry.year);
      if (TASK_RATINGS.indexOf(entry.rating) <= rank) held.add(entry.year);
    }
    return { held, rated };
  }

  const markLabel = (mark: Mark) =>
    'award' in mark
      ? c.awardName(mark.award)
      : mark.rating === 'HTXSNV'
        ? TASK_RATING_LABELS.HTXSNV
        : msg.ratingOrBetter(TASK_RATING_LABELS[mark.rating]);

  /** Which of the given years hold the mark, and which cannot be told (no rating recorded). */
  function holding(mark: Mark, years: number[]): { held: number[]; missing: number[] } {
    if ('award' in mark) {
      const all = new Set(awardYears(mark.award));
      return { held: years.filter((y) => all.has(y)), missing: [] };
    }
    const { held, rated } = ratingYears(mark.rating);
    return { held: years.filter((y) => held.has(y)), missing: years.filter((y) => !rated.has(y)) };
  }

  function evaluate(condition: EligibilityCondition): Evaluated {
    switch (condition.kind) {
      case 'manual':
        return { outcome: 'manual', reasons: [msg.manual(condition.text)] };
      case 'consecutive': {
        const end = condition.upTo === 'round-year' ? c.year : c.year - 1;
        const window = range(end - condition.years + 1, end);
        const { held, missing } = holding(condition.mark, window);
        const label = markLabel(condition.mark);
        if (held.length === window.length) return { outcome: 'pass', reasons: [msg.consecutiveMet(condition.years, label, window)] };
        if (missing.length > 0 && held.length + missing.length === window.length) {
          return { outcome: 'unknown', reasons: [msg.noRating(missing)] };
        }
        const shown =
          'award' in condition.mark
            ? awardYears(condition.mark.award)
                .filter((y) => y <= end)
                .slice(-5)
            : held;
        return { outcome: 'fail', reasons: [msg.consecutiveMissing(condition.years, label, end, listYears(shown))] };
      }
      case 'after-award': {
        const name = c.awardName(condition.award);
        const before = awardYears(condition.award).filter((y) => y <= c.year - 1);
        const first = before.at(-1);
        if (first === undefined) return { outcome: 'fail', reasons: [msg.noAward(name)] };
        const span = range(first + 1, c.year - 1);
        if (span.length < condition.years) {
          return { outcome: 'fail', reasons: [msg.tooSoonAfter(name, first, span.length, condition.years)] };
        }
        const window = range(c.year - condition.years, c.year - 1);
        const { held, missing } = holding(condition.each, window);
        const label = markLabel(condition.each);
        const reasons: string[] = [];
        let outcome: Outcome = 'pass';
        if (held.length === window.length) reasons.push(msg.afterMet(name, first, condition.years, label));
        else if (held.length + missing.length === window.length) {
          outcome = 'unknown';
          reasons.push(msg.noRating(missing));
        } else {
          outcome = 'fail';
          reasons.push(msg.afterMissing(condition.years, label, name, first, listYears(held)));
        }
        for (const extra of condition.within ?? []) {
          const got = holding(extra.mark, span).held;
          if (got.length >= extra.count) reasons.push(msg.withinMet(extra.count, markLabel(extra.mark), got));
          else {
            outcome = 'fail';
            reasons.push(msg.withinMissing(extra.count, markLabel(extra.mark), name, first, listYears(got)));
          }
        }
        return { outcome, reasons };
      }
      case 'initiatives': {
        const end = condition.upTo === 'round-year' ? c.year : c.year - 1;
        const from = end - condition.windowYears + 1;
        const rank = INITIATIVE_SCOPES.indexOf(condition.scope);
        const found = c.history.filter(
          (e) =>
            e.kind === 'initiative' && e.year >= from && e.year <= end && e.scope !== null && INITIATIVE_SCOPES.indexOf(e.scope) >= rank,
        );
        const scope = INITIATIVE_SCOPE_LABELS[condition.scope];
        if (found.length >= condition.count) return { outcome: 'pass', reasons: [msg.initiativesMet(found.length, scope, from, end)] };
        return { outcome: 'fail', reasons: [msg.initiativesMissing(condition.count, scope, from, end, found.length)] };
      }
      case 'not-disciplined': {
        const from = c.year - condition.windowYears + 1;
        const found = c.history.filter((e) => e.kind === 'discipline' && e.year >= from && e.year <= c.year);
        if (found.length === 0) return { outcome: 'pass', reasons: [] };
        return { outcome: 'fail', reasons: found.map((e) => msg.disciplined(e.year, e.detail)) };
      }
      case 'all-of': {
        const parts = condition.conditions.map(evaluate);
        const reasons = parts.flatMap((p) => p.reasons);
        if (parts.some((p) => p.outcome === 'fail')) return { outcome: 'fail', reasons: ordered(parts) };
        if (parts.some((p) => p.outcome === 'unknown')) return { outcome: 'unknown', reasons: ordered(parts) };
        if (parts.every((p) => p.outcome === 'manual')) return { outcome: 'manual', reasons };
        return { outcome: 'pass', reasons: ordered(parts) };
      }
      case 'any-of': {
        const parts = condition.conditions.map(evaluate);
        const passed = parts.find((p) => p.outcome === 'pass');
        if (passed) return { outcome: 'pass', reasons: passed.reasons };
        if (parts.some((p) => p.outcome === 'unknown')) return { outcome: 'unknown', reasons: ordered(parts) };
        if (parts.every((p) => p.outcome === 'manual')) return { outcome: 'manual', reasons: parts.flatMap((p) => p.reasons) };
        return { outcome: 'fail', reasons: ordered(parts.filter((p) => p.outcome !== 'manual')) };
      }
    }
  }

  const hasChecks = (condition: EligibilityCondition): boolean =>
    condition.kind === 'all-of' || condition.kind === 'any-of' ? condition.conditions.some(hasChecks) : condition.kind !== 'manual';

  const result = evaluate(rule.condition);
  if (hasChecks(rule.condition) && c.history.length === 0) {
    return { status: 'unknown', reasons: [msg.noHistory, ...result.reasons.filter(isManual)], legalBasis: rule.legalBasis };
  }
  const status = result.outcome === 'pass' ? 'eligible' : result.outcome === 'fail' ? 'not-eligible' : 'unknown';
  return { status, reasons: [...result.reasons, ...notes], legalBasis: rule.legalBasis };
}

const isManual = (reason: string) => reason.startsWith(msg.manualPrefix);

/** Failures first, then what cannot be told, what is met, and what a person must check. */
function ordered(parts: Evaluated[]): string[] {
  const rank: Record<Outcome, number> = { fail: 0, unknown: 1, pass: 2, manual: 3 };
  return [...parts].sort((a, b) => rank[a.outcome] - rank[b.outcome]).flatMap((p) => p.reasons);
}

/** The eligibility of a case under the award's rules: the version for its date, or "unknown" when no rule covers it. */
export function evaluateEligibility(rules: readonly AwardRule[], c: EligibilityCase, award: { name: string }): EligibilityResult {
  const rule = selectRule(rules, c);
  if (!rule) return { status: 'unknown', reasons: [msg.noRule(award.name, c.commendationKind, c.date)], legalBasis: null };
  return evaluateRule(rule, c);
}
