import type { ChannelsOf } from '../../../shared/contract';
import type { CriteriaService } from '../services/criteria/criteria-service';
import type { CriteriaImportService } from '../services/criteria/import-service';
import type { RecognitionsService } from '../services/criteria/recognitions-service';
import type { HandlerMap } from './types';

export function criteriaHandlers(services: {
  criteria: CriteriaService;
  criteriaImport: CriteriaImportService;
  recognitions: RecognitionsService;
}): HandlerMap<ChannelsOf<'criteria' | 'recognitions' | 'baseline' | 'income'>> {
  const { criteria, criteriaImport, recognitions } = services;
  return {
    'criteria.sets': () => criteria.sets(),
    'criteria.updateSet': (input) => criteria.updateSet(input),
    'criteria.addCriterion': (input) => criteria.addCriterion(input),
    'criteria.updateCriterion': (input) => criteria.updateCriterion(input),
    'criteria.getUnitYear': (input) => criteria.getUnitYear(input.unitId, input.year),
    'criteria.setUnitYear': (input) => criteria.setUnitYear(input),
    'criteria.forDistrictYear': (input) => criteria.forDistrictYear(input.districtId, input.year),
    'criteria.setDistrictYear': (input) => criteria.setDistrictYear(input.districtId, input.year, input.rows),
    'criteria.template': (input) => criteriaImport.template(input.districtId, input.year),
    'criteria.importPreview': (input) => criteriaImport.preview(input.districtId, input.year, input.base64, input.resolutions),
    'criteria.importCommit': (input) => criteriaImport.commit(input.districtId, input.year, input.base64, input.resolutions),
    'recognitions.set': (input) => recognitions.set(input),
    'recognitions.update': (input) => recognitions.update(input),
    'recognitions.remove': (input) => recognitions.remove(input.id, input.version),
    'recognitions.warnings': (input) => recognitions.warnings(input.unitId, input.year, input.level),
    'recognitions.forDistrictYear': (input) => recognitions.forDistrictYear(input.districtId, input.year),
    'recognitions.setDistrictYear': (input) => recognitions.setDistrictYear(input.districtId, input.year, input.rows),
    'baseline.ethnicFlags': (input) => recognitions.ethnicFlags(input.districtId),
    'baseline.setEthnicFlags': (input) => recognitions.setEthnicFlags(input.districtId, input.changes),
    'baseline.readEthnicList': (input) => recognitions.readEthnicList(input.districtId, input.base64),
    'recognitions.forUnit': (input) => recognitions.forUnit(input.unitId),
    'recognitions.list': (input) => recognitions.page(input),
    'income.set': (input) => recognitions.setIncome(input),
    'income.list': (input) => recognitions.incomes(input.unitId),
  };
}
