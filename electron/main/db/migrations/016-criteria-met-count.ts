import type { Migration } from './index';

// Targets and the dashboard read how many criteria each unit met in a year for every commune of a
// movement's area: counting the per-criterion rows on each read cost a scan per record. The count is
// stored on the record and kept by the repository's write, which is the only writer of the states.
// Recognitions and incomes are read per unit over a scope, so they get a (unit, year) index path too.
export const migration016: Migration = {
  id: 16,
  name: 'criteria-met-count',
  sql: `
ALTER TABLE unit_year_criteria ADD COLUMN met_count INTEGER NOT NULL DEFAULT 0;
UPDATE unit_year_criteria
  SET met_count = (SELECT COUNT(*) FROM unit_year_criterion s WHERE s.record_id = unit_year_criteria.id AND s.met = 1);
CREATE INDEX unit_year_criteria_year_unit ON unit_year_criteria(year, unit_id, set_id, met_count);
`,
};
