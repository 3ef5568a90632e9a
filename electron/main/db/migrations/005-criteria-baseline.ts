import type { Migration } from './index';

// Recognitions can now be removed, and a removal is audited like any other change: the audit log's
// action list gains 'delete'. SQLite cannot alter a CHECK constraint, so the table is rebuilt with
// the same columns and index, keeping every row and id.
export const migration005: Migration = {
  id: 5,
  name: 'criteria baseline: audit action delete (removed recognitions)',
  sql: `
CREATE TABLE audit_log_new (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete')),
  before_json TEXT,
  after_json TEXT,
  operator TEXT NOT NULL,
  at TEXT NOT NULL
);
INSERT INTO audit_log_new (id, entity, entity_id, action, before_json, after_json, operator, at)
  SELECT id, entity, entity_id, action, before_json, after_json, operator, at FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
`,
};
