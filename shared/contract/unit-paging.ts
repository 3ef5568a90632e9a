// Without zod: the renderer imports these, and the schemas of units.ts would bring zod into its first screen.

/** Columns the registry can be ordered by; 'level' is province, district, commune, village, agency, then name. */
export const UNIT_SORTS = ['level', 'name', 'kind', 'code', 'parent', 'head'] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

/** The most rows one page may ask for: a screen never receives a whole national table. */
export const UNIT_PAGE_MAX = 200;
