import type { Db } from '../connection';

interface SettingsRow {
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface StoredSettings {
  data: Record<string, unknown>;
  version: number;
  updatedAt: string;
}

/** The single settings row, kept as JSON so new settings need no migration. */
export function createSettingsRepository(db: Db) {
  const select = db.prepare('SELECT data, version, created_at, updated_at FROM app_settings WHERE id = 1');
  const insert = db.prepare('INSERT INTO app_settings (id, data, version, created_at, updated_at) VALUES (1, ?, 1, ?, ?)');
  const update = db.prepare('UPDATE app_settings SET data = ?, version = version + 1, updated_at = ? WHERE id = 1 AND version = ?');

  return {
    get(): StoredSettings | null {
      const row = select.get() as SettingsRow | undefined;
      if (!row) return null;
      return { data: JSON.parse(row.data) as Record<string, unknown>, version: row.version, updatedAt: row.updated_at };
    },
    insert(data: Record<string, unknown>, at: string): void {
      insert.run(JSON.stringify(data), at, at);
    },
    /** Returns false when the stored version is not the one given (someone saved in between). */
    update(data: Record<string, unknown>, expectedVersion: number, at: string): boolean {
      return update.run(JSON.stringify(data), at, expectedVersion).changes === 1;
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
