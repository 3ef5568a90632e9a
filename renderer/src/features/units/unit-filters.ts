import type { InputOf } from '@shared/contract';
import { type ArchivedFilter, UNIT_KINDS, type UnitKind } from '@shared/domain/units';

/** The registry's filters, kept in the address (so going back from a unit page restores them). */
export interface UnitFilters {
  query: string;
  kind: UnitKind | null;
  districtId: number | null;
  em: 'yes' | 'no' | null;
  archived: ArchivedFilter;
}

export function readFilters(params: URLSearchParams): UnitFilters {
  const kind = params.get('kind');
  const district = Number(params.get('district'));
  const em = params.get('em');
  const archived = params.get('archived');
  return {
    query: params.get('q') ?? '',
    kind: UNIT_KINDS.includes(kind as UnitKind) ? (kind as UnitKind) : null,
    districtId: Number.isInteger(district) && district > 0 ? district : null,
    em: em === 'yes' || em === 'no' ? em : null,
    archived: archived === 'archived' || archived === 'all' ? archived : 'active',
  };
}

export function writeFilters(filters: UnitFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query.trim()) params.set('q', filters.query);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.districtId) params.set('district', String(filters.districtId));
  if (filters.em) params.set('em', filters.em);
  if (filters.archived !== 'active') params.set('archived', filters.archived);
  return params;
}

/** The units.list input for these filters; the server ranks results when there is a query. */
export function listInput(filters: UnitFilters): InputOf<'units.list'> {
  const input: InputOf<'units.list'> = { archived: filters.archived };
  if (filters.query.trim()) input.query = filters.query.trim();
  if (filters.kind) input.kind = filters.kind;
  if (filters.districtId) input.districtId = filters.districtId;
  if (filters.em) input.ethnicMinorityArea = filters.em === 'yes';
  return input;
}

export function hasFilters(filters: UnitFilters): boolean {
  return Boolean(filters.query.trim() || filters.kind || filters.districtId || filters.em || filters.archived !== 'active');
}
