import type { MilestoneFields } from '../../../../shared/contract/milestones';
import type { SubmissionInput, SubmissionsReceiveBulkInput } from '../../../../shared/contract/submissions';
import type {
  BulkReceiveResult,
  Milestone,
  MilestoneListItem,
  MovementUnit,
  OverdueItem,
  Submission,
} from '../../../../shared/domain/movements';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { MilestonesRepository, SubmissionRow } from '../../db/repositories/milestones';
import type { MovementsRepository } from '../../db/repositories/movements';
import type { Clock } from '../context';
import type { UnitHistoryService } from '../unit-history/unit-history-service';
import { movementMessages as msg } from './messages';

interface Deps {
  db: Db;
  movements: MovementsRepository;
  milestones: MilestonesRepository;
  unitHistory: Pick<UnitHistoryService, 'ref'>;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

/** Milestones of a movement and the documents (plans, reviews) each participating unit must send. */
export function createMilestonesService(deps: Deps) {
  const { db, movements, milestones, unitHistory, audit, clock } = deps;

  function mustGet(id: number): Milestone {
    const milestone = milestones.get(id);
    if (!milestone) throw new AppError('NOT_FOUND', msg.milestoneNotFound(id));
    return milestone;
  }

  /**
   * Units expected to submit for a milestone: the movement's participants other than its own area,
   * that still existed on the due date (a district abolished on 1/7/2025 owes no 2025 review).
   */
  function expectedUnits(milestone: Milestone): MovementUnit[] {
    if (!milestone.requiresSubmission) return [];
    const movement = movements.get(milestone.movementId);
    return movements.participants(milestone.movementId).filter((unit) => {
      if (unit.id === movement?.scopeUnitId) return false;
      const ref = unitHistory.ref(unit.id);
      return !ref?.validTo || ref.validTo >= milestone.dueDate;
    });
  }

  function toSubmission(
    milestone: Milestone,
    unit: Pick<MovementUnit, 'id' | 'name'>,
    row: SubmissionRow | null,
    attachments = row ? (milestones.attachmentCounts(milestone.id).get(row.id) ?? 0) : 0,
  ): Submission {
    const dueDate = row?.due_date ?? milestone.dueDate;
    const receivedDate = row?.received_date ?? null;
    return {
      id: row?.id ?? null,
      milestoneId: milestone.id,
      unitId: unit.id,
      unitName: unit.name,
      dueDate,
      receivedDate,
      documentNumber: row?.doc_number ?? '',
      filePath: row?.file_path ?? '',
      note: row?.note ?? '',
      notRequired: row?.not_required === 1,
      daysLate: receivedDate ? Math.max(0, daysBetween(dueDate, receivedDate)) : null,
      attachments,
      version: row?.version ?? null,
    };
  }

  /** Whether a submission still counts against the unit: neither received nor excused. */
  const outstanding = (submission: Submission) => !submission.receivedDate && !submission.notRequired;

  function listSubmissions(milestone: Milestone): Submission[] {
    const rows = new Map(milestones.submissions(milestone.id).map((row) => [row.unit_id, row]));
    const counts = milestones.attachmentCounts(milestone.id);
    return expectedUnits(milestone).map((unit) => {
      const row = rows.get(unit.id) ?? null;
      return toSubmission(milestone, unit, row, row ? (counts.get(row.id) ?? 0) : 0);
    });
  }

  function audited(entity: string, id: number, action: 'create' | 'update', before: object | null, after: object, at: string) {
    audit.record({ entity, entityId: id, action, before, after, operator: deps.operator() }, at);
  }

  return {
    list(movementId: number): MilestoneListItem[] {
      if (!movements.get(movementId)) throw new AppError('NOT_FOUND', msg.notFound(movementId));
      return milestones.list(movementId).map((milestone) => {
        // Units excused from a milestone ("không yêu cầu nộp") are not expected to send anything.
        const submissions = listSubmissions(milestone).filter((s) => !s.notRequired);
        return { ...milestone, expected: submissions.length, received: submissions.filter((s) => s.receivedDate).length };
      });
    },
    create(movementId: number, fields: MilestoneFields): Milestone {
      return db.transaction(() => {
        if (!movements.get(movementId)) throw new AppError('NOT_FOUND', msg.notFound(movementId));
        const at = clock.now();
        const id = milestones.insert(movementId, fields, at);
        const created = mustGet(id);
        audited('milestone', id, 'create', null, created, at);
        return created;
      })();
    },
    update(id: number, version: number, fields: MilestoneFields): Milestone {
      return db.transaction(() => {
        const before = mustGet(id);
        const at = clock.now();
        if (before.version !== version || !milestones.update(id, version, fields, at)) {
          throw new AppError('CONFLICT', msg.milestoneStale(before.title));
        }
        const after = mustGet(id);
        audited('milestone', id, 'update', before, after, at);
        return after;
      })();
    },
    /** One milestone (NOT_FOUND when there is none), for the exports of its submissions. */
    get: mustGet,
    /** Whether a unit's submission record exists (files are attached to it). */
    submissionExists(id: number): boolean {
      return milestones.submissionById(id) !== null;
    },
    submissions(milestoneId: number): Submission[] {
      return listSubmissions(mustGet(milestoneId));
    },
    setSubmission(input: SubmissionInput): Submission {
      return db.transaction(() => {
        const milestone = mustGet(input.milestoneId);
        if (!milestone.requiresSubmission) throw new AppError('VALIDATION', msg.noSubmissionRequired(milestone.title));
        const movement = movements.get(milestone.movementId);
        const unit = movements.participants(milestone.movementId).find((u) => u.id === input.unitId);
        if (!unit || !movement) {
          const name = unitHistory.ref(input.unitId)?.name ?? `#${input.unitId}`;
          throw new AppError('VALIDATION', msg.notParticipant(name, movement?.name ?? ''), [
            { path: 'unitId', message: msg.notParticipant(name, movement?.name ?? '') },
          ]);
        }
        if (input.receivedDate && movement.document.date && input.receivedDate < movement.document.date) {
          throw new AppError('VALIDATION', msg.receivedBeforeLaunch, [{ path: 'receivedDate', message: msg.receivedBeforeLaunch }]);
        }
        const existing = milestones.submission(milestone.id, unit.id);
        const fields = {
          dueDate: input.dueDate,
          receivedDate: input.receivedDate,
          documentNumber: input.documentNumber,
          filePath: input.filePath ?? existing?.file_path ?? '',
          notRequired: input.notRequired,
          note: input.note,
        };
        const at = clock.now();
        if (!existing) {
          if (input.version !== null) throw new AppError('CONFLICT', msg.submissionStale(unit.name));
          const id = milestones.insertSubmission(milestone.id, unit.id, fields, at);
          const created = toSubmission(milestone, unit, milestones.submission(milestone.id, unit.id));
          audited('submission', id, 'create', null, created, at);
          return created;
        }
        if (input.version !== existing.version || !milestones.updateSubmission(existing.id, input.version, fields, at)) {
          throw new AppError('CONFLICT', msg.submissionStale(unit.name));
        }
        const after = toSubmission(milestone, unit, milestones.submission(milestone.id, unit.id));
        audited('submission', existing.id, 'update', toSubmission(milestone, unit, existing), after, at);
        return after;
      })();
    },
    /**
     * Marks received on one date every chosen submission not yet received (or all of the milestone's),
     * e.g. the milestones already past when the app is first used; each change audited, all or nothing.
     */
    receiveBulk(input: SubmissionsReceiveBulkInput): BulkReceiveResult {
      return db.transaction(() => {
        const milestone = mustGet(input.milestoneId);
        if (!milestone.requiresSubmission) throw new AppError('VALIDATION', msg.noSubmissionRequired(milestone.title));
        const movement = movements.get(milestone.movementId);
        if (movement?.document.date && input.receivedDate < movement.document.date) {
          throw new AppError('VALIDATION', msg.receivedBeforeLaunch, [{ path: 'receivedDate', message: msg.receivedBeforeLaunch }]);
        }
        const all = listSubmissions(milestone);
        const byUnit = new Map(all.map((s) => [s.unitId, s]));
        if (input.unitIds !== 'all') {
          const stranger = input.unitIds.find((id) => !byUnit.has(id));
          if (stranger !== undefined) {
            const name = unitHistory.ref(stranger)?.name ?? `#${stranger}`;
            const message = msg.notParticipant(name, movement?.name ?? '');
            throw new AppError('VALIDATION', message, [{ path: 'unitIds', message }]);
          }
        }
        const chosen = input.unitIds === 'all' ? all : input.unitIds.map((id) => byUnit.get(id) as Submission);
        const at = clock.now();
        let updated = 0;
        for (const before of chosen.filter(outstanding)) {
          const unit = { id: before.unitId, name: before.unitName };
          const row = milestones.submission(milestone.id, before.unitId);
          const fields = {
            dueDate: row?.due_date ?? null,
            receivedDate: input.receivedDate,
            documentNumber: before.documentNumber,
            filePath: before.filePath,
            notRequired: false,
            note: before.note,
          };
          let id: number;
          if (!row) id = milestones.insertSubmission(milestone.id, before.unitId, fields, at);
          else if (milestones.updateSubmission(row.id, row.version, fields, at)) id = row.id;
          else throw new AppError('CONFLICT', msg.submissionStale(before.unitName));
          const after = toSubmission(milestone, unit, milestones.submission(milestone.id, before.unitId));
          audited('submission', id, row ? 'update' : 'create', row ? before : null, after, at);
          updated += 1;
        }
        return { updated };
      })();
    },
    /** What is late on `asOf`: milestones not completed and units that have not sent their document. */
    overdue(movementId: number, asOf: string): OverdueItem[] {
      if (!movements.get(movementId)) throw new AppError('NOT_FOUND', msg.notFound(movementId));
      const items: OverdueItem[] = [];
      for (const milestone of milestones.list(movementId)) {
        if (!milestone.requiresSubmission) {
          if (!milestone.completedDate && milestone.dueDate < asOf) {
            items.push({
              milestoneId: milestone.id,
              milestoneTitle: milestone.title,
              unitId: null,
              unitName: milestone.responsible,
              dueDate: milestone.dueDate,
              daysOverdue: daysBetween(milestone.dueDate, asOf),
            });
          }
          continue;
        }
        for (const submission of listSubmissions(milestone)) {
          if (!outstanding(submission) || submission.dueDate >= asOf) continue;
          items.push({
            milestoneId: milestone.id,
            milestoneTitle: milestone.title,
            unitId: submission.unitId,
            unitName: submission.unitName,
            dueDate: submission.dueDate,
            daysOverdue: daysBetween(submission.dueDate, asOf),
          });
        }
      }
      return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.unitName.localeCompare(b.unitName, 'vi'));
    },
  };
}

export type MilestonesService = ReturnType<typeof createMilestonesService>;
