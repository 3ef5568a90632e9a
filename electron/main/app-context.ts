import path from 'node:path';

import { AppError } from '../../shared/errors';
import { createAgenciesArea } from './areas/agencies';
import { createAppArea } from './areas/app';
import { AreaList, type BaseDeps } from './areas/area';
import { createAttachmentsArea } from './areas/attachments';
import { createAuditArea } from './areas/audit';
import { createBackupsArea } from './areas/backups';
import { createCertificatesArea } from './areas/certificates';
import { createCouncilArea } from './areas/council';
import { createCriteriaArea } from './areas/criteria';
import { createDocumentsArea } from './areas/documents';
import { createExportsArea } from './areas/exports';
import { createInspectionsArea } from './areas/inspections';
import { createMovementsArea } from './areas/movements';
import { createNominationsArea } from './areas/nominations';
import { createSettingsArea } from './areas/settings';
import { createSetupArea } from './areas/setup';
import { createTargetsArea } from './areas/targets';
import { createUnitHistoryArea } from './areas/unit-history';
import { createUnitsArea } from './areas/units';
import { lockDataFolder } from './data-lock';
import { closeDatabase, type Db, openDatabase, type OpenOptions } from './db/connection';
import { withLazyStatements } from './db/lazy-statements';
import { createAuditRepository } from './db/repositories/audit';
import type { DesktopShell } from './desktop/shell';
import { buildHandlerMap } from './ipc/registry';
import type { HandlerMap } from './ipc/types';
import type { RegisteredTemplate } from './pdf/templates';
import { backupMessages } from './services/backups/messages';
import { type Clock, systemClock } from './services/context';

