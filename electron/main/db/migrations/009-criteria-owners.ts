import type { Migration } from './index';

// Who answers for each criterion: agencies of the registry (units of kind 'agency'), one or more per
// criterion; `is_default` marks the seeded assignment (QĐ 318/QĐ-TTg mirrored to the province's
// departments) until someone edits it. The seed itself needs the province's units, so it runs in
// code (services/agencies/owner-seed.ts) on setup or, for a database set up before this migration,
// at start; `seed_steps` remembers it ran, so owners removed on purpose never come back.
// Reminder letters live in the register (documents, template 'criteria-reminder', entity 'agency');
// the agency's reply to one is kept here, its file through the attachments service.
export const migration009: Migration = {
  id: 9,
  name: 'criteria owners: responsible agencies per criterion, replies to reminder letters',
  sql: `
CREATE TABLE criterion_owners (
  criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  ordinal INTEGER NOT NULL,
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at TEXT NOT NULL,
  PRIMARY KEY (criterion_id, unit_id)
);
CREATE INDEX criterion_owners_unit ON criterion_owners(unit_id);

CREATE TABLE seed_steps (
  name TEXT PRIMARY KEY,
  applied_at TEXT NOT NULL
);

CREATE TABLE reminder_replies (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE RESTRICT,
  received_date TEXT NOT NULL,
  reply_number TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
