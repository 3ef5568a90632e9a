import type { Migration } from './index';

// Handing over: per award, when its certificate was printed and handed over, and to whom. The award
// register is filtered by unit and movement and the decisions list by year and status in SQL over a
// national register (a million awards), so each filter has its index.
export const migration014: Migration = {
  id: 14,
  name: 'decisions: handing over of awards; indexes of the award register and the decisions list',
  sql: `
ALTER TABLE council_decision_items ADD COLUMN printed_on TEXT;
ALTER TABLE council_decision_items ADD COLUMN handed_over_on TEXT;
ALTER TABLE council_decision_items ADD COLUMN received_by TEXT NOT NULL DEFAULT '';
CREATE INDEX council_decisions_year ON council_decisions(year, status, date);
CREATE INDEX nominations_proposing_unit ON nominations(proposing_unit_id);
CREATE INDEX nominations_award ON nominations(award_code);
CREATE INDEX nomination_rounds_movement ON nomination_rounds(movement_id);
`,
};
