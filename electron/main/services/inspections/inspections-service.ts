import type { InspectionFields, ResultItemInput } from '../../../../shared/contract/inspections';
import type { Recognition } from '../../../../shared/domain/criteria';
import {
  type ChecklistTemplate,
  type Inspection,
  type InspectionDetail,
  type InspectionListItem,
  type InspectionStatus,
  type InspectionTeam,
  isVisitEditable,
  type TeamRole,
  type UnitRepresentative,
  VISIT_STATUSES,
  type VisitDetail,
  type VisitResult,
  type VisitStatus,
  type VisitSummary,
  type VisitWithWarnings,
} from '../../../../shared/domain/inspections';
import type { Movement } from '../../../../shared/domain/movements';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format/number';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { InspectionsRepository, VisitRow } from '../../db/repositories/inspections';
import type { Clock } from '../context';
import { inspectionMessages as msg } from './messages';
import { toRecommendation } from './recommendation-view';
import { scheduleWarnings } from './schedule';
import { applicableItems, missingRequired, scoreVisit } from './scoring';

interface Deps {
  db: Db;
  inspections: InspectionsRepository;
  units: { find(id: number): UnitListItem | null };
  movements: { find(id: number): Movement | null };
  /** The movement's records of a unit, shown on its visit. */
  records: { criteriaMet(unitId: number, year: number): number | null; recognitions(unitId: number): Recognition[] };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

export interface TeamInput {
  inspectionId: number;
  id?: number;
  version?: number;
  name: string;
  members: { personId: number; role: TeamRole }[];
}

export interface VisitFields {
  date: string;
  teamId: number | null;
  place: string;
}

export interface TemplateChange {
  id: number;
  version: number;
  title: string;
  items: { itemId: number; required: boolean; maxPoints: number | null }[];
  bands: { label: string; minPoints: number }[];
}

/** Steps whose records may still be edited (dates, team, findings). */
/** Steps in which results are recorded. */
const RECORDING: readonly VisitStatus[] = ['in-progress', 'results'];

/** Rounds, their teams and schedule, checklist results and scores, and the per-visit workflow. */
export function createInspectionsService(deps: Deps) {
  const { db, inspections: repo, units, movements, audit, clock } = deps;
  const today = () => clock.now().slice(0, 10);

  function audited(entity: string, id: number, action: 'create' | 'update', before: object | null, after: object, at: string) {
    audit.record({ entity, entityId: id, action, before, after, operator: deps.operator() }, at);
  }

  function mustGet(id: number): Inspection {
    const inspection = repo.get(id);
    if (!inspection) throw new AppError('NOT_FOUND', msg.notFound(id));
    return inspection;
  }

  function mustTemplate(id: number): ChecklistTemplate {
    const template = repo.template(id);
    if (!template) throw new AppError('NOT_FOUND', msg.templateNotFound(id));
    return template;
  }

  function mustVisit(id: number): VisitRow {
    const visit = repo.visit(id);
    if (!visit) throw new AppError('NOT_FOUND', msg.visitNotFound(id));
    return visit;
  }

  function team(id: number): InspectionTeam | null {
    const row = repo.team(id);
    return row
      ? { id: row.id, inspectionId: row.inspection_id, name: row.name, members: repo.members(row.id), version: row.version }
      : null;
  }

  function checkFields(fields: InspectionFields) {
    if (fields.periodTo < fields.periodFrom) {
      throw new AppError('VALIDATION', msg.periodReversed, [{ path: 'periodTo', message: msg.periodReversed }]);
    }
    for (const [index, id] of fields.movementIds.entries()) {
      if (!movements.find(id)) {
        throw new AppError('VALIDATION', msg.movementNotFound(id), [{ path: `movementIds.${index}`, message: msg.movementNotFound(id) }]);
      }
    }
  }

  const write = (fields: InspectionFields) => {
    const { movementIds: _ignored, ...rest } = fields;
    return rest;
  };

  function summary(row: VisitRow, year: number, template: ChecklistTemplate): VisitSummary {
    const results = repo.results(row.id);
    const asOf = today();
    return {
      id: row.id,
      inspectionId: row.inspection_id,
      unitId: row.unit_id,
      unitName: row.unit_name,
      unitKind: row.unit_kind,
      date: row.date,
      teamId: row.team_id,
      teamName: row.team_name,
      place: row.place,
      status: row.status,
      selfAssessmentDate: row.self_assessment_date,
      unitRepresentatives: JSON.parse(row.unit_representatives_json) as UnitRepresentative[],
      score: scoreVisit(template, row.unit_kind, results),
      missingRequired: missingRequired(template, row.unit_kind, results),
      carried: repo.carried(row.unit_id, year, row.id).map((r) => toRecommendation(repo, r, asOf)),
      version: row.version,
    };
  }

  function movementRecords(unitId: number, year: number) {
    const recognitions = deps.records.recognitions(unitId);
    return [year - 1, year].map((y) => ({
      year: y,
      criteriaMet: deps.records.criteriaMet(unitId, y),
      recognitions: recognitions.filter((r) => r.year === y),
    }));
  }

  function visitDetail(id: number): VisitDetail {
    const row = mustVisit(id);
    const inspection = mustGet(row.inspection_id);
    const template = mustTemplate(inspection.templateId);
    const asOf = today();
    return {
      ...summary(row, inspection.year, template),
      inspectionYear: inspection.year,
      inspectionTitle: inspection.title,
      team: row.team_id === null ? null : team(row.team_id),
      checklist: template,
      results: repo.results(id),
      strengths: row.strengths,
      shortcomings: row.shortcomings,
      causes: row.causes,
      recommendations: repo.recommendationsOfVisit(id).map((r) => toRecommendation(repo, r, asOf)),
      transitions: repo.transitions(id),
      movementRecords: movementRecords(row.unit_id, inspection.year),
    };
  }

  const warningsOf = (inspectionId: number) => scheduleWarnings(repo.visits(inspectionId), repo.bookings(inspectionId));

  function withWarnings(visitId: number): VisitWithWarnings {
    const visit = visitDetail(visitId);
    return { ...visit, warnings: warningsOf(visit.inspectionId).filter((w) => w.visitIds.includes(visitId)) };
  }

  /** The round is done when all its visits are, started once any visit left the plan. */
  function refreshStatus(inspectionId: number, at: string) {
    const statuses = repo.visitStatuses(inspectionId);
    let status: InspectionStatus = 'planned';
    if (statuses.length > 0 && statuses.every((s) => s === 'done')) status = 'done';
    else if (statuses.some((s) => s !== 'planned')) status = 'in-progress';
    repo.setStatus(inspectionId, status, at);
  }

  function checkTeam(inspectionId: number, teamId: number | null) {
    if (teamId === null) return;
    const row = repo.team(teamId);
    if (!row || row.inspection_id !== inspectionId) {
      throw new AppError('VALIDATION', msg.teamNotFound(teamId), [{ path: 'teamId', message: msg.teamNotFound(teamId) }]);
    }
  }

  function visitSnapshot(id: number) {
    const { unit_name: _n, unit_kind: _k, team_name: _t, ...row } = mustVisit(id);
    return { ...row, results: repo.results(id) };
  }

  return {
    list(year: number | null): InspectionListItem[] {
      return repo.list(year);
    },
    find(id: number): Inspection | null {
      return repo.get(id);
    },
    get(id: number): InspectionDetail {
      const inspection = mustGet(id);
      const template = mustTemplate(inspection.templateId);
      return {
        ...inspection,
        movements: inspection.movementIds.map((movementId) => ({ id: movementId, name: movements.find(movementId)?.name ?? '' })),
        teams: repo.teams(id).map((row) => team(row.id) as InspectionTeam),
        visits: repo.visits(id).map((row) => summary(row, inspection.year, template)),
        warnings: warningsOf(id),
      };
    },
    template(id: number | undefined): ChecklistTemplate {
      const templateId = id ?? repo.latestTemplateId();
      if (templateId === null) throw new AppError('NOT_FOUND', msg.noTemplate);
      return mustTemplate(templateId);
    },
    updateTemplate(input: TemplateChange): ChecklistTemplate {
      return db.transaction(() => {
        const before = mustTemplate(input.id);
        const items = new Map(before.sections.flatMap((sec) => sec.items).map((item) => [item.id, item]));
        for (const [index, change] of input.items.entries()) {
          if (!items.has(change.itemId)) {
            const message = msg.itemNotInChecklist(change.itemId);
            throw new AppError('VALIDATION', message, [{ path: `items.${index}.itemId`, message }]);
          }
        }
        const labels = new Set(input.bands.map((b) => b.label.toLocaleLowerCase('vi')));
        const minima = new Set(input.bands.map((b) => b.minPoints));
        if (labels.size !== input.bands.length || minima.size !== input.bands.length) {
          const twice = input.bands.find((b, i) => input.bands.findIndex((o) => o.label === b.label || o.minPoints === b.minPoints) !== i);
          const message = msg.bandTwice(twice?.label ?? '');
          throw new AppError('VALIDATION', message, [{ path: 'bands', message }]);
        }
        if (before.version !== input.version) throw new AppError('CONFLICT', msg.templateStale(before.title));
        const at = clock.now();
        // A template some visit used stays as it was, so its minutes keep their wording: the change is a new revision.
        let id = before.id;
        let itemIds = new Map([...items.keys()].map((key) => [key, key]));
        if (before.locked) ({ id, itemIds } = repo.copyTemplate(before, input.title, at));
        else if (!repo.touchTemplate(id, input.version, input.title, at)) throw new AppError('CONFLICT', msg.templateStale(before.title));
        for (const change of input.items) repo.updateItem(itemIds.get(change.itemId) as number, change.required, change.maxPoints);
        repo.setBands(id, input.bands);
        const after = mustTemplate(id);
        audited('checklist-template', id, before.locked ? 'create' : 'update', before.locked ? null : before, after, at);
        return after;
      })();
    },
    create(fields: InspectionFields): Inspection {
      return db.transaction(() => {
        checkFields(fields);
        const templateId = repo.latestTemplateId();
        if (templateId === null) throw new AppError('VALIDATION', msg.noTemplate);
        const at = clock.now();
        const id = repo.insert(write(fields), templateId, at);
        repo.setMovements(id, fields.movementIds);
        const created = mustGet(id);
        audited('inspection', id, 'create', null, created, at);
        return created;
      })();
    },
    update(id: number, version: number, fields: InspectionFields): Inspection {
      return db.transaction(() => {
        const before = mustGet(id);
        checkFields(fields);
        const at = clock.now();
        if (before.version !== version || !repo.update(id, version, write(fields), at)) {
          throw new AppError('CONFLICT', msg.stale(before.title));
        }
        repo.setMovements(id, fields.movementIds);
        const after = mustGet(id);
        audited('inspection', id, 'update', before, after, at);
        return after;
      })();
    },
    saveTeam(input: TeamInput): InspectionTeam {
      return db.transaction(() => {
        mustGet(input.inspectionId);
        const seen = new Set<number>();
        for (const [index, member] of input.members.entries()) {
          const person = repo.person(member.personId);
          const path = `members.${index}.personId`;
          if (!person)
            throw new AppError('VALIDATION', msg.personNotFound(member.personId), [{ path, message: msg.personNotFound(member.personId) }]);
          if (seen.has(person.id))
            throw new AppError('VALIDATION', msg.memberTwice(person.fullName), [{ path, message: msg.memberTwice(person.fullName) }]);
          seen.add(person.id);
        }
        if (input.members.length > 0 && input.members.filter((m) => m.role === 'leader').length !== 1) {
          throw new AppError('VALIDATION', msg.oneLeader, [{ path: 'members', message: msg.oneLeader }]);
        }
        const at = clock.now();
        if (input.id === undefined) {
          const id = repo.insertTeam(input.inspectionId, input.name, at);
          repo.setMembers(id, input.members);
          const created = team(id) as InspectionTeam;
          audited('inspection-team', id, 'create', null, created, at);
          return created;
        }
        const before = team(input.id);
        if (!before || before.inspectionId !== input.inspectionId) throw new AppError('NOT_FOUND', msg.teamNotFound(input.id));
        if (input.version === undefined)
          throw new AppError('VALIDATION', msg.teamVersionMissing, [{ path: 'version', message: msg.teamVersionMissing }]);
        if (before.version !== input.version || !repo.updateTeam(input.id, input.version, input.name, at)) {
          throw new AppError('CONFLICT', msg.teamStale(before.name));
        }
        repo.setMembers(input.id, input.members);
        const after = team(input.id) as InspectionTeam;
        audited('inspection-team', input.id, 'update', before, after, at);
        return after;
      })();
    },
    addVisit(inspectionId: number, unitId: number, fields: VisitFields): VisitWithWarnings {
      return db.transaction(() => {
        const inspection = mustGet(inspectionId);
        const unit = units.find(unitId);
        if (!unit) throw new AppError('VALIDATION', msg.unitNotFound(unitId), [{ path: 'unitId', message: msg.unitNotFound(unitId) }]);
        if (unit.archived)
          throw new AppError('VALIDATION', msg.unitArchived(unit.name), [{ path: 'unitId', message: msg.unitArchived(unit.name) }]);
        checkTeam(inspectionId, fields.teamId);
        const at = clock.now();
        const id = repo.insertVisit(inspectionId, unitId, fields, at);
        // A template used by a visit is frozen, so the minutes already signed keep their wording.
        repo.lockTemplate(inspection.templateId, at);
        audited('inspection-visit', id, 'create', null, visitSnapshot(id), at);
        refreshStatus(inspectionId, at);
        return withWarnings(id);
      })();
    },
    updateVisit(
      id: number,
      version: number,
      fields: VisitFields & { selfAssessmentDate: string | null; unitRepresentatives: UnitRepresentative[] },
    ): VisitWithWarnings {
      return db.transaction(() => {
        const row = mustVisit(id);
        if (!isVisitEditable(row.status)) throw new AppError('VALIDATION', msg.visitLocked(row.unit_name, row.status));
        checkTeam(row.inspection_id, fields.teamId);
        const before = visitSnapshot(id);
        const at = clock.now();
        if (row.version !== version || !repo.updateVisit(id, version, fields, at))
          throw new AppError('CONFLICT', msg.visitStale(row.unit_name));
        audited('inspection-visit', id, 'update', before, visitSnapshot(id), at);
        return withWarnings(id);
      })();
    },
    visit: visitDetail,
    /** Whether a visit exists (files, e.g. the self-assessment report, are attached to it). */
    visitExists(id: number): boolean {
      return repo.visit(id) !== null;
    },
    setResults(visitId: number, items: readonly ResultItemInput[]): VisitDetail {
      return db.transaction(() => {
        const row = mustVisit(visitId);
        if (!RECORDING.includes(row.status)) throw new AppError('VALIDATION', msg.resultsNotOpen(row.unit_name, row.status));
        const inspection = mustGet(row.inspection_id);
        const template = mustTemplate(inspection.templateId);
        const all = new Map(template.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
        const applicable = new Set(applicableItems(template, row.unit_kind).map((item) => item.id));
        const seen = new Set<number>();
        const results: VisitResult[] = items.map((input, index) => {
          const item = all.get(input.itemId);
          const fail = (message: string, field = 'itemId') =>
            new AppError('VALIDATION', message, [{ path: `items.${index}.${field}`, message }]);
          if (!item) throw fail(msg.itemNotInChecklist(input.itemId));
          if (seen.has(item.id)) throw fail(msg.itemTwice(item.code));
          seen.add(item.id);
          if (!applicable.has(item.id)) throw fail(msg.itemNotApplicable(item.code));
          const points = input.points ?? null;
          if (points !== null) {
            if (input.result === 'na') throw fail(msg.pointsForNa(item.code), 'points');
            if (item.maxPoints === null) throw fail(msg.pointsWithoutMax(item.code), 'points');
            if (points > item.maxPoints)
              throw fail(msg.pointsOverMax(item.code, formatNumber(item.maxPoints, Number.isInteger(item.maxPoints) ? 0 : 2)), 'points');
          }
          return { itemId: item.id, result: input.result, points, note: input.note };
        });
        const before = visitSnapshot(visitId);
        const at = clock.now();
        for (const result of results) repo.upsertResult(visitId, result, at);
        repo.touchVisit(visitId, at);
        audited('inspection-visit', visitId, 'update', before, visitSnapshot(visitId), at);
        return visitDetail(visitId);
      })();
    },
    setFindings(visitId: number, version: number, findings: { strengths: string; shortcomings: string; causes: string }): VisitDetail {
      return db.transaction(() => {
        const row = mustVisit(visitId);
        if (!isVisitEditable(row.status)) throw new AppError('VALIDATION', msg.visitLocked(row.unit_name, row.status));
        const before = visitSnapshot(visitId);
        const at = clock.now();
        if (row.version !== version || !repo.setFindings(visitId, version, findings, at))
          throw new AppError('CONFLICT', msg.visitStale(row.unit_name));
        audited('inspection-visit', visitId, 'update', before, visitSnapshot(visitId), at);
        return visitDetail(visitId);
      })();
    },
    transition(visitId: number, to: VisitStatus, reason: string, version: number): VisitDetail {
      return db.transaction(() => {
        const row = mustVisit(visitId);
        const from = row.status;
        const fromIndex = VISIT_STATUSES.indexOf(from);
        const toIndex = VISIT_STATUSES.indexOf(to);
        if (row.version !== version) throw new AppError('CONFLICT', msg.visitStale(row.unit_name));
        if (toIndex === fromIndex) throw new AppError('VALIDATION', msg.sameStatus(from));
        if (toIndex > fromIndex + 1) throw new AppError('VALIDATION', msg.skipForward(from, to, VISIT_STATUSES[fromIndex + 1]));
        if (toIndex < fromIndex && reason === '') {
          throw new AppError('VALIDATION', msg.reopenNeedsReason(to), [{ path: 'reason', message: msg.reopenNeedsReason(to) }]);
        }
        if (toIndex > fromIndex) {
          const results = repo.results(visitId);
          if (to === 'results' && results.length === 0) throw new AppError('VALIDATION', msg.noResults);
          if (to === 'signed') {
            const inspection = mustGet(row.inspection_id);
            const missing = missingRequired(mustTemplate(inspection.templateId), row.unit_kind, results);
            if (missing.length > 0) throw new AppError('VALIDATION', msg.missingRequired(missing.map((m) => `${m.code}. ${m.text}`)));
          }
        }
        const at = clock.now();
        if (!repo.setVisitStatus(visitId, version, to, at)) throw new AppError('CONFLICT', msg.visitStale(row.unit_name));
        repo.insertTransition(visitId, from, to, reason, deps.operator(), at);
        audited('inspection-visit', visitId, 'update', { status: from }, { status: to, reason }, at);
        refreshStatus(row.inspection_id, at);
        return visitDetail(visitId);
      })();
    },
  };
}

export type InspectionsService = ReturnType<typeof createInspectionsService>;
