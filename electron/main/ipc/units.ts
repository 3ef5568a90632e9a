import type { ChannelsOf } from '../../../shared/contract';
import type { UnitsService } from '../services/units/units-service';
import type { HandlerMap } from './types';

export function unitsHandlers(services: { units: UnitsService }): HandlerMap<ChannelsOf<'units'>> {
  const { units } = services;
  return {
    'units.list': (input) => units.page(input),
    'units.get': (input) => units.get(input.id),
    'units.search': (input) => units.search(input.query, input.limit, input.includeArchived),
    'units.create': (input) => units.create(input),
    'units.update': ({ id, version, ...fields }) => units.update(id, version, fields),
    'units.archive': (input) => units.archive(input.id, input.version),
    'units.restore': (input) => units.restore(input.id, input.version),
    'units.match': ({ name, ...options }) => units.match(name, options),
    'units.aliases': (input) => units.aliases(input.unitId),
    'units.addAlias': (input) => units.addAlias(input.unitId, input.name, input.fromImport ? 'import' : 'user'),
    'units.removeAlias': (input) => units.removeAlias(input.id),
    'units.exportXlsx': (input) => units.exportXlsx(input),
    'units.exportCsv': (input) => units.exportCsv(input),
  };
}
