import type { CriteriaScope, CriteriaSet } from './criteria';
import type { UnitKind } from './units';

/** What a set covers: the kind and types of unit, the years (what choosing a set reads, without its criteria). */
export type SetCoverage = Pick<CriteriaSet, 'id' | 'scope' | 'adminTypes' | 'validFrom' | 'validTo'>;

const SCOPE_OF_KIND: Partial<Record<UnitKind, CriteriaScope>> = { commune: 'commune', district: 'district', village: 'village' };

/** Does the set cover this year (validity overlaps it)? */
export function setCoversYear(set: Pick<SetCoverage, 'validFrom' | 'validTo'>, year: number): boolean {
  return (!set.validFrom || set.validFrom <= `${year}-12-31`) && (!set.validTo || set.validTo >= `${year}-01-01`);
}

/** Does the set apply to a unit of this kind and administrative type? */
export function setAppliesTo(set: Pick<SetCoverage, 'scope' | 'adminTypes'>, kind: UnitKind, adminType: string): boolean {
  return SCOPE_OF_KIND[kind] === set.scope && (set.adminTypes.length === 0 || set.adminTypes.includes(adminType));
}

/**
 * The set in force for units of a kind/type in a year: the most recent one covering the year.
 * Shared so the screens show the same criteria the server will check against.
 */
export function findSet<T extends SetCoverage>(sets: T[], kind: UnitKind, adminType: string, year: number): T | null {
  const candidates = sets.filter((set) => setAppliesTo(set, kind, adminType) && setCoversYear(set, year));
  candidates.sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  return candidates[0] ?? null;
}
