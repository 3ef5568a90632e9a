import { createAttachmentsRepository } from '../db/repositories/attachments';
import type { DesktopShell } from '../desktop/shell';
import { attachmentsHandlers } from '../ipc/attachments';
import { createAttachmentsService, type OwnerCheck } from '../services/attachments/attachments-service';
import { createAttachmentStore } from '../services/attachments/store';
import { type BaseDeps, defineArea } from './area';

/**
 * Files attached to records of any area, stored once per content under the data folder. An owning
 * area adds its owner kind and the check that its record exists.
 */
export function createAttachmentsArea(base: BaseDeps, deps: { dataDir: string; owners: OwnerCheck; shell: DesktopShell | null }) {
  const attachments = createAttachmentsService({
    ...base,
    attachments: createAttachmentsRepository(base.db),
    store: createAttachmentStore(deps.dataDir),
    owners: deps.owners,
    shell: deps.shell,
  });
  return defineArea({ name: 'attachments', services: { attachments }, handlers: attachmentsHandlers({ attachments }) });
}
