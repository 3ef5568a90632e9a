import type { Migration } from './index';

// Attachments are stored once per content under attachments/<sha256> in the data folder; a row links
// one stored file to one owner record (a submission today; inspections and nominations later), so the
// same scan attached twice to one owner is refused and attached to two owners is kept once on disk.
// Submissions gain "không yêu cầu nộp" (never overdue); their typed file paths stay as legacy text.
// The register keeps each issued document's recipients (Nơi nhận) and number of copies (số bản).
export const migration006: Migration = {
  id: 6,
  name: 'attachments; submissions not required; register recipients and copies',
  sql: `
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  owner_kind TEXT NOT NULL,
  owner_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  type TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (owner_kind, owner_id, sha256)
);
CREATE INDEX attachments_owner ON attachments(owner_kind, owner_id, id);
CREATE INDEX attachments_sha256 ON attachments(sha256);

ALTER TABLE submissions ADD COLUMN not_required INTEGER NOT NULL DEFAULT 0 CHECK (not_required IN (0, 1));

ALTER TABLE documents ADD COLUMN recipients_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN copies INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0);
`,
};
