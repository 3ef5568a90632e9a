import type { Award, AwardRule, EligibilityCondition, VoteRule } from '../../../../shared/domain/nominations';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { NominationsRepository } from '../../db/repositories/nominations';
import type { Clock } from '../context';
import { nominationMessages as msg } from './messages';

interface Deps {
  db: Db;
  nominations: NominationsRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** Award codes a condition names, so an edited rule never points at an award the catalogue lacks. */
function codesOf(condition: EligibilityCondition): string[] {
  switch (condition.kind) {
    case 'consecutive':
      return 'award' in condition.mark ? [condition.mark.award] : [];
    case 'after-award':
      return [
        condition.award,
        ...('award' in condition.each ? [condition.each.award] : []),
        ...(condition.within ?? []).flatMap((w) => ('award' in w.mark ? [w.mark.award] : [])),
      ];
    case 'all-of':
    case 'any-of':
      return condition.conditions.flatMap(codesOf);
    default:
      return [];
  }
}

/**
 * The award catalogue: titles and forms with their documents, vote rules and eligibility rules, as
 * seeded data; vote rules and rule conditions are editable (defaults the province confirms or changes).
 */
export function createCatalogueService(deps: Deps) {
  const { db, nominations: repo, audit, clock } = deps;

  const record = (entity: string, id: number, before: object, after: object, at: string) =>
    audit.record({ entity, entityId: id, action: 'update', before, after, operator: deps.operator() }, at);

  return {
    catalogue(): Award[] {
      return repo.awards();
    },
    /** The award of a code, or a VALIDATION error naming the field. */
    mustAward(code: string, path = 'awardCode'): Award {
      const award = repo.award(code);
      if (!award) throw new AppError('VALIDATION', msg.awardNotFound(code), [{ path, message: msg.awardNotFound(code) }]);
      return award;
    },
    nameOf(code: string): string {
      return repo.awardName(code) ?? code;
    },
    updateVoteRule(
      id: number,
      version: number,
      fields: Pick<VoteRule, 'required' | 'thresholdPercent' | 'base' | 'secretBallot'>,
    ): VoteRule {
      return db.transaction(() => {
        const before = repo.voteRule(id);
        if (!before) throw new AppError('NOT_FOUND', msg.ruleNotFound(id));
        if (fields.required && fields.thresholdPercent === null) {
          throw new AppError('VALIDATION', msg.thresholdRequired, [{ path: 'thresholdPercent', message: msg.thresholdRequired }]);
        }
        const stored = { ...fields, thresholdPercent: fields.required ? fields.thresholdPercent : null };
        const at = clock.now();
        if (before.version !== version || !repo.updateVoteRule(id, version, stored, at)) throw new AppError('CONFLICT', msg.ruleStale);
        const after = repo.voteRule(id) as VoteRule;
        record('award-vote-rule', id, before, after, at);
        return after;
      })();
    },
    updateRule(id: number, version: number, fields: Pick<AwardRule, 'condition' | 'excludeAwardKinds' | 'note'>): AwardRule {
      return db.transaction(() => {
        const before = repo.rule(id);
        if (!before) throw new AppError('NOT_FOUND', msg.ruleNotFound(id));
        for (const code of codesOf(fields.condition)) {
          if (!repo.award(code))
            throw new AppError('VALIDATION', msg.awardNotFound(code), [{ path: 'condition', message: msg.awardNotFound(code) }]);
        }
        const at = clock.now();
        if (before.version !== version || !repo.updateRule(id, version, fields, at)) throw new AppError('CONFLICT', msg.ruleStale);
        const after = repo.rule(id) as AwardRule;
        record('award-rule', id, before, after, at);
        return after;
      })();
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
