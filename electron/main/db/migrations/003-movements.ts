import type { Migration } from './index';

// The national criteria sets are law, not province data, so they ship with the schema; the seed
// movement needs the province's units and is written by setup (services/movements/seed.ts).
// Timestamps of seeded rows are the decisions' date so they never depend on when the app ran.
export const migration003: Migration = {
  id: 3,
  name: 'movements: criteria sets, yearly criteria, recognitions, income, targets, milestones, unit history',
  sql: `
ALTER TABLE units ADD COLUMN valid_from TEXT;
ALTER TABLE units ADD COLUMN valid_to TEXT;

CREATE TABLE unit_successors (
  id INTEGER PRIMARY KEY,
  predecessor_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  successor_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  relation TEXT NOT NULL CHECK (relation IN ('merged_into', 'renamed_to', 'split_from')),
  effective_date TEXT NOT NULL,
  decision_number TEXT NOT NULL DEFAULT '',
  decision_date TEXT,
  decision_issuer TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK (predecessor_id <> successor_id),
  UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX unit_successors_successor ON unit_successors(successor_id);

CREATE TABLE movements (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'thematic')),
  start_year INTEGER NOT NULL,
  end_year INTEGER NOT NULL,
  doc_number TEXT NOT NULL DEFAULT '',
  doc_date TEXT,
  doc_issuer TEXT NOT NULL DEFAULT '',
  doc_title TEXT NOT NULL DEFAULT '',
  attachment_path TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  scope_unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('planned', 'active', 'finished', 'suspended')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_year >= start_year)
);

CREATE TABLE movement_units (
  movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  PRIMARY KEY (movement_id, unit_id)
);

CREATE TABLE movement_targets (
  id INTEGER PRIMARY KEY,
  movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  label TEXT NOT NULL,
  definition TEXT NOT NULL,
  goal REAL,
  direction TEXT NOT NULL CHECK (direction IN ('at-least', 'at-most')),
  base_year INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (movement_id, code)
);

CREATE TABLE milestones (
  id INTEGER PRIMARY KEY,
  movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('plan', 'preliminary', 'final', 'other')),
  due_date TEXT NOT NULL,
  responsible TEXT NOT NULL DEFAULT '',
  requires_submission INTEGER NOT NULL DEFAULT 0 CHECK (requires_submission IN (0, 1)),
  completed_date TEXT,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX milestones_movement ON milestones(movement_id, ordinal);

CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  due_date TEXT,
  received_date TEXT,
  doc_number TEXT NOT NULL DEFAULT '',
  file_path TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (milestone_id, unit_id)
);

CREATE TABLE criteria_sets (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('commune', 'district', 'village')),
  admin_types TEXT NOT NULL DEFAULT '[]',
  legal_number TEXT NOT NULL DEFAULT '',
  legal_date TEXT,
  legal_issuer TEXT NOT NULL DEFAULT '',
  legal_title TEXT NOT NULL DEFAULT '',
  valid_from TEXT,
  valid_to TEXT,
  editable INTEGER NOT NULL DEFAULT 0 CHECK (editable IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE criteria (
  id INTEGER PRIMARY KEY,
  set_id INTEGER NOT NULL REFERENCES criteria_sets(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number > 0),
  name TEXT NOT NULL,
  group_name TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (set_id, number)
);

CREATE TABLE unit_year_criteria (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  year INTEGER NOT NULL,
  set_id INTEGER NOT NULL REFERENCES criteria_sets(id) ON DELETE RESTRICT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, year)
);
CREATE INDEX unit_year_criteria_year ON unit_year_criteria(year);

CREATE TABLE unit_year_criterion (
  record_id INTEGER NOT NULL REFERENCES unit_year_criteria(id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE RESTRICT,
  met INTEGER NOT NULL CHECK (met IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (record_id, criterion_id)
);

CREATE TABLE recognitions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  year INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('none', 'ntm', 'ntm-advanced', 'ntm-model', 'village-ntm', 'village-model', 'district-ntm')),
  decision_number TEXT NOT NULL DEFAULT '',
  decision_date TEXT,
  signer_authority TEXT NOT NULL DEFAULT '',
  unit_name_at TEXT NOT NULL,
  district_name_at TEXT,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, year)
);
CREATE INDEX recognitions_year ON recognitions(year);

CREATE TABLE incomes (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  year INTEGER NOT NULL,
  amount REAL NOT NULL CHECK (amount > 0),
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, year)
);

INSERT INTO criteria_sets (id, code, name, scope, admin_types, legal_number, legal_date, legal_issuer, legal_title, valid_from, valid_to, editable, created_at, updated_at)
VALUES
  (1, 'xa-ntm-2021-2025', 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025', 'commune', '["Xã"]',
   '318/QĐ-TTg', '2022-03-08', 'Thủ tướng Chính phủ',
   'Quyết định ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
   '2021-01-01', '2025-12-31', 0, '2022-03-08T00:00:00.000Z', '2022-03-08T00:00:00.000Z'),
  (2, 'huyen-ntm-2021-2025', 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025', 'district', '[]',
   '320/QĐ-TTg', '2022-03-08', 'Thủ tướng Chính phủ',
   'Quyết định ban hành Bộ tiêu chí quốc gia về huyện nông thôn mới; quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới và Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025',
   '2021-01-01', '2025-12-31', 1, '2022-03-08T00:00:00.000Z', '2022-03-08T00:00:00.000Z'),
  (3, 'thon-ntm-tinh', 'Bộ tiêu chí thôn, làng đạt chuẩn nông thôn mới', 'village', '[]',
   '', NULL, 'Ủy ban nhân dân tỉnh', '', '2021-01-01', '2025-12-31', 1, '2022-03-08T00:00:00.000Z', '2022-03-08T00:00:00.000Z');

INSERT INTO criteria (set_id, number, name, group_name, created_at, updated_at)
SELECT 1, column1, column2, column3, '2022-03-08T00:00:00.000Z', '2022-03-08T00:00:00.000Z' FROM (VALUES
  (1, 'Quy hoạch', 'I. Quy hoạch'),
  (2, 'Giao thông', 'II. Hạ tầng kinh tế - xã hội'),
  (3, 'Thủy lợi và phòng, chống thiên tai', 'II. Hạ tầng kinh tế - xã hội'),
  (4, 'Điện', 'II. Hạ tầng kinh tế - xã hội'),
  (5, 'Trường học', 'II. Hạ tầng kinh tế - xã hội'),
  (6, 'Cơ sở vật chất văn hóa', 'II. Hạ tầng kinh tế - xã hội'),
  (7, 'Cơ sở hạ tầng thương mại nông thôn', 'II. Hạ tầng kinh tế - xã hội'),
  (8, 'Thông tin và Truyền thông', 'II. Hạ tầng kinh tế - xã hội'),
  (9, 'Nhà ở dân cư', 'II. Hạ tầng kinh tế - xã hội'),
  (10, 'Thu nhập', 'III. Kinh tế và tổ chức sản xuất'),
  (11, 'Nghèo đa chiều', 'III. Kinh tế và tổ chức sản xuất'),
  (12, 'Lao động', 'III. Kinh tế và tổ chức sản xuất'),
  (13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'III. Kinh tế và tổ chức sản xuất'),
  (14, 'Giáo dục và Đào tạo', 'IV. Văn hóa - Xã hội - Môi trường'),
  (15, 'Y tế', 'IV. Văn hóa - Xã hội - Môi trường'),
  (16, 'Văn hóa', 'IV. Văn hóa - Xã hội - Môi trường'),
  (17, 'Môi trường và an toàn thực phẩm', 'IV. Văn hóa - Xã hội - Môi trường'),
  (18, 'Hệ thống chính trị và tiếp cận pháp luật', 'V. Hệ thống chính trị'),
  (19, 'Quốc phòng và An ninh', 'V. Hệ thống chính trị')
);

INSERT INTO criteria (set_id, number, name, group_name, created_at, updated_at)
SELECT 2, column1, column2, '', '2022-03-08T00:00:00.000Z', '2022-03-08T00:00:00.000Z' FROM (VALUES
  (1, 'Quy hoạch'),
  (2, 'Giao thông'),
  (3, 'Thủy lợi và phòng, chống thiên tai'),
  (4, 'Điện'),
  (5, 'Y tế - Văn hóa - Giáo dục'),
  (6, 'Kinh tế'),
  (7, 'Môi trường'),
  (8, 'Chất lượng môi trường sống'),
  (9, 'Hệ thống chính trị - An ninh trật tự - Hành chính công')
);
`,
};
