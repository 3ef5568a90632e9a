import type { InputOf } from '@shared/contract';
import { UNIT_PAGE_MAX, UNIT_SORTS, type UnitSort } from '@shared/contract/unit-paging';
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

/** The filters as print and export take them (units.list adds the page); the server ranks results when there is a query. */
export function listInput(filters: UnitFilters): InputOf<'units.exportCsv'> {
  const input: InputOf<'units.exportCsv'> = { archived: filters.archived };
  if (filters.query.trim()) input.query = filters.query.trim();
  if (filters.kind) input.kind = filters.kind;
  if (filters.districtId) input.districtId = filters.districtId;
  if (filters.em) input.ethnicMinorityArea = filters.em === 'yes';
  return input;
}

export function hasFilters(filters: UnitFilters): boolean {
  return Boolean(filters.query.trim() || filters.kind || filters.districtId || filters.em || filters.archived !== 'active');
}

/** Rows per page of the registry screen. */
export const UNITS_PAGE_SIZE = 50;

/** Which page, in which order: also in the address, so going back returns to the same rows. */
export interface UnitPaging {
  page: number;
  /** null: the server's order (level and name; best matches first with a query). */
  sort: UnitSort | null;
  direction: 'asc' | 'desc';
}

export function readPaging(params: URLSearchParams): UnitPaging {
  const page = Number(params.get('page'));
  const sort = params.get('sort');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    sort: UNIT_SORTS.includes(sort as UnitSort) ? (sort as UnitSort) : null,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Filters and paging in the address; the first page and the default order are left out. */
export function writeFiltersAndPaging(filters: UnitFilters, paging: UnitPaging): URLSearchParams {
  const params = writeFilters(filters);
  if (paging.page > 1) params.set('page', String(paging.page));
  if (paging.sort) params.set('sort', paging.sort);
  if (paging.sort && paging.direction === 'desc') params.set('dir', 'desc');
  return params;
}

/** The units.list input of one page of the screen. */
export function pageInput(filters: UnitFilters, paging: UnitPaging): InputOf<'units.list'> {
  const input: InputOf<'units.list'> = { ...listInput(filters), page: paging.page, pageSize: UNITS_PAGE_SIZE };
  if (paging.sort) Object.assign(input, { sort: paging.sort, direction: paging.direction });
  return input;
}

/** The tree's first read: the provinces (also asked for before the screen renders, with the same input). */
export const TREE_ROOTS_INPUT: InputOf<'units.list'> = { kind: 'province', archived: 'active', sort: 'name', pageSize: UNIT_PAGE_MAX };