export interface AppContextOptions extends OpenOptions {
  dataDir: string;
  /** Folder holding seed/, fonts/ and the other shipped resources. */
  resourcesDir: string;
  clock?: Clock;
  /** Native Save and Print; Electron passes its shell, the browser host and tests none. */
  shell?: DesktopShell;
  /** Backups soon after start, daily while open and at `shutdown()`; the app and the host turn them on, tests mostly not. */
  automaticBackups?: boolean;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Composition root: the database, the base every area shares, then the areas, one line each, each
 * built from the services of the areas above it (`areas/<area>.ts` wires the area itself).
 */
export function createAppContext(options: AppContextOptions) {
  const lock = lockDataFolder(options.dataDir);
  let db: Db;
  try {
    db = openDatabase(options.dataDir, options);
  } catch (error) {
    lock.release();
    throw error;
  }
  // The areas' repositories compile their statements on first use (most serve screens not yet opened).
  const statements = withLazyStatements(db);
  const core = { db: statements, clock: options.clock ?? systemClock, audit: createAuditRepository(statements) };
  const settings = createSettingsArea(core);
  const base: BaseDeps = { ...core, operator: () => settings.services.settings.operator() };
  // Every area's templates, known once the list below is complete (the documents area reads them on each call).
  let templates: readonly RegisteredTemplate[] = [];
  // The records an issued document can be filed under (`documents.issue { entity, entityId }`), likewise.
  let documentRecords: Record<string, (id: number) => boolean> = {};
  // The nominations area comes after attachments (its dossiers hold files); attachments checks its owners when called.
  let nominationExists: (id: number) => boolean = () => false;

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
        records: () => documentRecords,
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
          nomination: (id) => nominationExists(id),
          'reminder-letter': (id) => a.agencies.services.agencies.letterExists(id),
        },
        shell: options.shell ?? null,
      }),
    )
    .add((a) =>
      createNominationsArea(base, {
        units: a.units.services.units,
        movements: a.movements.services.movements,
        recommendations: a.inspections.services.recommendations,
        attachments: a.attachments.services.attachments,
      }),
    )
    .add((a) =>
      createCouncilArea(base, {
        people: a.inspections.services.people,
        awards: a.nominations.services.awards,
        nominees: a.nominations.services.nominees,
      }),
    )
    .add((a) => createCertificatesArea(base, { decisions: a.council.services.decisions, nominees: a.nominations.services.nominees }))
    .add(() => createBackupsArea(base, { dataDir: options.dataDir, log: options.log }))
    .add((a) =>
      createExportsArea(base, {
        movements: a.movements.services.movements,
        milestones: a.movements.services.milestones,
        targets: a.targets.services.targets,
        documents: a.documents.services.documents,
        people: a.inspections.services.people,
        inspections: a.inspections.services.inspections,
        rounds: a.nominations.services.rounds,
        criteria: a.criteria.services.criteria,
        agencies: a.agencies.services.agencies,
        unitHistory: a.unitHistory.services.unitHistory,
        recognitions: a.criteria.services.recognitions,
        councilMembers: a.council.services.councilMembers,
        councilSessions: a.council.services.councilSessions,
        decisions: a.council.services.decisions,
      }),
    );

  nominationExists = (id) => areas.byName.nominations.services.nominations.exists(id);

  templates = areas.templates();
  documentRecords = {
    movement: (id) => areas.byName.movements.services.movements.find(id) !== null,
    inspection: (id) => areas.byName.inspections.services.inspections.find(id) !== null,
    'inspection-visit': (id) => areas.byName.inspections.services.inspections.visitExists(id),
    'nomination-round': (id) => areas.byName.nominations.services.rounds.find(id) !== null,
    agency: (id) => areas.byName.units.services.units.find(id)?.kind === 'agency',
    'council-session': (id) => areas.byName.council.services.councilSessions.exists(id),
    decision: (id) => areas.byName.council.services.decisions.exists(id),
  };
  const backups = areas.byName.backups.services.backups;
  const handlers: HandlerMap = whileNotRestoring(
    buildHandlerMap(Object.fromEntries(areas.list.map((area) => [area.name, area.handlers]))),
    backups.restoring,
  );
  const stopAutomatic = options.automaticBackups ? afterDelay(() => backups.startAutomatic(), START_BACKUP_DELAY_MS) : () => undefined;
  return {
    db,
    services: areas.services(),
    /** The areas as built, in order (their handlers and templates), for tests and tools. */
    areas: areas.list,
    handlers,
    close: () => {
      stopAutomatic();
      closeDatabase(db);
      lock.release();
    },
    /** Closes after the exit backup when automatic backups are on (a failed backup is logged, the app still closes). */
    async shutdown(): Promise<void> {
      stopAutomatic();
      await backups.idle();
      if (options.automaticBackups) await backups.create('exit').catch((error: unknown) => options.log?.('Exit backup failed', error));
      closeDatabase(db);
      lock.release();
    },
  };
}

export type AppContext = ReturnType<typeof createAppContext>;

/**
 * The automatic backup at start begins this long after the app is ready: it copies the whole database
 * in steps that hold the main thread (tens of milliseconds each for a national one), and the first
 * screens are answered first. Closing before then still makes the exit backup.
 */
export const START_BACKUP_DELAY_MS = 2000;

/** Starts `start` after `delayMs`; the answer stops it, or cancels it when it has not started yet. */
function afterDelay(start: () => () => void, delayMs: number): () => void {
  let stop: (() => void) | null = null;
  const timer = setTimeout(() => {
    stop = start();
  }, delayMs);
  timer.unref();
  return () => {
    clearTimeout(timer);
    stop?.();
  };
}

/**
 * While a restore replaces the database, every call but the progress poll is answered "wait": a
 * write landing between the restore's steps would be lost or mixed into the restored data.
 */
function whileNotRestoring(handlers: HandlerMap, restoring: () => boolean): HandlerMap {
  const gated: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown, context: unknown) => unknown][]) {
    gated[name] =
      name === 'backups.progress'
        ? handler
        : (input: unknown, context: unknown) => {
            if (restoring()) throw new AppError('CONFLICT', backupMessages.maintenance);
            return handler(input, context);
          };
  }
  return gated as HandlerMap;
}
