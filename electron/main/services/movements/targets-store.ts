import type { Target } from '../../../../shared/domain/targets';
import type { MovementsRepository, TargetWrite } from '../../db/repositories/movements';

/**
 * A movement's target rows, kept with the movement they belong to, for the targets area, which owns
 * their rules. The writes run inside the caller's transaction, which records their audit rows.
 */
export function createMovementTargets(deps: { movements: MovementsRepository }) {
  const { movements } = deps;
  return {
    list(movementId: number): Target[] {
      return movements.targets(movementId);
    },
    get(id: number): Target | null {
      return movements.target(id);
    },
    idByCode(movementId: number, code: string): number | null {
      return movements.targetIdByCode(movementId, code);
    },
    insert(movementId: number, fields: TargetWrite, at: string): number {
      return movements.insertTarget(movementId, fields, at);
    },
    update(id: number, version: number, fields: TargetWrite, at: string): boolean {
      return movements.updateTarget(id, version, fields, at);
    },
  };
}

export type MovementTargets = ReturnType<typeof createMovementTargets>;
