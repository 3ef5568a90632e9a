import type { Database } from 'better-sqlite3';

/** The entity ids a batch audit entry names, in item order: its link rows' runs expanded (migration 019). */
export function linkedIds(db: Database, auditId: number): number[] {
  const runs = db.prepare('SELECT entity_id AS first, item, span FROM audit_links WHERE audit_id = ? ORDER BY item').all(auditId) as {
    first: number;
    item: number;
    span: number;
  }[];
  return runs.flatMap((run) => Array.from({ length: run.span }, (_, offset) => run.first + offset));
}
