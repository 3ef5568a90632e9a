import type { ChannelsOf } from '../../../shared/contract';
import type { DocumentExport } from '../services/documents/export-service';
import type { HandlerMap } from './types';

/** What the shell can do, so the renderer picks native dialogs or the browser's download and viewer. */
export function appHandlers(services: { documentExport: Pick<DocumentExport, 'capabilities'> }): HandlerMap<ChannelsOf<'app'>> {
  return {
    'app.capabilities': () => services.documentExport.capabilities(),
  };
}
