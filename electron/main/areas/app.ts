import { appHandlers } from '../ipc/app';
import type { DocumentExport } from '../services/documents/export-service';
import { defineArea } from './area';

/** What the shell running the app can do (native dialogs or the browser's). */
export function createAppArea(deps: { documentExport: Pick<DocumentExport, 'capabilities'> }) {
  return defineArea({ name: 'app', services: {}, handlers: appHandlers(deps) });
}
