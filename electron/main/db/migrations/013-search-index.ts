import type { Migration } from './index';

// The search index (issue 13): a word-to-row table per searchable register, read by index ranges, so a
// search never scans the whole table. The text indexed is the folded column the repositories already
// write (units.name_folded, nominees.folded_name: no case, no diacritics, đ -> d, zero-width removed),
// and triggers keep the terms in step with it on every write path (one row, a batch, an import), in
// plain SQL, so any connection (the sqlite3 shell included) keeps the index right.
//
// A unit's terms are its folded words joined from each word to the end ("huyen ia h drai" -> huyeniahdrai,
// iahdrai, hdrai, drai): a query word that starts a word, and a query typed without spaces that runs on
// from a word ("hdrai", "dakha"), are both a prefix range of these terms. A nominee's terms are its words.

/** The folded text's words as a JSON array (folded text holds letters, digits and single spaces only). */
const wordsOf = (column: string) => `json_each('["' || replace(replace(replace(${column}, '\\', '\\\\'), '"', '\\"'), ' ', '","') || '"]')`;

/** `from` is the trigger's row (new) or, to fill the index once, the table itself. */
const unitTerms = (row: string, from = '') => `
  INSERT OR IGNORE INTO unit_search_terms (term, unit_id)
  SELECT (SELECT group_concat(later.value, '' ORDER BY later.key) FROM ${wordsOf(`${row}.name_folded`)} later WHERE later.key >= w.key),
    ${row}.id
  FROM ${from}${wordsOf(`${row}.name_folded`)} w WHERE w.value <> ''`;

const nomineeTerms = (row: string, from = '') => `
  INSERT OR IGNORE INTO nominee_search_terms (term, nominee_id)
  SELECT w.value, ${row}.id FROM ${from}${wordsOf(`${row}.folded_name`)} w WHERE w.value <> ''`;

export const migration013: Migration = {
  id: 13,
  name: 'search index: folded terms of units and nominees, kept by triggers',
  sql: `
CREATE TABLE unit_search_terms (
  term TEXT NOT NULL,
  unit_id INTEGER NOT NULL
);
CREATE UNIQUE INDEX unit_search_terms_term ON unit_search_terms(term, unit_id);
CREATE INDEX unit_search_terms_unit ON unit_search_terms(unit_id, term);
${unitTerms('units', 'units, ')};

CREATE TRIGGER unit_search_terms_insert AFTER INSERT ON units BEGIN
${unitTerms('new')};
END;
CREATE TRIGGER unit_search_terms_update AFTER UPDATE OF name_folded ON units WHEN new.name_folded IS NOT old.name_folded BEGIN
  DELETE FROM unit_search_terms WHERE unit_id = old.id;
${unitTerms('new')};
END;
CREATE TRIGGER unit_search_terms_delete AFTER DELETE ON units BEGIN
  DELETE FROM unit_search_terms WHERE unit_id = old.id;
END;

CREATE TABLE nominee_search_terms (
  term TEXT NOT NULL,
  nominee_id INTEGER NOT NULL
);
CREATE UNIQUE INDEX nominee_search_terms_term ON nominee_search_terms(term, nominee_id);
CREATE INDEX nominee_search_terms_nominee ON nominee_search_terms(nominee_id, term);
${nomineeTerms('nominees', 'nominees, ')};

CREATE TRIGGER nominee_search_terms_insert AFTER INSERT ON nominees BEGIN
${nomineeTerms('new')};
END;
CREATE TRIGGER nominee_search_terms_update AFTER UPDATE OF folded_name ON nominees WHEN new.folded_name IS NOT old.folded_name BEGIN
  DELETE FROM nominee_search_terms WHERE nominee_id = old.id;
${nomineeTerms('new')};
END;
CREATE TRIGGER nominee_search_terms_delete AFTER DELETE ON nominees BEGIN
  DELETE FROM nominee_search_terms WHERE nominee_id = old.id;
END;

-- Lists and the search read units in this order; the index lets a query common to thousands of units
-- stop at the first page instead of sorting them all, its words and archive state checked in the index.
CREATE INDEX units_kind_rank_name ON units((CASE kind WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 WHEN 'village' THEN 3 ELSE 4 END), name_folded, archived);
`,
};
