import type { ChannelsOf } from '../../../shared/contract';
import type { UnitHistoryService } from '../services/unit-history/unit-history-service';
import type { VillagesImportService } from '../services/unit-history/villages-import';
import type { HandlerMap } from './types';

export function unitHistoryHandlers(services: {
  unitHistory: UnitHistoryService;
  villagesImport: VillagesImportService;
}): HandlerMap<ChannelsOf<'unitHistory' | 'villages'>> {
  const { unitHistory, villagesImport } = services;
  return {
    'unitHistory.successors': (input) => unitHistory.history(input.unitId, input.asOf),
    'unitHistory.setSuccessor': (input) => unitHistory.setSuccessor(input),
    'unitHistory.createSuccessor': (input) => unitHistory.createSuccessor(input),
    'unitHistory.removeSuccessor': (input) => unitHistory.removeSuccessor(input.linkId),
    'unitHistory.setValidity': (input) => unitHistory.setValidity(input.id, input.version, input.validFrom, input.validTo),
    'unitHistory.rollUp': (input) => unitHistory.rollUp(input.unitIds, input.asOf),
    'villages.importPreview': (input) => villagesImport.preview(input.rows, input.resolutions),
    'villages.importCommit': (input) => villagesImport.commit(input.rows, input.resolutions),
  };
}
