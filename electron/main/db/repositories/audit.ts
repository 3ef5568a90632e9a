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

/** One row of a batch: what it was and is, under its own entity id. */
export interface AuditItem {
  entityId: number;
  before: object | null;
  after: object | null;
}

export interface AuditRecord {
  entity: string;
  entityId: number;
  action: AuditAction;
  before: object | null;
  after: object | null;
  operator: string;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: row.before_json ? (JSON.parse(row.before_json) as Record<string, unknown>) : null,
    after: row.after_json ? (JSON.parse(row.after_json) as Record<string, unknown>) : null,
    operator: row.operator,
    at: row.at,
  };
}

/** The audit log: written by the same transaction as the change it records. */
export function createAuditRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO audit_log (entity, entity_id, action, before_json, after_json, operator, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertBatch = db.prepare(
    'INSERT INTO audit_log (entity, entity_id, action, before_json, after_json, operator, at, batch) VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
  );
  // A batch's links in one statement from a JSON array of entity ids (the item is the array index): an import
  // of thousands of rows links them without a call per row.
  const insertLinks = db.prepare(
    'INSERT OR IGNORE INTO audit_links (entity, entity_id, audit_id, item) SELECT ?, value, ?, key FROM json_each(?)',
  );
  // audit_entries (migration 015) shows a batch entry once per row it names, with that row's before and after.
  const forEntity = db.prepare('SELECT * FROM audit_entries WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?');
  // Criteria are audited under the unit's id; recognitions, incomes and successor links under their own ids. Each part
  // goes through the (entity, entity_id) index: the ids of the unit's live records, plus those of its removed ones (found
  // in their removal entry, the only place a removed record still names its unit). Ids can be reused after a removal,
  // so every entry must also name the unit in what it stored.
  const ownedBy = (entity: string, table: string, removal: string) => `
    SELECT * FROM audit_entries
    WHERE entity = '${entity}'
      AND entity_id IN (
        SELECT id FROM ${table} WHERE unit_id = @unitId
        UNION SELECT entity_id FROM audit_entries
          WHERE entity = '${entity}' AND action = '${removal}' AND json_extract(before_json, '$.unitId') = @unitId)
      AND json_extract(COALESCE(after_json, before_json), '$.unitId') = @unitId`;
  const linkNames = (json: string) => `@unitId IN (json_extract(${json}, '$.predecessor.id'), json_extract(${json}, '$.successor.id'))`;
  const forUnit = db.prepare(`
    SELECT * FROM audit_entries WHERE entity IN ('unit', 'unit-criteria', 'unit-alias') AND entity_id = @unitId
    UNION ALL ${ownedBy('recognition', 'recognitions', 'delete')}
    UNION ALL ${ownedBy('income', 'incomes', 'delete')}
    UNION ALL
    SELECT * FROM audit_entries
    WHERE entity = 'unit-successor'
      AND entity_id IN (
        SELECT id FROM unit_successors WHERE predecessor_id = @unitId OR successor_id = @unitId
        UNION SELECT entity_id FROM audit_entries
          WHERE entity = 'unit-successor' AND action = 'archive' AND ${linkNames('before_json')})
      AND ${linkNames('COALESCE(after_json, before_json)')}
    ORDER BY id DESC LIMIT @limit`);

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
    /**
     * One entry for a whole batch (an import): before and after hold one element per row, and each row's
     * entity id is linked to it, so the history of any one of them shows its part (audit_entries).
     */
    recordBatch(entry: { entity: string; action: AuditAction; items: AuditItem[]; operator: string }, at: string): void {
      if (entry.items.length === 0) return;
      const anyBefore = entry.items.some((item) => item.before !== null);
      const id = Number(
        insertBatch.run(
          entry.entity,
          entry.items[0].entityId,
          entry.action,
          anyBefore ? JSON.stringify(entry.items.map((item) => item.before)) : null,
          JSON.stringify(entry.items.map((item) => item.after)),
          entry.operator,
          at,
        ).lastInsertRowid,
      );
      insertLinks.run(entry.entity, id, JSON.stringify(entry.items.map((item) => item.entityId)));
    },
    forEntity(entity: string, entityId: number, limit: number): AuditEntry[] {
      return (forEntity.all(entity, entityId, limit) as AuditRow[]).map(toEntry);
    },
    forUnit(unitId: number, limit: number): AuditEntry[] {
      return (forUnit.all({ unitId, limit }) as AuditRow[]).map(toEntry);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
