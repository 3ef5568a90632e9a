import { todayIso } from '../../../shared/format/date';
import { createUnitHistoryRepository } from '../db/repositories/unit-history';
import type { UnitsRepository } from '../db/repositories/units';
import { unitHistoryHandlers } from '../ipc/unit-history';
import { createUnitHistoryService } from '../services/unit-history/unit-history-service';
import { createVillagesImportService } from '../services/unit-history/villages-import';
import { type BaseDeps, defineArea } from './area';

/** Units across reorganisations (successors, validity, roll-up) and the village import. */
export function createUnitHistoryArea(base: BaseDeps, deps: { units: UnitsRepository }) {
  const history = createUnitHistoryRepository(base.db);
  const unitHistory = createUnitHistoryService({ ...base, units: deps.units, history, today: () => todayIso() });
  const villagesImport = createVillagesImportService({ ...base, units: deps.units });
  return defineArea({
    name: 'unitHistory',
    services: { unitHistory, villagesImport },
    repositories: { history },
    handlers: unitHistoryHandlers({ unitHistory, villagesImport }),
  });
}
