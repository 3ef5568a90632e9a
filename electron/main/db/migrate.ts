import { createHash } from 'node:crypto';

import { AppError } from '../../../shared/errors';
import type { Db } from './connection';
import { dbMessages } from './messages';
import { type Migration, migrations } from './migrations';

interface AppliedRow {
  id: number;
  name: string;
  hash: string;
}

const hashes = new WeakMap<Migration, string>();

/**
 * SHA-256 of a migration's SQL: an applied migration whose text changed is refused. Worked out once per
 * migration (the start checks them before and again inside `migrate`).
 */
export function migrationHash(migration: Migration): string {
  let hash = hashes.get(migration);
  if (hash === undefined) {
    hash = createHash('sha256').update(migration.sql).digest('hex');
    hashes.set(migration, hash);
  }
  return hash;
}

/**
 * Read-only check that every migration recorded in schema_migrations (which must exist) is one this
 * code knows, with the same hash; throws the Vietnamese reason otherwise. Returns the applied rows.
 */
export function verifyApplied(db: Db, list: readonly Migration[] = migrations): AppliedRow[] {
  const applied = db.prepare('SELECT id, name, hash FROM schema_migrations ORDER BY id').all() as AppliedRow[];
  const known = new Map(list.map((m) => [m.id, m]));
  const latestKnown = list.reduce((max, m) => Math.max(max, m.id), 0);
  for (const row of applied) {
    const migration = known.get(row.id);
    if (!migration) {
      if (row.id > latestKnown) throw new AppError('INTERNAL', dbMessages.newerThanApp(row.id, latestKnown));
      throw new AppError('INTERNAL', dbMessages.migrationChanged(row.id, row.name));
    }
    if (migrationHash(migration) !== row.hash) throw new AppError('INTERNAL', dbMessages.migrationChanged(row.id, row.name));
  }
  return applied;
}

/**
 * Applies the migrations the database lacks, each in its own transaction. Before writing anything
 * it checks that every applied migration is one this code knows, with the same hash.
 */
export function migrate(db: Db, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    hash TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = verifyApplied(db, list);
  const appliedIds = new Set(applied.map((row) => row.id));
  const done: number[] = [];
  const insert = db.prepare('INSERT INTO schema_migrations (id, name, hash, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of [...list].sort((a, b) => a.id - b.id)) {
    if (appliedIds.has(migration.id)) continue;
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        insert.run(migration.id, migration.name, migrationHash(migration), new Date().toISOString());
      })();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError('INTERNAL', dbMessages.migrationFailed(migration.id, migration.name, detail));
    }
    done.push(migration.id);
  }
  return done;
}
