import type { AuditAction, AuditEntry } from '../../../../shared/domain/audit';
import type { Db } from '../connection';
import { createBatchItemReader, encodeBatchValues } from './audit-batch-json';

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

/**
 * The most ids one link row names (migration 019 holds the column to it): a lookup of an id reads the
 * index from id - AUDIT_SPAN_MAX + 1 to id, so longer runs would make every lookup read further.
 */
export const AUDIT_SPAN_MAX = 512;

/** A batch's links: runs of consecutive entity ids at consecutive items, as [first id, first item, span]. */
export function linkRuns(entityIds: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  let run: [number, number, number] | null = null;
  entityIds.forEach((id, item) => {
    if (run && run[2] < AUDIT_SPAN_MAX && id === run[0] + run[2]) run[2]++;
    else runs.push((run = [id, item, 1]));
  });
  return runs;
}

/**
 * Item `item` of a batch's stored values as JSON: an array's element is read by SQLite's JSON, a batch stored
 * by column (audit-batch-json.ts) is put back together by `audit_batch_item`.
 */
const batchItem = (json: string, item: string) =>
  `CASE WHEN substr(${json}, 1, 1) = '[' THEN json_extract(${json}, '$[' || ${item} || ']') ELSE audit_batch_item(${json}, ${item}) END`;

/**
 * Every entry naming the ids the query `ids` selects (as a column `id`) of these entities, in the shape
 * of an audit_log row: single entries as stored, a batch entry once per id it names with that row's
 * before and after. The links are read by index from each id (CROSS JOIN keeps the ids outside: the other order
 * reads every link of the entity): the runs that start at most AUDIT_SPAN_MAX - 1 below the id and reach it.
 */
function entriesOf(entities: string, ids: string): string {
  return `
    SELECT a.id, a.entity, a.entity_id, a.action, a.before_json, a.after_json, a.operator, a.at
    FROM audit_log a WHERE a.batch = 0 AND a.entity IN (${entities}) AND a.entity_id IN (${ids})
    UNION ALL
    SELECT a.id, l.entity, i.id AS entity_id, a.action,
      json_extract(a.before_json, '$[' || CAST(l.item + i.id - l.entity_id AS INTEGER) || ']'),
      ${batchItem('a.after_json', 'CAST(l.item + i.id - l.entity_id AS INTEGER)')}, a.operator, a.at
    FROM (${ids}) i
    CROSS JOIN audit_links l ON l.entity IN (${entities}) AND l.entity_id BETWEEN i.id - ${AUDIT_SPAN_MAX - 1} AND i.id
      AND l.entity_id + l.span > i.id
    JOIN audit_log a ON a.id = l.audit_id`;
}

/**
 * The ids of an entity's records removed (`removal`) whose stored values meet `owned` (SQL over the JSON of one
 * record): from single entries, and from batch entries through the runs that name each item.
 */
function removedIds(entity: string, removal: string, owned: (json: string) => string): string {
  return `
    SELECT entity_id AS id FROM audit_log
      WHERE batch = 0 AND entity = '${entity}' AND action = '${removal}' AND ${owned('before_json')}
    UNION
    SELECT l.entity_id + j.key - l.item AS id
      FROM audit_log a JOIN json_each(a.before_json) j
      JOIN audit_links l ON l.audit_id = a.id AND j.key BETWEEN l.item AND l.item + l.span - 1
      WHERE a.batch = 1 AND a.entity = '${entity}' AND a.action = '${removal}' AND ${owned('j.value')}`;
}

// Criteria are audited under the unit's id; recognitions, incomes and successor links under their own ids. Each part
// reads the entries of the unit's live records plus those of its removed ones (found in their removal entry, the
// only place a removed record still names its unit). Ids can be reused after a removal, so every entry must also
// name the unit in what it stored.
const unitOf = (json: string) => `json_extract(${json}, '$.unitId') = @unitId`;
const ownedBy = (entity: string, table: string, removal: string) => `
  SELECT * FROM (${entriesOf(`'${entity}'`, `SELECT id FROM ${table} WHERE unit_id = @unitId UNION ${removedIds(entity, removal, unitOf)}`)})
  WHERE ${unitOf('COALESCE(after_json, before_json)')}`;
const linkNames = (json: string) => `@unitId IN (json_extract(${json}, '$.predecessor.id'), json_extract(${json}, '$.successor.id'))`;
const forUnitSql = `
  ${entriesOf("'unit', 'unit-criteria', 'unit-alias'", 'SELECT CAST(@unitId AS INTEGER) AS id')}
  UNION ALL ${ownedBy('recognition', 'recognitions', 'delete')}
  UNION ALL ${ownedBy('income', 'incomes', 'delete')}
  UNION ALL
  SELECT * FROM (${entriesOf(
    "'unit-successor'",
    `SELECT id FROM unit_successors WHERE predecessor_id = @unitId OR successor_id = @unitId
     UNION ${removedIds('unit-successor', 'archive', linkNames)}`,
  )})
  WHERE ${linkNames('COALESCE(after_json, before_json)')}
  ORDER BY id DESC LIMIT @limit`;

/** The history reads (exported for the test of their query plans). */
export const AUDIT_READS = {
  forEntity: `${entriesOf('@entity', 'SELECT CAST(@entityId AS INTEGER) AS id')} ORDER BY id DESC LIMIT @limit`,
  forUnit: forUnitSql,
};

/** The audit log: written by the same transaction as the change it records. */
export function createAuditRepository(db: Db) {
  db.function('audit_batch_item', { deterministic: true }, createBatchItemReader());
  const insert = db.prepare(
    'INSERT INTO audit_log (entity, entity_id, action, before_json, after_json, operator, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertBatch = db.prepare(
    'INSERT INTO audit_log (entity, entity_id, action, before_json, after_json, operator, at, batch) VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
  );
  // A batch's links in one statement from a JSON array of runs (linkRuns): an import of thousands of rows
  // with consecutive ids is linked by a few rows, without a call per row.
  const insertLinks = db.prepare(
    "INSERT OR IGNORE INTO audit_links (entity, entity_id, audit_id, item, span) SELECT ?, value ->> '$[0]', ?, value ->> '$[1]', value ->> '$[2]' FROM json_each(?)",
  );
  const forEntity = db.prepare(AUDIT_READS.forEntity);
  const forUnit = db.prepare(AUDIT_READS.forUnit);

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
     * entity id is linked to it (in runs, linkRuns), so the history of any one of them shows its part.
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
          encodeBatchValues(entry.items.map((item) => item.after)),
          entry.operator,
          at,
        ).lastInsertRowid,
      );
      insertLinks.run(entry.entity, id, JSON.stringify(linkRuns(entry.items.map((item) => item.entityId))));
    },
    forEntity(entity: string, entityId: number, limit: number): AuditEntry[] {
      return (forEntity.all({ entity, entityId, limit }) as AuditRow[]).map(toEntry);
    },
    forUnit(unitId: number, limit: number): AuditEntry[] {
      return (forUnit.all({ unitId, limit }) as AuditRow[]).map(toEntry);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
