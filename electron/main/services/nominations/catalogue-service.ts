import type { Award } from '../../../../shared/domain/nominations';
import { AppError } from '../../../../shared/errors';
import type { NominationsRepository } from '../../db/repositories/nominations';
import { nominationMessages as msg } from './messages';

/** The award catalogue: titles and forms with their documents, vote rules and eligibility rules, as seeded data. */
export function createCatalogueService(deps: { nominations: NominationsRepository }) {
  const repo = deps.nominations;
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
      return repo.award(code)?.name ?? code;
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
