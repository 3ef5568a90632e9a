import { type ListPage, pageOffset } from '../../../../shared/contract/paging';
import type { RecommendationPageInput } from '../../../../shared/contract/recommendations';
import type { Recommendation, RecommendationFilterStatus, RecommendationStatus } from '../../../../shared/domain/inspections';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { foldedWords } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { InspectionsRepository, RecommendationFilter, RecommendationRow } from '../../db/repositories/inspections';
import type { Clock } from '../context';
import { inspectionMessages as msg } from './messages';
import { toRecommendation } from './recommendation-view';

interface Deps {
  db: Db;
  inspections: InspectionsRepository;
  units: { find(id: number): UnitListItem | null };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

export interface RecommendationInput {
  visitId: number;
  text: string;
  responsibleUnitId: number;
  deadline: string;
}

export interface RecommendationChange {
  text?: string;
  responsibleUnitId?: number;
  deadline?: string;
  status?: RecommendationStatus;
  followUp?: { date: string; text: string };
  closedInVisitId?: number | null;
}

/** Recommendations (kiến nghị) made at a visit, followed up with dated notes until closed, possibly years later. */
export function createRecommendationsService(deps: Deps) {
  const { db, inspections: repo, units, audit, clock } = deps;
  const today = () => clock.now().slice(0, 10);

  function mustRow(id: number): RecommendationRow {
    const row = repo.recommendation(id);
    if (!row) throw new AppError('NOT_FOUND', msg.recommendationNotFound(id));
    return row;
  }

  const view = (id: number) => toRecommendation(repo, mustRow(id), today());

  function checkUnit(id: number) {
    const unit = units.find(id);
    if (!unit) throw new AppError('VALIDATION', msg.unitNotFound(id), [{ path: 'responsibleUnitId', message: msg.unitNotFound(id) }]);
  }

  function record(id: number, action: 'create' | 'update', before: object | null, after: object, at: string) {
    audit.record({ entity: 'recommendation', entityId: id, action, before, after, operator: deps.operator() }, at);
  }

  return {
    create(input: RecommendationInput): Recommendation {
      return db.transaction(() => {
        const visit = repo.visit(input.visitId);
        if (!visit) throw new AppError('NOT_FOUND', msg.visitNotFound(input.visitId));
        if (!['planned', 'in-progress', 'results'].includes(visit.status)) {
          throw new AppError('VALIDATION', msg.visitLocked(visit.unit_name, visit.status));
        }
        checkUnit(input.responsibleUnitId);
        if (input.deadline < visit.date) {
          throw new AppError('VALIDATION', msg.deadlineBeforeVisit, [{ path: 'deadline', message: msg.deadlineBeforeVisit }]);
        }
        const at = clock.now();
        const id = repo.insertRecommendation(input.visitId, input, at);
        const created = view(id);
        record(id, 'create', null, created, at);
        return created;
      })();
    },
    update(id: number, version: number, change: RecommendationChange): Recommendation {
      return db.transaction(() => {
        const row = mustRow(id);
        const before = view(id);
        if (row.version !== version) throw new AppError('CONFLICT', msg.recommendationStale);
        if (change.responsibleUnitId !== undefined) checkUnit(change.responsibleUnitId);
        const status = change.status ?? row.status;
        let closedInVisitId = change.closedInVisitId === undefined ? row.closed_in_visit_id : change.closedInVisitId;
        if (status !== 'done') {
          if (change.closedInVisitId)
            throw new AppError('VALIDATION', msg.closeNeedsDone, [{ path: 'closedInVisitId', message: msg.closeNeedsDone }]);
          closedInVisitId = null;
        }
        if (closedInVisitId !== null && closedInVisitId !== row.closed_in_visit_id) {
          const later = repo.visit(closedInVisitId);
          const laterYear = later ? repo.get(later.inspection_id)?.year : undefined;
          if (!later || later.unit_id !== row.unit_id || laterYear === undefined || laterYear <= row.inspection_year) {
            throw new AppError('VALIDATION', msg.closedVisitNotLater, [{ path: 'closedInVisitId', message: msg.closedVisitNotLater }]);
          }
        }
        const deadline = change.deadline ?? row.deadline;
        const at = clock.now();
        const fields = {
          text: change.text ?? row.text,
          responsibleUnitId: change.responsibleUnitId ?? row.responsible_unit_id,
          deadline,
          status,
          closedInVisitId,
        };
        if (!repo.updateRecommendation(id, version, fields, at)) throw new AppError('CONFLICT', msg.recommendationStale);
        if (change.followUp) repo.insertNote(id, change.followUp.date, change.followUp.text, deps.operator(), at);
        const after = view(id);
        record(id, 'update', before, after, at);
        return after;
      })();
    },
    /** Every recommendation the filters match (a report, a workbook); 'overdue' means not done with its deadline before `overdueOn` (today when not given). */
    list(filter: RecommendationListFilter): Recommendation[] {
      const asOf = filter.overdueOn ?? today();
      return repo.recommendations(toQuery(filter)).map((row) => toRecommendation(repo, row, asOf));
    },
    /** How many the filters match (a unit's overdue recommendations flagged on its nominations). */
    count(filter: RecommendationListFilter): number {
      return repo.countRecommendations(toQuery(filter));
    },
    /** One page, filtered, ordered and counted in SQL. */
    page(input: RecommendationPageInput): ListPage<Recommendation> {
      const { page: _page, pageSize, sort, direction, ...filter } = input;
      const asOf = filter.overdueOn ?? today();
      const query = toQuery(filter);
      const rows = repo.recommendationsPage(
        query,
        { sort: sort ?? 'deadline', direction: direction ?? 'asc' },
        pageOffset(input),
        pageSize,
      );
      return { rows: rows.map((row) => toRecommendation(repo, row, asOf)), total: repo.countRecommendations(query) };
    },
  };

  function toQuery(filter: RecommendationListFilter): RecommendationFilter {
    const query: RecommendationFilter = { unitId: filter.unitId, inspectionId: filter.inspectionId };
    if (filter.status === 'overdue') query.overdueBefore = filter.overdueOn ?? today();
    else if (filter.status) query.statuses = [filter.status];
    if (filter.overdueOn) query.overdueBefore = filter.overdueOn;
    if (filter.query) query.words = foldedWords(filter.query);
    return query;
  }
}

/** The list's filters as services inside main pass them (the channel's, without the page). */
export interface RecommendationListFilter {
  unitId?: number;
  inspectionId?: number;
  status?: RecommendationFilterStatus;
  overdueOn: string | null;
  query?: string;
}

export type RecommendationsService = ReturnType<typeof createRecommendationsService>;
