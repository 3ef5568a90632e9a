import { createSettingsRepository } from '../db/repositories/settings';
import { createUnitsRepository } from '../db/repositories/units';
import { setupHandlers } from '../ipc/setup';
import { type OwnerSeed, withOwnerSeed } from '../services/agencies/owner-seed';
import { type MovementSeed, withMovementSeed } from '../services/movements/seed';
import { createSetupService } from '../services/setup/setup-service';
import { type BaseDeps, defineArea } from './area';

interface SetupDeps {
  seedDir: string;
  /** The Kon Tum plan, written by the movements area inside setup's transaction. */
  movementSeed: MovementSeed;
  /** The criteria's default owners (agencies area), written in the same transaction. */
  ownerSeed: OwnerSeed;
}

/**
 * First run: the province, its units from the catalogue and, for Kon Tum, the seed movement, in one
 * transaction. Setup is the one service that writes other areas' tables directly (the settings row
 * and the whole unit catalogue, before any operator exists), so it builds those repositories here
 * rather than taking them from their areas (see the exception in eslint.config.mjs).
 */
export function createSetupArea(base: BaseDeps, deps: SetupDeps) {
  const { db, audit, clock } = base;
  const plain = createSetupService({
    db,
    audit,
    clock,
    settings: createSettingsRepository(db),
    units: createUnitsRepository(db),
    seedDir: deps.seedDir,
  });
  const seeded = withMovementSeed(plain, { db, seed: deps.movementSeed, now: () => clock.now() });
  const setup = withOwnerSeed(seeded, { db, seed: deps.ownerSeed, now: () => clock.now() });
  return defineArea({ name: 'setup', services: { setup }, handlers: setupHandlers({ setup }) });
}
