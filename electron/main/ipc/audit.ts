import type { ChannelsOf } from '../../../shared/contract';
import type { AuditService } from '../services/audit/audit-service';
import type { HandlerMap } from './types';

export function auditHandlers(services: { audit: AuditService }): HandlerMap<ChannelsOf<'audit'>> {
  return {
    'audit.forEntity': (input) => services.audit.forEntity(input.entity, input.entityId, input.limit),
    'audit.forUnit': (input) => services.audit.forUnit(input.unitId, input.limit),
  };
}
