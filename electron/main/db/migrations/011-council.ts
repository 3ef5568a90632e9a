import type { Migration } from './index';

// The emulation and commendation council: members from the people directory with roles and terms,
// sessions with attendance and agenda, votes (a correction adds a row and retires the earlier one, so
// the history stays), decisions and the award register. Register numbers come from a per-year counter
// that only moves forward, so a number once given is never given again.
export const migration011: Migration = {
  id: 11,
  name: 'council: members, sessions with attendance, agenda and votes, decisions and the award register',
  sql: `
CREATE TABLE council_members (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('chair', 'vice-chair', 'standing-member', 'member', 'secretary')),
  term_from TEXT NOT NULL,
  term_to TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (term_to IS NULL OR term_to >= term_from)
);
CREATE INDEX council_members_term ON council_members(term_from, term_to);
CREATE INDEX council_members_person ON council_members(person_id);

CREATE TABLE council_sessions (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  place TEXT NOT NULL,
  chair_id INTEGER NOT NULL REFERENCES council_members(id) ON DELETE RESTRICT,
  secretary_id INTEGER NOT NULL REFERENCES council_members(id) ON DELETE RESTRICT,
  quorum_percent REAL NOT NULL CHECK (quorum_percent > 0 AND quorum_percent <= 100),
  attendance_recorded INTEGER NOT NULL DEFAULT 0 CHECK (attendance_recorded IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX council_sessions_date ON council_sessions(date);

CREATE TABLE council_attendance (
  session_id INTEGER NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES council_members(id) ON DELETE RESTRICT,
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  opinion TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, member_id)
);

CREATE TABLE council_agenda (
  session_id INTEGER NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
  nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE RESTRICT,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (session_id, nomination_id)
);
CREATE INDEX council_agenda_nomination ON council_agenda(nomination_id);

CREATE TABLE council_votes (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES council_sessions(id) ON DELETE RESTRICT,
  nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE RESTRICT,
  votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
  votes_against INTEGER NOT NULL CHECK (votes_against >= 0),
  abstentions INTEGER NOT NULL CHECK (abstentions >= 0),
  withdrawn_json TEXT NOT NULL DEFAULT '[]',
  basis TEXT NOT NULL CHECK (basis IN ('all-members', 'present-members', 'present-majority')),
  base_count INTEGER NOT NULL,
  threshold_percent REAL NOT NULL,
  rule_id INTEGER REFERENCES award_vote_rules(id) ON DELETE SET NULL,
  legal_basis TEXT NOT NULL DEFAULT '',
  passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
  explanation TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  current INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),
  recorded_at TEXT NOT NULL,
  operator TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX council_votes_current ON council_votes(session_id, nomination_id) WHERE current = 1;
CREATE INDEX council_votes_nomination ON council_votes(nomination_id, current);

CREATE TABLE council_decisions (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL,
  folded_number TEXT NOT NULL,
  date TEXT NOT NULL,
  year INTEGER NOT NULL,
  signer_name TEXT NOT NULL,
  signer_authority TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  issued_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (folded_number, year)
);

CREATE TABLE council_decision_items (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES council_decisions(id) ON DELETE CASCADE,
  nomination_id INTEGER NOT NULL UNIQUE REFERENCES nominations(id) ON DELETE RESTRICT,
  ordinal INTEGER NOT NULL,
  register_year INTEGER,
  register_number INTEGER,
  history_id INTEGER REFERENCES nominee_history(id) ON DELETE SET NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (register_year, register_number)
);
CREATE INDEX council_decision_items_decision ON council_decision_items(decision_id, ordinal);
CREATE INDEX council_decision_items_register ON council_decision_items(register_year, register_number);

CREATE TABLE award_register_counters (
  year INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL
);
`,
};
