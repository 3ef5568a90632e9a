import type { MilestonesRepository } from '../db/repositories/milestones';
import type { MovementsRepository } from '../db/repositories/movements';
import type { SettingsRepository } from '../db/repositories/settings';
import type { UnitsRepository } from '../db/repositories/units';
import { setupHandlers } from '../ipc/setup';
import { withMovementSeed } from '../services/movements/seed';
import { createSetupService } from '../services/setup/setup-service';
import { type BaseDeps, defineArea } from './area';

interface SetupDeps {
  seedDir: string;
  settings: SettingsRepository;
  units: UnitsRepository;
  movements: MovementsRepository;
  milestones: MilestonesRepository;
}

/** First run: the province, its units from the catalogue and, for Kon Tum, the seed movement, in one transaction. */
export function createSetupArea(base: BaseDeps, deps: SetupDeps) {
  const { db, audit, clock } = base;
  const plain = createSetupService({ db, audit, clock, settings: deps.settings, units: deps.units, seedDir: deps.seedDir });
  const setup = withMovementSeed(plain, {
    db,
    audit,
    units: deps.units,
    movements: deps.movements,
    milestones: deps.milestones,
    now: () => clock.now(),
  });
  return defineArea({ name: 'setup', services: { setup }, handlers: setupHandlers({ setup }) });
}
