import path from 'node:path';

import type { Settings } from '../../../../shared/domain/settings';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import { createDocumentsRepository } from '../../db/repositories/documents';
import { documentsHandlers } from '../../ipc/documents';
import { createPdfEngine } from '../../pdf/engine';
import type { TemplateDeps } from '../../pdf/templates';
import type { Clock } from '../context';
import { createDocumentsService } from './documents-service';
import { createDocumentStore } from './storage';

interface AreaDeps {
  db: Db;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
  settings: () => Settings;
  /** The services templates read; later document kinds add theirs to TemplateDeps and here. */
  units: TemplateDeps['units'];
  dataDir: string;
  resourcesDir: string;
}

/** The document engine wired in one place: PDF engine on resources/fonts, the store under the data folder, the register. */
export function createDocumentsArea(deps: AreaDeps) {
  const documents = createDocumentsService({
    db: deps.db,
    documents: createDocumentsRepository(deps.db),
    audit: deps.audit,
    clock: deps.clock,
    operator: deps.operator,
    settings: deps.settings,
    templateDeps: () => ({ settings: deps.settings(), units: deps.units }),
    engine: createPdfEngine(path.join(deps.resourcesDir, 'fonts')),
    store: createDocumentStore(deps.dataDir),
  });
  return { services: { documents }, handlers: { documents: documentsHandlers({ documents }) } };
}
