import type { AuditEntry } from '../../../../shared/domain/audit';
import type { AuditRepository } from '../../db/repositories/audit';

export function createAuditService(deps: { audit: AuditRepository }) {
  return {
    forEntity(entity: string, entityId: number, limit: number): AuditEntry[] {
      return deps.audit.forEntity(entity, entityId, limit);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
