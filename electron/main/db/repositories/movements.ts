import type { Movement, MovementKind, MovementListItem, MovementStatus, MovementUnit } from '../../../../shared/domain/movements';
import type { Target, TargetDefinition, TargetDirection } from '../../../../shared/domain/targets';
import type { Db } from '../connection';

interface MovementRow {
  id: number;
  name: string;
  kind: MovementKind;
  start_year: number;
  end_year: number;
  doc_number: string;
  doc_date: string | null;
  doc_issuer: string;
  doc_title: string;
  attachment_path: string;
  description: string;
  scope_unit_id: number | null;
  status: MovementStatus;
  version: number;
  created_at: string;
  updated_at: string;
}

interface TargetRow {
  id: number;
  movement_id: number;
  code: string;
  ordinal: number;
  label: string;
  definition: string;
  goal: number | null;
  direction: TargetDirection;
  base_year: number;
  note: string;
  version: number;
}

export interface MovementWrite {
  name: string;
  kind: MovementKind;
  startYear: number;
  endYear: number;
  docNumber: string;
  docDate: string | null;
  docIssuer: string;
  docTitle: string;
  attachmentPath: string;
  description: string;
  scopeUnitId: number | null;
  status: MovementStatus;
}

export type TargetWrite = Omit<Target, 'id' | 'movementId' | 'version'>;

function toMovement(row: MovementRow): Movement {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    startYear: row.start_year,
    endYear: row.end_year,
    document: {
      number: row.doc_number,
      date: row.doc_date,
      issuer: row.doc_issuer,
      title: row.doc_title,
      attachmentPath: row.attachment_path,
    },
    description: row.description,
    scopeUnitId: row.scope_unit_id,
    status: row.status,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toTarget(row: TargetRow): Target {
  return {
    id: row.id,
    movementId: row.movement_id,
    code: row.code,
    ordinal: row.ordinal,
    label: row.label,
    definition: JSON.parse(row.definition) as TargetDefinition,
    goal: row.goal,
    direction: row.direction,
    baseYear: row.base_year,
    note: row.note,
    version: row.version,
  };
}

const FIELDS = `name = @name, kind = @kind, start_year = @startYear, end_year = @endYear, doc_number = @docNumber, doc_date = @docDate,
  doc_issuer = @docIssuer, doc_title = @docTitle, attachment_path = @attachmentPath, description = @description,
  scope_unit_id = @scopeUnitId, status = @status`;

/** SQL about movements, their participating units and their target definitions. */
export function createMovementsRepository(db: Db) {
  const list = db.prepare(`SELECT m.*,
      (SELECT COUNT(*) FROM movement_units mu WHERE mu.movement_id = m.id) AS participant_count,
      (SELECT COUNT(*) FROM movement_targets t WHERE t.movement_id = m.id) AS target_count
    FROM movements m ORDER BY m.start_year DESC, m.id DESC`);
  const byId = db.prepare('SELECT * FROM movements WHERE id = ?');
  const insert = db.prepare(`INSERT INTO movements (name, kind, start_year, end_year, doc_number, doc_date, doc_issuer, doc_title,
    attachment_path, description, scope_unit_id, status, created_at, updated_at)
    VALUES (@name, @kind, @startYear, @endYear, @docNumber, @docDate, @docIssuer, @docTitle, @attachmentPath, @description,
    @scopeUnitId, @status, @at, @at)`);
  const update = db.prepare(
    `UPDATE movements SET ${FIELDS}, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`,
  );
  const participants = db.prepare(`SELECT u.id, u.name, u.kind FROM movement_units mu JOIN units u ON u.id = mu.unit_id
    WHERE mu.movement_id = ? ORDER BY CASE u.kind WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'agency' THEN 2 ELSE 3 END, u.name_folded`);
  const clearParticipants = db.prepare('DELETE FROM movement_units WHERE movement_id = ?');
  const addParticipant = db.prepare('INSERT INTO movement_units (movement_id, unit_id) VALUES (?, ?)');
  const targets = db.prepare('SELECT * FROM movement_targets WHERE movement_id = ? ORDER BY ordinal, id');
  const targetById = db.prepare('SELECT * FROM movement_targets WHERE id = ?');
  const targetByCode = db.prepare('SELECT id FROM movement_targets WHERE movement_id = ? AND code = ?');
  const insertTarget = db.prepare(`INSERT INTO movement_targets
    (movement_id, code, ordinal, label, definition, goal, direction, base_year, note, created_at, updated_at)
    VALUES (@movementId, @code, @ordinal, @label, @definition, @goal, @direction, @baseYear, @note, @at, @at)`);
  const updateTarget = db.prepare(`UPDATE movement_targets SET code = @code, ordinal = @ordinal, label = @label, definition = @definition,
    goal = @goal, direction = @direction, base_year = @baseYear, note = @note, version = version + 1, updated_at = @at
    WHERE id = @id AND version = @version`);

  return {
    list(): MovementListItem[] {
      return (list.all() as (MovementRow & { participant_count: number; target_count: number })[]).map((row) => ({
        ...toMovement(row),
        participantCount: row.participant_count,
        targetCount: row.target_count,
      }));
    },
    get(id: number): Movement | null {
      const row = byId.get(id) as MovementRow | undefined;
      return row ? toMovement(row) : null;
    },
    insert(fields: MovementWrite, at: string): number {
      return Number(insert.run({ ...fields, at }).lastInsertRowid);
    },
    update(id: number, version: number, fields: MovementWrite, at: string): boolean {
      return update.run({ ...fields, id, version, at }).changes === 1;
    },
    participants(id: number): MovementUnit[] {
      return participants.all(id) as MovementUnit[];
    },
    setParticipants(id: number, unitIds: number[]): void {
      clearParticipants.run(id);
      for (const unitId of new Set(unitIds)) addParticipant.run(id, unitId);
    },
    targets(movementId: number): Target[] {
      return (targets.all(movementId) as TargetRow[]).map(toTarget);
    },
    target(id: number): Target | null {
      const row = targetById.get(id) as TargetRow | undefined;
      return row ? toTarget(row) : null;
    },
    targetIdByCode(movementId: number, code: string): number | null {
      return (targetByCode.get(movementId, code) as { id: number } | undefined)?.id ?? null;
    },
    insertTarget(movementId: number, fields: TargetWrite, at: string): number {
      return Number(insertTarget.run({ ...fields, definition: JSON.stringify(fields.definition), movementId, at }).lastInsertRowid);
    },
    updateTarget(id: number, version: number, fields: TargetWrite, at: string): boolean {
      return updateTarget.run({ ...fields, definition: JSON.stringify(fields.definition), id, version, at }).changes === 1;
    },
  };
}

export type MovementsRepository = ReturnType<typeof createMovementsRepository>;
