import type { Migration } from './index';

// The document register, a round's dossiers, a year's recognitions and the inspection recommendations are
// read a page at a time: each filter the screens send and each default order gets an index, so a page and
// its count read their own range instead of the table (200.000 dossiers nationally).
export const migration017: Migration = {
  id: 17,
  name: 'lists: indexes for paged documents, nominations, recognitions and recommendations',
  sql: `
CREATE INDEX documents_register_order ON documents(date, year, number, id);
CREATE INDEX documents_type ON documents(type_abbreviation);
CREATE INDEX documents_status ON documents(status, date);
CREATE INDEX nominations_round_unit ON nominations(round_id, proposing_unit_id);
CREATE INDEX nominations_round_award ON nominations(round_id, award_code);
CREATE INDEX recognitions_year_level ON recognitions(year, level);
CREATE INDEX recommendations_deadline ON recommendations(deadline, id);
`,
};
