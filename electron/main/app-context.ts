import path from 'node:path';

import { createAgenciesArea } from './areas/agencies';
import { createAppArea } from './areas/app';
import { AreaList, type BaseDeps } from './areas/area';
import { createAttachmentsArea } from './areas/attachments';
import { createAuditArea } from './areas/audit';
import { createCriteriaArea } from './areas/criteria';
import { createDocumentsArea } from './areas/documents';
import { createInspectionsArea } from './areas/inspections';
import { createMovementsArea } from './areas/movements';
import { createSettingsArea } from './areas/settings';
import { createSetupArea } from './areas/setup';
import { createTargetsArea } from './areas/targets';
import { createUnitHistoryArea } from './areas/unit-history';
import { createUnitsArea } from './areas/units';
import { type Db, openDatabase, type OpenOptions } from './db/connection';
import { createAuditRepository } from './db/repositories/audit';
import type { DesktopShell } from './desktop/shell';
import { buildHandlerMap } from './ipc/registry';
import type { HandlerMap } from './ipc/types';
import type { RegisteredTemplate } from './pdf/templates';
import { type Clock, systemClock } from './services/context';

export interface AppContextOptions extends OpenOptions {
  dataDir: string;
  /** Folder holding seed/, fonts/ and the other shipped resources. */
  resourcesDir: string;
  clock?: Clock;
  /** Native Save and Print; Electron passes its shell, the browser host and tests none. */
  shell?: DesktopShell;
}

/**
 * Composition root: the database, the base every area shares, then the areas, one line each, each
 * built from the services of the areas above it (`areas/<area>.ts` wires the area itself).
 */
export function createAppContext(options: AppContextOptions) {
  const db: Db = openDatabase(options.dataDir, options);
  const core = { db, clock: options.clock ?? systemClock, audit: createAuditRepository(db) };
  const settings = createSettingsArea(core);
  const base: BaseDeps = { ...core, operator: () => settings.services.settings.operator() };
  // Every area's templates, known once the list below is complete (the documents area reads them on each call).
  let templates: readonly RegisteredTemplate[] = [];

  const areas = AreaList.start()
    .add(() => settings)
    .add(() => createUnitsArea(base))
    .add(() => createAuditArea(base))
    .add((a) => createUnitHistoryArea(base, { units: a.units.services.units }))
    .add((a) => createMovementsArea(base, { units: a.units.services.units, unitHistory: a.unitHistory.services.unitHistory }))
    .add((a) => createCriteriaArea(base, { units: a.units.services.units, unitHistory: a.unitHistory.services.unitHistory }))
    .add((a) => createAgenciesArea(base, { units: a.units.services.units, movements: a.movements.services.movements }))
    .add((a) =>
      createTargetsArea(base, {
        units: a.units.services.units,
        unitHistory: a.unitHistory.services.unitHistory,
        criteria: a.criteria.services.criteria,
        recognitions: a.criteria.services.recognitions,
        movements: a.movements.services.movements,
        movementTargets: a.movements.services.movementTargets,
        milestones: a.movements.services.milestones,
        criteriaResults: a.agencies.services.agencies,
      }),
    )
    .add((a) =>
      createSetupArea(base, {
        seedDir: path.join(options.resourcesDir, 'seed'),
        movementSeed: a.movements.services.movementSeed,
        ownerSeed: a.agencies.services.ownerSeed,
      }),
    )
    .add((a) =>
      createDocumentsArea(base, {
        settings: a.settings.services.settings,
        templates: () => templates,
        dataDir: options.dataDir,
        resourcesDir: options.resourcesDir,
        shell: options.shell ?? null,
      }),
    )
    .add((a) => createAppArea(a.documents.services))
    .add((a) =>
      createInspectionsArea(base, {
        units: a.units.services.units,
        movements: a.movements.services.movements,
        criteria: a.criteria.services.criteria,
        recognitions: a.criteria.services.recognitions,
      }),
    )
    .add((a) =>
      createAttachmentsArea(base, {
        dataDir: options.dataDir,
        owners: {
          submission: (id) => a.movements.services.milestones.submissionExists(id),
          'inspection-visit': (id) => a.inspections.services.inspections.visitExists(id),
          'reminder-letter': (id) => a.agencies.services.agencies.letterExists(id),
        },
        shell: options.shell ?? null,
      }),
    );

  templates = areas.templates();
  const handlers: HandlerMap = buildHandlerMap(Object.fromEntries(areas.list.map((area) => [area.name, area.handlers])));
  return {
    db,
    services: areas.services(),
    /** The areas as built, in order (their handlers and templates), for tests and tools. */
    areas: areas.list,
    handlers,
    close: () => db.close(),
  };
}

export type AppContext = ReturnType<typeof createAppContext>;
