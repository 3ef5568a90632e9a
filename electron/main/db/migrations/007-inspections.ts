import type { Migration } from './index';

// The annual inspection: a directory of people reused across rounds, rounds with their teams and
// visits, checklist templates as data (locked once a visit uses one, so old minutes keep their
// wording), results per item, findings and recommendations followed up year to year.
// The default template ships with the schema like the national criteria sets; its points and
// bands are editable defaults. Timestamps of seeded rows are fixed so they never depend on the run.
export const migration007: Migration = {
  id: 7,
  name: 'inspections: people, rounds, teams, visits, checklist templates, results, findings, recommendations',
  sql: `
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  folded_name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  agency TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX people_folded ON people(folded_name);

CREATE TABLE checklist_templates (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (code, revision)
);

CREATE TABLE checklist_sections (
  id INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  UNIQUE (template_id, code)
);

CREATE TABLE checklist_items (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES checklist_sections(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  code TEXT NOT NULL,
  text TEXT NOT NULL,
  required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
  max_points REAL CHECK (max_points IS NULL OR max_points >= 0),
  -- 'all' or a unit kind (district, commune, village, agency)
  applies_to TEXT NOT NULL DEFAULT 'all'
);
CREATE INDEX checklist_items_section ON checklist_items(section_id, ordinal);

CREATE TABLE checklist_bands (
  id INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  label TEXT NOT NULL,
  min_points REAL NOT NULL CHECK (min_points >= 0)
);

CREATE TABLE inspections (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT '',
  legal_basis TEXT NOT NULL DEFAULT '',
  template_id INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE RESTRICT,
  team_decision_number TEXT NOT NULL DEFAULT '',
  team_decision_date TEXT,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  -- the round's report: what the units have in common and what the team proposes to the council
  common_strengths TEXT NOT NULL DEFAULT '',
  common_shortcomings TEXT NOT NULL DEFAULT '',
  proposals TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (period_to >= period_from)
);
CREATE INDEX inspections_year ON inspections(year);

CREATE TABLE inspection_movements (
  inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE RESTRICT,
  PRIMARY KEY (inspection_id, movement_id)
);

CREATE TABLE inspection_teams (
  id INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX inspection_teams_inspection ON inspection_teams(inspection_id);

CREATE TABLE inspection_team_members (
  team_id INTEGER NOT NULL REFERENCES inspection_teams(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('leader', 'deputy', 'member', 'secretary')),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (team_id, person_id)
);
CREATE INDEX inspection_team_members_person ON inspection_team_members(person_id);

CREATE TABLE inspection_visits (
  id INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  date TEXT NOT NULL,
  team_id INTEGER REFERENCES inspection_teams(id) ON DELETE SET NULL,
  place TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'results', 'signed', 'done')),
  self_assessment_date TEXT,
  -- who was present for the unit (JSON [{ fullName, position }]); the first signs the minutes
  unit_representatives_json TEXT NOT NULL DEFAULT '[]',
  strengths TEXT NOT NULL DEFAULT '',
  shortcomings TEXT NOT NULL DEFAULT '',
  causes TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX inspection_visits_inspection ON inspection_visits(inspection_id, date);
CREATE INDEX inspection_visits_unit ON inspection_visits(unit_id);
CREATE INDEX inspection_visits_date ON inspection_visits(date);

CREATE TABLE inspection_results (
  visit_id INTEGER NOT NULL REFERENCES inspection_visits(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES checklist_items(id) ON DELETE RESTRICT,
  result TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'na')),
  points REAL CHECK (points IS NULL OR points >= 0),
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (visit_id, item_id)
);

CREATE TABLE inspection_transitions (
  id INTEGER PRIMARY KEY,
  visit_id INTEGER NOT NULL REFERENCES inspection_visits(id) ON DELETE CASCADE,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  operator TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX inspection_transitions_visit ON inspection_transitions(visit_id, id);

CREATE TABLE recommendations (
  id INTEGER PRIMARY KEY,
  visit_id INTEGER NOT NULL REFERENCES inspection_visits(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  responsible_unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  deadline TEXT NOT NULL,
  -- 'overdue' is computed (not done and past its deadline), never stored
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done')),
  closed_in_visit_id INTEGER REFERENCES inspection_visits(id) ON DELETE SET NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX recommendations_visit ON recommendations(visit_id);
CREATE INDEX recommendations_responsible ON recommendations(responsible_unit_id, status);
CREATE INDEX recommendations_open_deadline ON recommendations(status, deadline);

CREATE TABLE recommendation_notes (
  id INTEGER PRIMARY KEY,
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  operator TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX recommendation_notes_recommendation ON recommendation_notes(recommendation_id, date);

INSERT INTO checklist_templates (id, code, revision, title, created_at, updated_at) VALUES
  (1, 'tdkt-mac-dinh', 1, 'Kiểm tra việc tổ chức phong trào thi đua và công tác thi đua, khen thưởng', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT INTO checklist_sections (id, template_id, ordinal, code, title) VALUES
  (1, 1, 1, 'I', 'Việc tổ chức thực hiện phong trào thi đua'),
  (2, 1, 2, 'II', 'Công tác thi đua, khen thưởng của đơn vị');

INSERT INTO checklist_items (section_id, ordinal, code, text, required, max_points, applies_to) VALUES
  (1, 1, 'I.1', 'Ban hành kế hoạch triển khai thực hiện phong trào thi đua', 1, 10, 'all'),
  (1, 2, 'I.2', 'Công tác tuyên truyền, phổ biến, phát động phong trào thi đua', 1, 10, 'all'),
  (1, 3, 'I.3', 'Kết quả thực hiện các chỉ tiêu, tiêu chí của phong trào (theo số liệu theo dõi của phong trào)', 1, 20, 'all'),
  (1, 4, 'I.4', 'Sơ kết, tổng kết phong trào; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', 1, 10, 'all'),
  (2, 1, 'II.1', 'Ban hành văn bản hướng dẫn, quy chế về công tác thi đua, khen thưởng', 1, 10, 'all'),
  (2, 2, 'II.2', 'Kiện toàn và hoạt động của Hội đồng Thi đua - Khen thưởng; sổ sách, hồ sơ theo dõi', 1, 10, 'all'),
  (2, 3, 'II.3', 'Quy trình, hồ sơ đề nghị khen thưởng; bình xét, bỏ phiếu công khai, dân chủ', 1, 10, 'all'),
  (2, 4, 'II.4', 'Khen thưởng theo thẩm quyền đúng đối tượng, tiêu chuẩn', 1, 10, 'all'),
  (2, 5, 'II.5', 'Trích lập, quản lý và sử dụng Quỹ thi đua, khen thưởng', 0, 5, 'all'),
  (2, 6, 'II.6', 'Lưu trữ hồ sơ thi đua, khen thưởng', 1, 5, 'all');

INSERT INTO checklist_bands (template_id, ordinal, label, min_points) VALUES
  (1, 1, 'Xuất sắc', 90),
  (1, 2, 'Tốt', 75),
  (1, 3, 'Khá', 60),
  (1, 4, 'Trung bình', 0);
`,
};
