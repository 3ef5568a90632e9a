import type { Migration } from './index';

// Targets and the dashboard read how many criteria each unit met in a year for every commune of a
// movement's area: counting the per-criterion rows on each read cost a scan per record. The count is
// stored on the record and kept by the repository's write, the only writer of the states.
//
// Bulk writes (imports, district grids) record one audit entry per batch: its before/after hold JSON
// arrays, one element per row changed, and audit_links names each row's entity and id with its index
// in those arrays, so a unit's history still finds its part of a batch through an index.
// audit_entries is what the history reads: single entries as stored, batch entries one per row.
export const migration015: Migration = {
  id: 15,
  name: 'scoped-bulk',
  sql: `
ALTER TABLE unit_year_criteria ADD COLUMN met_count INTEGER NOT NULL DEFAULT 0;
UPDATE unit_year_criteria
  SET met_count = (SELECT COUNT(*) FROM unit_year_criterion s WHERE s.record_id = unit_year_criteria.id AND s.met = 1);
CREATE INDEX unit_year_criteria_year_unit ON unit_year_criteria(year, unit_id, set_id, met_count);

ALTER TABLE audit_log ADD COLUMN batch INTEGER NOT NULL DEFAULT 0 CHECK (batch IN (0, 1));
CREATE TABLE audit_links (
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  audit_id INTEGER NOT NULL REFERENCES audit_log(id) ON DELETE CASCADE,
  item INTEGER NOT NULL
);
CREATE UNIQUE INDEX audit_links_entity ON audit_links(entity, entity_id, audit_id, item);
CREATE INDEX audit_links_audit ON audit_links(audit_id);

CREATE VIEW audit_entries AS
  SELECT id, entity, entity_id, action, before_json, after_json, operator, at FROM audit_log WHERE batch = 0
  UNION ALL
  SELECT a.id, l.entity, l.entity_id, a.action,
    json_extract(a.before_json, '$[' || l.item || ']'), json_extract(a.after_json, '$[' || l.item || ']'), a.operator, a.at
  FROM audit_links l JOIN audit_log a ON a.id = l.audit_id;
`,
};
