import type { Migration } from './index';

export const migration001: Migration = {
  id: 1,
  name: 'foundation: settings, units, audit log',
  sql: `
CREATE TABLE app_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('province', 'district', 'commune', 'village', 'agency')),
  admin_type TEXT NOT NULL,
  parent_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  ethnic_minority_area INTEGER NOT NULL DEFAULT 0 CHECK (ethnic_minority_area IN (0, 1)),
  head_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_kind ON units(kind);
CREATE INDEX units_name_folded ON units(name_folded);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore')),
  before_json TEXT,
  after_json TEXT,
  operator TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
`,
};
