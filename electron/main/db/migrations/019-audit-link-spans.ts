import type { Migration } from './index';

// A batch entry's links name runs of consecutive entity ids: `span` rows from `entity_id`, items from
// `item` on. An import creates its rows with consecutive ids, so its thousand links become two or three
// rows (a run holds at most AUDIT_SPAN_MAX ids, which bounds the index range a lookup reads); scattered
// ids stay one row each, as before. The view of migration 015 read one row per id and cannot expand a
// run through an index, so the audit repository now reads the links itself.
export const migration019: Migration = {
  id: 19,
  name: 'audit: batch links as runs of consecutive ids',
  sql: `
ALTER TABLE audit_links ADD COLUMN span INTEGER NOT NULL DEFAULT 1 CHECK (span BETWEEN 1 AND 512);
DROP VIEW audit_entries;
`,
};
