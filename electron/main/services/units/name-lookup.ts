import type { UnitKind, UnitMatch, UnitMatchQuality } from '../../../../shared/domain/units';
import { compareVietnamese } from '../../../../shared/text/collate';
import { type ParsedName, parseName } from '../../../../shared/text/unit-names';
import type { UnitsRepository } from '../../db/repositories/units';
import { unitMessages } from './messages';
import { approximateRanges, compareNames, otherType, QUALITY_RANK } from './name-matcher';

export interface MatchOptions {
  /** Only units under this one (its children and grandchildren). */
  parentId?: number;
  /** Only these kinds (an import of communes asks for communes). */
  kinds?: UnitKind[];
  includeArchived?: boolean;
  limit?: number;
  /** False: only exact, folded and alias matches (no one-letter ranges read), for a search that may not need them. */
  approximate?: boolean;
  /** Rows of the same key read at most (a search box: "Thôn 5" names thousands of villages nationally). */
  sameKeyCap?: number;
}

const KIND_RANK: Record<UnitKind, number> = { province: 0, district: 1, commune: 2, village: 3, agency: 4 };

// Candidates read per lookup: a key range of a one-letter difference can hold many names nationally;
// the scope (kind, parent) keeps it small, and this caps the worst case.
const CANDIDATE_CAP = 500;

/** Rank of a match: quality first, then a written type that differs, then archived units. */
export function matchRank(match: UnitMatch): number {
  return QUALITY_RANK[match.quality] * 4 + (match.otherType ? 2 : 0) + (match.archived ? 1 : 0);
}

/**
 * The one unit an import may take without asking: the best candidate is not approximate and no other
 * ranks as well. Anything else (nothing, a tie, only approximate ones) is for the user to choose.
 */
export function autoPick(matches: UnitMatch[]): UnitMatch | null {
  const [best, next] = matches;
  if (!best || best.quality === 'approximate') return null;
  if (next && matchRank(next) <= matchRank(best)) return null;
  return best;
}

function intersectKinds(written: UnitKind[] | null, asked: UnitKind[] | undefined): UnitKind[] | undefined {
  if (!written) return asked;
  if (!asked) return written;
  const both = written.filter((kind) => asked.includes(kind));
  // A type the caller cannot use ("huyện" in a list of communes) does not empty the lookup.
  return both.length > 0 ? both : asked;
}

/** Finds units by a name as people write it; candidates come from indexed key ranges, never the whole table. */
export function createNameLookup(deps: { units: Pick<UnitsRepository, 'nameCandidates'> }) {
  const { units } = deps;

  function lookup(written: ParsedName, options: MatchOptions, ancestorIds: number[] | undefined): UnitMatch[] {
    if (written.key === '') return [];
    const ranges = options.approximate === false ? null : approximateRanges(written.key);
    const rows = units.nameCandidates({
      key: written.key,
      prefix: ranges?.prefix,
      suffixRev: ranges?.suffixRev,
      kinds: intersectKinds(written.kinds, options.kinds),
      ancestorIds,
      includeArchived: options.includeArchived ?? true,
      limit: CANDIDATE_CAP,
      sameKeyLimit: options.sameKeyCap,
    });
    const best = new Map<number, UnitMatch>();
    const distance = new Map<number, number>();
    const rank = (m: UnitMatch) => matchRank(m) * 2 + (distance.get(m.unitId) ?? 0);
    for (const row of rows) {
      const compared = compareNames(written, parseName(row.aliasName ?? row.name));
      if (!compared) continue;
      let quality: UnitMatchQuality = compared.quality;
      let reason = compared.reason;
      if (row.aliasName) {
        if (quality === 'approximate') reason = unitMessages.match.approximateAlias(reason.replace(/^gần đúng: /u, ''));
        else reason = unitMessages.match.alias(row.aliasName);
        if (quality !== 'approximate') quality = 'alias';
      }
      const differs = otherType(written, row.adminType);
      const notes = [
        reason,
        differs ? unitMessages.match.otherType(row.adminType) : null,
        row.archived ? unitMessages.match.archived : null,
      ];
      const match: UnitMatch = {
        unitId: row.id,
        name: row.name,
        kind: row.kind,
        adminType: row.adminType,
        parentName: row.parentName,
        archived: row.archived,
        quality,
        reason: notes.filter(Boolean).join('; '),
        otherType: differs,
      };
      const seen = best.get(row.id);
      if (!seen || matchRank(match) * 2 + compared.distance < rank(seen)) {
        best.set(row.id, match);
        distance.set(row.id, compared.distance);
      }
    }
    // A one-letter difference ranks below a difference of marks only ("Đăk La": Đắk La before Đắk Hà).
    return [...best.values()].sort(
      (a, b) => rank(a) - rank(b) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || compareVietnamese(a.name, b.name),
    );
  }

  /** Units a parent qualifier ("huyện Đăk Hà") names: its best-ranked candidates, or none. */
  function qualifierScope(qualifier: ParsedName, childKinds: UnitKind[] | undefined): number[] | undefined {
    const parentKinds: UnitKind[] = childKinds?.includes('village') ? ['commune', 'district'] : ['district', 'province'];
    const found = lookup(qualifier, { kinds: qualifier.kinds ?? parentKinds }, undefined);
    if (found.length === 0) return undefined;
    const top = matchRank(found[0]);
    return found.filter((m) => matchRank(m) === top).map((m) => m.unitId);
  }

  return {
    /** Candidates for a written name, best first: exact, folded, alias, approximate; each with its reason. */
    match(name: string, options: MatchOptions = {}): UnitMatch[] {
      const written = parseName(name);
      let ancestorIds = options.parentId !== undefined ? [options.parentId] : undefined;
      if (!ancestorIds && written.qualifiers.length > 0) {
        ancestorIds = qualifierScope(written.qualifiers[0], intersectKinds(written.kinds, options.kinds));
      }
      const found = lookup(written, options, ancestorIds);
      return found.slice(0, options.limit ?? 20);
    },
  };
}

export type NameLookup = ReturnType<typeof createNameLookup>;
