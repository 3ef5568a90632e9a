import { createHash } from 'node:crypto';

import type { Db } from '../../electron/main/db/connection';

/** Every row of every table, in rowid order, as JSON: two databases with the same dump hold the same data. */
export function dumpDatabase(db: Db, options: { auditUpTo?: number } = {}): Record<string, unknown[]> {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((row) => row.name);
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const where = table === 'audit_log' && options.auditUpTo !== undefined ? ` WHERE id <= ${options.auditUpTo}` : '';
    dump[table] = db.prepare(`SELECT * FROM ${table}${where} ORDER BY rowid`).all();
  }
  return dump;
}

export function dumpHash(db: Db, options: { auditUpTo?: number } = {}): string {
  return createHash('sha256')
    .update(JSON.stringify(dumpDatabase(db, options)))
    .digest('hex');
}
