import type { Migration } from './index';

// Layouts of pre-printed certificate blanks (phôi Bằng khen, Giấy khen): the paper, and where each field
// goes in millimetres from the paper's top-left corner (kept as JSON: a layout is read and saved whole).
// An optional picture of the blank is kept with its layout for the on-screen preview; it is never printed.
// A new database gets one working example: the provincial Chairman's Bằng khen on A4 landscape.
export const migration012: Migration = {
  id: 12,
  name: 'certificates: layouts of pre-printed blanks, with an example',
  sql: `
CREATE TABLE certificate_layouts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  folded_name TEXT NOT NULL,
  blank_kind TEXT NOT NULL,
  paper TEXT NOT NULL CHECK (paper IN ('A4', 'A3', 'custom')),
  width_mm REAL NOT NULL CHECK (width_mm > 0),
  height_mm REAL NOT NULL CHECK (height_mm > 0),
  orientation TEXT NOT NULL CHECK (orientation IN ('portrait', 'landscape')),
  fields_json TEXT NOT NULL,
  image BLOB,
  image_type TEXT CHECK (image_type IN ('png', 'jpg')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((image IS NULL) = (image_type IS NULL))
);
CREATE UNIQUE INDEX certificate_layouts_name ON certificate_layouts(folded_name);

INSERT INTO certificate_layouts (name, folded_name, blank_kind, paper, width_mm, height_mm, orientation, fields_json, created_at, updated_at)
VALUES (
  'Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)',
  'bang khen cua chu tich ubnd tinh a4 ngang',
  'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  'A4', 210, 297, 'landscape',
  '[{"key":"awardee","prefix":"","xMm":48,"yMm":88,"widthMm":200,"heightMm":12,"fontSize":22,"minFontSize":16,"bold":true,"italics":false,"align":"center"},{"key":"unit","prefix":"","xMm":48,"yMm":102,"widthMm":200,"heightMm":9,"fontSize":15,"minFontSize":11,"bold":false,"italics":false,"align":"center"},{"key":"achievement","prefix":"","xMm":48,"yMm":114,"widthMm":200,"heightMm":26,"fontSize":16,"minFontSize":12,"bold":false,"italics":true,"align":"center"},{"key":"placeDate","prefix":"","xMm":160,"yMm":146,"widthMm":110,"heightMm":8,"fontSize":14,"minFontSize":11,"bold":false,"italics":true,"align":"center"},{"key":"decision","prefix":"","xMm":25,"yMm":176,"widthMm":110,"heightMm":7,"fontSize":12,"minFontSize":10,"bold":false,"italics":false,"align":"left"},{"key":"registerNumber","prefix":"Số vào sổ:","xMm":25,"yMm":184,"widthMm":110,"heightMm":7,"fontSize":12,"minFontSize":10,"bold":false,"italics":false,"align":"left"}]',
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
);
`,
};
