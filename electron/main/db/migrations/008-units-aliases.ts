import type { Migration } from './index';

// Names as people write them (issue 14). A unit's match key is its name without the administrative
// type, folded and without spaces ("Xã Đắk Ui" -> "dakui"), plus the key reversed so a one-letter
// difference is found by a prefix or a suffix range on an index, never by reading the whole table.
// Keys are derived in TypeScript (folding is not SQL): the units repository fills missing ones when it
// opens, and writes them with every insert and update. Aliases (tên gọi khác) carry the same keys.
export const migration008: Migration = {
  id: 8,
  name: 'units aliases: name keys and other names (tên gọi khác)',
  sql: `
ALTER TABLE units ADD COLUMN name_key TEXT;
ALTER TABLE units ADD COLUMN name_key_rev TEXT;
CREATE INDEX units_name_key ON units(name_key);
CREATE INDEX units_name_key_rev ON units(name_key_rev);

CREATE TABLE unit_aliases (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  name_key TEXT NOT NULL,
  name_key_rev TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('user', 'import', 'renamed', 'merged')),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX unit_aliases_unit_name ON unit_aliases(unit_id, name_folded);
CREATE INDEX unit_aliases_key ON unit_aliases(name_key);
CREATE INDEX unit_aliases_key_rev ON unit_aliases(name_key_rev);
`,
};
