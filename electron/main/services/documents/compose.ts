import path from 'node:path';

import type { Settings } from '../../../../shared/domain/settings';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import { createDocumentsRepository } from '../../db/repositories/documents';
import type { DesktopShell } from '../../desktop/shell';
import { appHandlers } from '../../ipc/app';
import { documentsHandlers } from '../../ipc/documents';
import { createPdfEngine } from '../../pdf/engine';
import type { TemplateDeps } from '../../pdf/templates';
import type { Clock } from '../context';
import { createDocumentsService } from './documents-service';
import { createDocumentExport } from './export-service';
import { createDocumentStore } from './storage';

interface AreaDeps {
  db: Db;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
  settings: () => Settings;
  /** The services templates read; later document kinds add theirs to TemplateDeps and here. */
  units: TemplateDeps['units'];
  movements: TemplateDeps['movements'];
  dashboard: TemplateDeps['dashboard'];
  dataDir: string;
  resourcesDir: string;
  /** Native Save and Print (Electron); null in the browser host and tests. */
  shell: DesktopShell | null;
}

/**
 * The document engine wired in one place: PDF engine on resources/fonts, the store under the data folder,
 * the register, and Save as / Print through the desktop shell when there is one.
 */
export function createDocumentsArea(deps: AreaDeps) {
  const documents = createDocumentsService({
    db: deps.db,
    documents: createDocumentsRepository(deps.db),
    audit: deps.audit,
    clock: deps.clock,
    operator: deps.operator,
    settings: deps.settings,
    templateDeps: () => ({ settings: deps.settings(), units: deps.units, movements: deps.movements, dashboard: deps.dashboard }),
    engine: createPdfEngine(path.join(deps.resourcesDir, 'fonts')),
    store: createDocumentStore(deps.dataDir),
  });
  const documentExport = createDocumentExport({ documents, shell: deps.shell });
  return {
    services: { documents, documentExport },
    handlers: { documents: documentsHandlers({ documents, documentExport }), app: appHandlers({ documentExport }) },
  };
}
