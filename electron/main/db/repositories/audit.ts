import type { AuditAction, AuditEntry } from '../../../../shared/domain/audit';
import type { Db } from '../connection';

interface AuditRow {
  id: number;
  entity: string;
  entity_id: number;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
  operator: string;
  at: string;
}

export interface AuditRecord {
  entity: string;
  entityId: number;
  action: AuditAction;
  before: object | null;
  after: object | null;
  operator: string;
}

/** The audit log: written by the same transaction as the change it records. */
export function createAuditRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO audit_log (entity, entity_id, action, before_json, after_json, operator, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const forEntity = db.prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?');

  return {
    record(entry: AuditRecord, at: string): void {
      insert.run(
        entry.entity,
        entry.entityId,
        entry.action,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        entry.operator,
        at,
      );
    },
    forEntity(entity: string, entityId: number, limit: number): AuditEntry[] {
      return (forEntity.all(entity, entityId, limit) as AuditRow[]).map((row) => ({
        id: row.id,
        entity: row.entity,
        entityId: row.entity_id,
        action: row.action,
        before: row.before_json ? (JSON.parse(row.before_json) as Record<string, unknown>) : null,
        after: row.after_json ? (JSON.parse(row.after_json) as Record<string, unknown>) : null,
        operator: row.operator,
        at: row.at,
      }));
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
