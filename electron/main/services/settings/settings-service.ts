import {
  DEFAULT_DOCUMENT_SETTINGS,
  DEFAULT_SIGNATURES,
  type DocumentSettings,
  type PrinterOffset,
  type Settings,
} from '../../../../shared/domain/settings';
import type { IssuerSignature } from '../../../../shared/domain/signature';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { SettingsRepository } from '../../db/repositories/settings';
import type { Clock } from '../context';
import { settingsMessages } from './messages';

export interface SettingsUpdate extends Partial<DocumentSettings> {
  operatorName?: string;
  signatureDefaults?: IssuerSignature[];
  certificateOffsetMm?: PrinterOffset;
  version: number;
}

/** Audit entries about settings use this id: there is only ever one settings row. */
export const SETTINGS_ENTITY_ID = 1;

export function createSettingsService(deps: { db: Db; settings: SettingsRepository; audit: AuditRepository; clock: Clock }) {
  function read(): Settings | null {
    const stored = deps.settings.get();
    if (!stored) return null;
    const data = stored.data as Partial<Settings>;
    return {
      ...DEFAULT_DOCUMENT_SETTINGS,
      ...data,
      provinceCode: data.provinceCode ?? null,
      provinceName: data.provinceName ?? null,
      operatorName: data.operatorName ?? '',
      // Databases set up before signatures were data get the decree's defaults.
      signatureDefaults: data.signatureDefaults ?? DEFAULT_SIGNATURES,
      certificateOffsetMm: data.certificateOffsetMm ?? { x: 0, y: 0 },
      version: stored.version,
      updatedAt: stored.updatedAt,
    };
  }

  return {
    /** Settings, or null when the database has not been set up yet. */
    find: read,
    get(): Settings {
      const settings = read();
      if (!settings) throw new AppError('NOT_FOUND', settingsMessages.notInitialized);
      return settings;
    },
    /** The name recorded in the audit log. */
    operator(): string {
      return read()?.operatorName || 'Không rõ';
    },
    update(input: SettingsUpdate): Settings {
      return deps.db.transaction(() => {
        const current = read();
        if (!current) throw new AppError('NOT_FOUND', settingsMessages.notInitialized);
        if (current.version !== input.version) throw new AppError('CONFLICT', settingsMessages.staleVersion);
        const { version, ...changes } = input;
        const { version: _v, updatedAt: _u, ...before } = current;
        const after = { ...before, ...stripUndefined(changes) };
        const at = deps.clock.now();
        if (!deps.settings.update(after, version, at)) throw new AppError('CONFLICT', settingsMessages.staleVersion);
        deps.audit.record(
          { entity: 'settings', entityId: SETTINGS_ENTITY_ID, action: 'update', before, after, operator: after.operatorName || 'Không rõ' },
          at,
        );
        return read() as Settings;
      })();
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type SettingsService = ReturnType<typeof createSettingsService>;
