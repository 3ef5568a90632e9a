import type { UnitHistoryService } from '../services/unit-history/unit-history-service';
import type { VillagesImportService } from '../services/unit-history/villages-import';
import type { HandlerMap } from './types';

type UnitHistoryChannels =
  | 'units.successors'
  | 'units.setSuccessor'
  | 'units.removeSuccessor'
  | 'units.setValidity'
  | 'units.rollUp'
  | 'villages.importPreview'
  | 'villages.importCommit';

export function unitHistoryHandlers(services: {
  unitHistory: UnitHistoryService;
  villagesImport: VillagesImportService;
}): HandlerMap<UnitHistoryChannels> {
  const { unitHistory, villagesImport } = services;
  return {
    'units.successors': (input) => unitHistory.history(input.unitId, input.asOf),
    'units.setSuccessor': (input) => unitHistory.setSuccessor(input),
    'units.removeSuccessor': (input) => unitHistory.removeSuccessor(input.linkId),
    'units.setValidity': (input) => unitHistory.setValidity(input.id, input.version, input.validFrom, input.validTo),
    'units.rollUp': (input) => unitHistory.rollUp(input.unitIds, input.asOf),
    'villages.importPreview': (input) => villagesImport.preview(input.rows),
    'villages.importCommit': (input) => villagesImport.commit(input.rows),
  };
}
