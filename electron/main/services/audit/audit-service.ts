import type { AuditEntry } from '../../../../shared/domain/audit';
import type { AuditRepository } from '../../db/repositories/audit';

export function createAuditService(deps: { audit: AuditRepository }) {
  return {
    forEntity(entity: string, entityId: number, limit: number): AuditEntry[] {
      return deps.audit.forEntity(entity, entityId, limit);
    },
    /** What the unit's page shows as its history: its own changes and those of the records kept per unit. */
    forUnit(unitId: number, limit: number): AuditEntry[] {
      return deps.audit.forUnit(unitId, limit);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
