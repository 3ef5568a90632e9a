export const AUDIT_ACTIONS = ['create', 'update', 'archive', 'restore', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One recorded change; before/after are the entity as stored, so history can show what changed. */
export interface AuditEntry {
  id: number;
  entity: string;
  entityId: number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  operator: string;
  at: string;
}
