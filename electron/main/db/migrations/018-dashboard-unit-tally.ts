import type { Migration } from './index';

// Target evaluation counts the units of a kind by type, flag and validity: this index answers that
// GROUP BY without reading the table (100k villages in a national database).
export const migration018: Migration = {
  id: 18,
  name: 'units: covering index for target populations',
  sql: `
CREATE INDEX units_kind_tally ON units(kind, admin_type, ethnic_minority_area, valid_from, valid_to, archived);
`,
};
