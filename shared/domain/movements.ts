/** Emulation movements (phong trào thi đua), their milestones and the documents units must submit. */

import type { UnitKind } from './units';

export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_STATUSES = ['planned', 'active', 'finished', 'suspended'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

export const MILESTONE_KINDS = ['plan', 'preliminary', 'final', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface LaunchDocument {
  number: string;
  /** yyyy-MM-dd or null. */
  date: string | null;
  issuer: string;
  title: string;
  /** Path of the scanned document on this PC; '' when none. */
  attachmentPath: string;
}

export interface MovementUnit {
  id: number;
  name: string;
  kind: UnitKind;
}

export interface Movement {
  id: number;
  name: string;
  kind: MovementKind;
  startYear: number;
  endYear: number;
  document: LaunchDocument;
  description: string;
  /** The area the movement's targets are counted over (the province); null = every unit. */
  scopeUnitId: number | null;
  status: MovementStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MovementListItem extends Movement {
  participantCount: number;
  targetCount: number;
}

/** The movement the dashboard opens on: the first active one (the seed plan), else the first. */
export function defaultMovement<M extends Pick<MovementListItem, 'status'>>(movements: M[]): M | undefined {
  return movements.find((m) => m.status === 'active') ?? movements[0];
}

export interface MovementDetail extends Movement {
  scopeUnit: MovementUnit | null;
  participants: MovementUnit[];
}

export interface Milestone {
  id: number;
  movementId: number;
  ordinal: number;
  title: string;
  kind: MilestoneKind;
  dueDate: string;
  responsible: string;
  /** Whether every participating unit must send a document for it. */
  requiresSubmission: boolean;
  completedDate: string | null;
  note: string;
  version: number;
}

export interface MilestoneListItem extends Milestone {
  /** Participating units that must submit, and how many did. */
  expected: number;
  received: number;
}

export interface Submission {
  /** null while nothing has been recorded for this unit (the row is then only expected). */
  id: number | null;
  milestoneId: number;
  unitId: number;
  unitName: string;
  /** The unit's own due date, or the milestone's. */
  dueDate: string;
  receivedDate: string | null;
  documentNumber: string;
  /** A path typed by hand before attachments existed; kept readable, no longer entered. */
  filePath: string;
  note: string;
  /** "Không yêu cầu nộp": this unit owes nothing for this milestone, so it is never overdue. */
  notRequired: boolean;
  /** Whole days the document arrived after its due date; 0 when on time, null when not received. */
  daysLate: number | null;
  /** Files attached to this submission (attachments with owner kind "submission"). */
  attachments: number;
  version: number | null;
}

export interface BulkReceiveResult {
  /** Submissions marked received by this call (already received or not required ones are left as they are). */
  updated: number;
}

export interface OverdueItem {
  milestoneId: number;
  milestoneTitle: string;
  unitId: number | null;
  unitName: string;
  dueDate: string;
  /** Whole days past the due date on the as-of date. */
  daysOverdue: number;
}
