/**
 * The ids of a unit and everything under it (any depth, as the unit tree goes: province, district,
 * commune, village), walked down the `units_parent` index from `@scope`. Queries join their records
 * on it so that an area's figures cost the same in a national database as in a province-only one.
 */
export const AREA_CTE = `WITH RECURSIVE area(id, depth) AS (SELECT @scope, 0
  UNION ALL SELECT c.id, area.depth + 1 FROM units c JOIN area ON c.parent_id = area.id WHERE area.depth < 8)`;
