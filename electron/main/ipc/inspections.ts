import type { ChannelsOf } from '../../../shared/contract';
import type { InspectionExports } from '../services/inspections/exports';
import type { InspectionsService } from '../services/inspections/inspections-service';
import type { PeopleService } from '../services/inspections/people-service';
import type { RecommendationsService } from '../services/inspections/recommendations-service';
import type { HandlerMap } from './types';

export function inspectionsHandlers(services: {
  people: PeopleService;
  inspections: InspectionsService;
  recommendations: RecommendationsService;
  exports: InspectionExports;
}): HandlerMap<ChannelsOf<'people' | 'inspections' | 'recommendations'>> {
  const { people, inspections, recommendations, exports } = services;
  return {
    'people.list': (input) => people.list(input.query, input.limit),
    'people.create': (input) => people.create(input),
    'people.update': ({ id, version, ...fields }) => people.update(id, version, fields),
    'inspections.list': (input) => inspections.list(input.year ?? null),
    'inspections.get': (input) => inspections.get(input.id),
    'inspections.create': (input) => inspections.create(input),
    'inspections.update': ({ id, version, ...fields }) => inspections.update(id, version, fields),
    'inspections.saveTeam': (input) => inspections.saveTeam(input),
    'inspections.addVisit': ({ inspectionId, unitId, ...fields }) => inspections.addVisit(inspectionId, unitId, fields),
    'inspections.updateVisit': ({ id, version, ...fields }) => inspections.updateVisit(id, version, fields),
    'inspections.visit': (input) => inspections.visit(input.id),
    'inspections.template': (input) => inspections.template(input.id),
    'inspections.updateTemplate': (input) => inspections.updateTemplate(input),
    'inspections.setResults': (input) => inspections.setResults(input.visitId, input.items),
    'inspections.setFindings': ({ visitId, version, ...findings }) => inspections.setFindings(visitId, version, findings),
    'inspections.transition': (input) => inspections.transition(input.visitId, input.to, input.reason, input.version),
    'recommendations.create': (input) => recommendations.create(input),
    'recommendations.update': ({ id, version, ...change }) => recommendations.update(id, version, change),
    'recommendations.list': (input) => recommendations.page(input),
    'inspections.exportXlsx': (input) => exports.round(input.inspectionId, input.list),
    'recommendations.exportXlsx': (input) => exports.recommendations(input),
  };
}
