import path from 'node:path';

import { type Db, openDatabase, type OpenOptions } from './db/connection';
import { createAttachmentsRepository } from './db/repositories/attachments';
import { createAuditRepository } from './db/repositories/audit';
import { createSettingsRepository } from './db/repositories/settings';
import { createUnitsRepository } from './db/repositories/units';
import type { DesktopShell } from './desktop/shell';
import { attachmentsHandlers } from './ipc/attachments';
import { auditHandlers } from './ipc/audit';
import { buildHandlerMap } from './ipc/registry';
import { settingsHandlers } from './ipc/settings';
import type { HandlerMap } from './ipc/types';
import { unitsHandlers } from './ipc/units';
import { createAttachmentsService } from './services/attachments/attachments-service';
import { createAttachmentStore } from './services/attachments/store';
import { createAuditService } from './services/audit/audit-service';
import { type Clock, systemClock } from './services/context';
import { createDocumentsArea } from './services/documents/compose';
import { createMovementsArea } from './services/movements/compose';
import { createSettingsService } from './services/settings/settings-service';
import { createSetupService } from './services/setup/setup-service';
import { createUnitsService } from './services/units/units-service';

export interface AppContextOptions extends OpenOptions {
  dataDir: string;
  /** Folder holding seed/, fonts/ and the other shipped resources. */
  resourcesDir: string;
  clock?: Clock;
  /** Native Save and Print; Electron passes its shell, the browser host and tests none. */
  shell?: DesktopShell;
}

/** Composition root: one database, its repositories and services, and the checked handler map. */
export function createAppContext(options: AppContextOptions) {
  const db: Db = openDatabase(options.dataDir, options);
  const clock = options.clock ?? systemClock;
  const repos = {
    settings: createSettingsRepository(db),
    units: createUnitsRepository(db),
    audit: createAuditRepository(db),
  };
  const settings = createSettingsService({ db, settings: repos.settings, audit: repos.audit, clock });
  const movementsArea = createMovementsArea({ db, units: repos.units, audit: repos.audit, clock, operator: () => settings.operator() });
  const documentsArea = createDocumentsArea({
    db,
    audit: repos.audit,
    clock,
    operator: () => settings.operator(),
    settings: () => settings.get(),
    units: { list: (filter) => services.units.list(filter) },
    movements: { get: (id) => movementsArea.repos.movements.get(id), targets: (id) => movementsArea.repos.movements.targets(id) },
    dashboard: { summary: (movementId, year) => movementsArea.services.dashboard.summary(movementId, year, null) },
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    shell: options.shell ?? null,
  });
  const services = {
    settings,
    setup: movementsArea.withSeed(createSetupService({ db, ...repos, clock, seedDir: path.join(options.resourcesDir, 'seed') })),
    units: createUnitsService({ db, units: repos.units, audit: repos.audit, clock, operator: () => settings.operator() }),
    audit: createAuditService({ audit: repos.audit }),
    ...movementsArea.services,
    ...documentsArea.services,
    attachments: createAttachmentsService({
      db,
      attachments: createAttachmentsRepository(db),
      audit: repos.audit,
      clock,
      operator: () => settings.operator(),
      store: createAttachmentStore(options.dataDir),
      owners: { submission: (id) => movementsArea.repos.milestones.submissionById(id) !== null },
      shell: options.shell ?? null,
    }),
  };
  const handlers: HandlerMap = buildHandlerMap({
    settings: settingsHandlers(services),
    units: unitsHandlers(services),
    audit: auditHandlers(services),
    ...movementsArea.handlers,
    ...documentsArea.handlers,
    attachments: attachmentsHandlers(services),
  });
  return {
    db,
    services,
    handlers,
    close: () => db.close(),
  };
}

export type AppContext = ReturnType<typeof createAppContext>;
