import type { AuditService } from '../services/audit/audit-service';
import type { HandlerMap } from './types';

export function auditHandlers(services: { audit: AuditService }): HandlerMap<'audit.forEntity'> {
  return {
    'audit.forEntity': (input) => services.audit.forEntity(input.entity, input.entityId, input.limit),
  };
}
