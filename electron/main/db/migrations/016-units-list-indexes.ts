import type { Migration } from './index';

// The registry is read a page at a time: the default order (level, then folded name) and the counts
// per archive state walk this index instead of sorting a national table; children are counted and
// listed by parent with their archive state, and lists by kind read their own range.
export const migration016: Migration = {
  id: 16,
  name: 'units: indexes for paged lists, children by parent and kind',
  sql: `
CREATE INDEX units_list_order ON units(
  archived,
  (CASE kind WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 WHEN 'village' THEN 3 ELSE 4 END),
  name_folded
);
CREATE INDEX units_parent_archived ON units(parent_id, archived);
CREATE INDEX units_kind_archived_name ON units(kind, archived, name_folded);
`,
};
