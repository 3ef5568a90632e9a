import type { Recommendation } from '../../../../shared/domain/inspections';
import type { InspectionsRepository, RecommendationRow } from '../../db/repositories/inspections';

/** A stored recommendation as channels show it, 'overdue' computed on the given day. */
export function toRecommendation(repo: InspectionsRepository, row: RecommendationRow, asOf: string): Recommendation {
  return {
    id: row.id,
    visitId: row.visit_id,
    inspectionId: row.inspection_id,
    inspectionYear: row.inspection_year,
    unitId: row.unit_id,
    unitName: row.unit_name,
    text: row.text,
    responsibleUnitId: row.responsible_unit_id,
    responsibleUnitName: row.responsible_unit_name,
    deadline: row.deadline,
    status: row.status,
    overdue: row.status !== 'done' && row.deadline < asOf,
    closedInVisitId: row.closed_in_visit_id,
    notes: repo.notes(row.id),
    version: row.version,
  };
}
