import type { Db } from '../connection';

/**
 * A token that changes whenever the data may have: rows written through this connection
 * (`total_changes()`, counting rolled-back and trigger writes too) and commits by any other
 * connection to the file (`data_version`: a restore copies a backup in through its own). Equal tokens
 * mean nothing was written in between, so figures read before are still the data's.
 */
export function createDataGeneration(db: Db) {
  const changes = db.prepare('SELECT total_changes()').pluck();
  return {
    current(): string {
      return `${String(changes.get())}:${String(db.pragma('data_version', { simple: true }))}`;
    },
  };
}

export type DataGeneration = ReturnType<typeof createDataGeneration>;
