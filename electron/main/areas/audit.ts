import { auditHandlers } from '../ipc/audit';
import { createAuditService } from '../services/audit/audit-service';
import { type BaseDeps, defineArea } from './area';

/** The change history every area writes to (through `base.audit`), read per record. */
export function createAuditArea(base: BaseDeps) {
  const audit = createAuditService({ audit: base.audit });
  return defineArea({ name: 'audit', services: { audit }, handlers: auditHandlers({ audit }) });
}
