import type { Milestone, MilestoneKind } from '../../../../shared/domain/movements';
import type { Db } from '../connection';

interface MilestoneRow {
  id: number;
  movement_id: number;
  ordinal: number;
  title: string;
  kind: MilestoneKind;
  due_date: string;
  responsible: string;
  requires_submission: number;
  completed_date: string | null;
  note: string;
  version: number;
}

export interface SubmissionRow {
  id: number;
  milestone_id: number;
  unit_id: number;
  due_date: string | null;
  received_date: string | null;
  doc_number: string;
  file_path: string;
  note: string;
  not_required: number;
  version: number;
}

export type MilestoneWrite = Omit<Milestone, 'id' | 'movementId' | 'version'>;

export interface SubmissionWrite {
  dueDate: string | null;
  receivedDate: string | null;
  documentNumber: string;
  filePath: string;
  notRequired: boolean;
  note: string;
}

function toMilestone(row: MilestoneRow): Milestone {
  return {
    id: row.id,
    movementId: row.movement_id,
    ordinal: row.ordinal,
    title: row.title,
    kind: row.kind,
    dueDate: row.due_date,
    responsible: row.responsible,
    requiresSubmission: row.requires_submission === 1,
    completedDate: row.completed_date,
    note: row.note,
    version: row.version,
  };
}

/** SQL about a movement's milestones and the documents units submit for them. */
export function createMilestonesRepository(db: Db) {
  const byMovement = db.prepare('SELECT * FROM milestones WHERE movement_id = ? ORDER BY ordinal, id');
  const byId = db.prepare('SELECT * FROM milestones WHERE id = ?');
  const insert = db.prepare(`INSERT INTO milestones
    (movement_id, ordinal, title, kind, due_date, responsible, requires_submission, completed_date, note, created_at, updated_at)
    VALUES (@movementId, @ordinal, @title, @kind, @dueDate, @responsible, @requiresSubmission, @completedDate, @note, @at, @at)`);
  const update = db.prepare(`UPDATE milestones SET ordinal = @ordinal, title = @title, kind = @kind, due_date = @dueDate,
    responsible = @responsible, requires_submission = @requiresSubmission, completed_date = @completedDate, note = @note,
    version = version + 1, updated_at = @at WHERE id = @id AND version = @version`);
  const submissions = db.prepare('SELECT * FROM submissions WHERE milestone_id = ?');
  const submission = db.prepare('SELECT * FROM submissions WHERE milestone_id = ? AND unit_id = ?');
  const submissionById = db.prepare('SELECT * FROM submissions WHERE id = ?');
  const attachmentCounts = db.prepare(`SELECT a.owner_id AS id, COUNT(*) AS n FROM attachments a
    JOIN submissions s ON s.id = a.owner_id WHERE a.owner_kind = 'submission' AND s.milestone_id = ? GROUP BY a.owner_id`);
  const insertSubmission = db.prepare(`INSERT INTO submissions
    (milestone_id, unit_id, due_date, received_date, doc_number, file_path, not_required, note, created_at, updated_at)
    VALUES (@milestoneId, @unitId, @dueDate, @receivedDate, @documentNumber, @filePath, @notRequired, @note, @at, @at)`);
  const updateSubmission = db.prepare(`UPDATE submissions SET due_date = @dueDate, received_date = @receivedDate,
    doc_number = @documentNumber, file_path = @filePath, not_required = @notRequired, note = @note, version = version + 1, updated_at = @at
    WHERE id = @id AND version = @version`);

  const flags = (fields: MilestoneWrite) => ({ ...fields, requiresSubmission: fields.requiresSubmission ? 1 : 0 });

  return {
    list(movementId: number): Milestone[] {
      return (byMovement.all(movementId) as MilestoneRow[]).map(toMilestone);
    },
    get(id: number): Milestone | null {
      const row = byId.get(id) as MilestoneRow | undefined;
      return row ? toMilestone(row) : null;
    },
    insert(movementId: number, fields: MilestoneWrite, at: string): number {
      return Number(insert.run({ ...flags(fields), movementId, at }).lastInsertRowid);
    },
    update(id: number, version: number, fields: MilestoneWrite, at: string): boolean {
      return update.run({ ...flags(fields), id, version, at }).changes === 1;
    },
    submissions(milestoneId: number): SubmissionRow[] {
      return submissions.all(milestoneId) as SubmissionRow[];
    },
    submission(milestoneId: number, unitId: number): SubmissionRow | null {
      return (submission.get(milestoneId, unitId) as SubmissionRow | undefined) ?? null;
    },
    /** How many files are attached to each of a milestone's submissions, by submission id. */
    attachmentCounts(milestoneId: number): Map<number, number> {
      return new Map((attachmentCounts.all(milestoneId) as { id: number; n: number }[]).map((row) => [row.id, row.n]));
    },
    submissionById(id: number): SubmissionRow | null {
      return (submissionById.get(id) as SubmissionRow | undefined) ?? null;
    },
    insertSubmission(milestoneId: number, unitId: number, fields: SubmissionWrite, at: string): number {
      return Number(insertSubmission.run({ ...fields, notRequired: fields.notRequired ? 1 : 0, milestoneId, unitId, at }).lastInsertRowid);
    },
    updateSubmission(id: number, version: number, fields: SubmissionWrite, at: string): boolean {
      return updateSubmission.run({ ...fields, notRequired: fields.notRequired ? 1 : 0, id, version, at }).changes === 1;
    },
  };
}

export type MilestonesRepository = ReturnType<typeof createMilestonesRepository>;
