import { z } from 'zod';

import type { AuditEntry } from '../domain/audit';
import { idSchema } from './common';
import { channel } from './define';

export const auditContract = {
  'audit.forEntity': channel<AuditEntry[]>()(() =>
    z
      .object({
        entity: z.enum(
          [
            'unit',
            'settings',
            // Movements area (migration 003).
            'movement',
            'target',
            'milestone',
            'submission',
            'criteria-set',
            'criterion',
            'unit-criteria',
            'recognition',
            'income',
            'unit-successor',
            // Document register (migration 002).
            'document',
            // Attachments (migration 006).
            'attachment',
            // The annual inspection (migration 007).
            'person',
            'inspection',
            'inspection-team',
            'inspection-visit',
            'recommendation',
            'checklist-template',
            // Restores of the whole database from a backup (entity id 1).
            'database',
            // Award nominations (migration 010).
            'nomination-round',
            'nominee',
            'nominee-history',
            'nomination',
            'award-rule',
            'award-vote-rule',
            // Other names of units (migration 008), filed under the unit's id.
            'unit-alias',
            // The council (migration 011).
            'council-member',
            'council-session',
            'council-vote',
            'decision',
            // An award of an issued decision: its handing-over (migration 014).
            'award',
            // Layouts of pre-printed certificate blanks (migration 012).
            'certificate-layout',
          ],
          { error: 'Loại bản ghi không hợp lệ' },
        ),
        entityId: idSchema,
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  /** A unit's page history: the unit itself, its yearly criteria, incomes, recognitions and successor links. */
  'audit.forUnit': channel<AuditEntry[]>()(() =>
    z
      .object({
        unitId: idSchema,
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
};
