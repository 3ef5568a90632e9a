import path from 'node:path';

import { createDocumentsRepository } from '../db/repositories/documents';
import type { DesktopShell } from '../desktop/shell';
import { documentsHandlers } from '../ipc/documents';
import { createPdfEngine } from '../pdf/engine';
import type { RegisteredTemplate } from '../pdf/templates';
import { createDocumentsService } from '../services/documents/documents-service';
import { createDocumentExport } from '../services/documents/export-service';
import { createDocumentStore } from '../services/documents/storage';
import type { SettingsService } from '../services/settings/settings-service';
import { type BaseDeps, defineArea } from './area';

interface DocumentsDeps {
  settings: Pick<SettingsService, 'get'>;
  /** The templates every area registers, read when a document is built. */
  templates: () => readonly RegisteredTemplate[];
  /** The kinds of record a document can be filed under, with their existence checks (kinds of other areas). */
  records: () => Readonly<Record<string, (id: number) => boolean>>;
  dataDir: string;
  resourcesDir: string;
  /** Native Save and Print (Electron); null in the browser host and tests. */
  shell: DesktopShell | null;
}

/**
 * The document engine: PDF engine on resources/fonts, the store under the data folder, the register,
 * and Save as / Print through the desktop shell when there is one.
 */
export function createDocumentsArea(base: BaseDeps, deps: DocumentsDeps) {
  const documents = createDocumentsService({
    ...base,
    documents: createDocumentsRepository(base.db),
    settings: () => deps.settings.get(),
    templates: deps.templates,
    records: deps.records,
    engine: createPdfEngine(path.join(deps.resourcesDir, 'fonts')),
    store: createDocumentStore(deps.dataDir),
  });
  const documentExport = createDocumentExport({ documents, shell: deps.shell });
  return defineArea({
    name: 'documents',
    services: { documents, documentExport },
    handlers: documentsHandlers({ documents, documentExport }),
  });
}
