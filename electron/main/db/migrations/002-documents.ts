import type { Migration } from './index';

// The document register (sổ văn bản đi). Numbers run per issuer abbreviation and calendar year from 1
// and are never reused: a cancelled document keeps its row and its number (status 'cancelled'), and
// UNIQUE(issuer, year, number) stops a second row from taking a number whatever the code does.
export const migration002: Migration = {
  id: 2,
  name: 'documents: register of issued documents',
  sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  issuer TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  number INTEGER NOT NULL CHECK (number >= 1),
  type_abbreviation TEXT NOT NULL,
  symbol TEXT NOT NULL,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  search_folded TEXT NOT NULL,
  template TEXT NOT NULL,
  params_json TEXT NOT NULL,
  entity TEXT,
  entity_id INTEGER,
  signer TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  file_path TEXT NOT NULL,
  pages INTEGER NOT NULL CHECK (pages >= 1),
  status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'cancelled')),
  cancel_reason TEXT NOT NULL DEFAULT '',
  cancelled_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (issuer, year, number),
  CHECK ((entity IS NULL) = (entity_id IS NULL)),
  CHECK (substr(date, 1, 4) = CAST(year AS TEXT))
);
CREATE INDEX documents_year ON documents(year, number);
CREATE INDEX documents_entity ON documents(entity, entity_id);
CREATE INDEX documents_template ON documents(template);
`,
};
