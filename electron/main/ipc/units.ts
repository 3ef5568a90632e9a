import type { ChannelsOf } from '../../../shared/contract';
import type { RegistryImportService } from '../services/units/registry-import';
import type { UnitsService } from '../services/units/units-service';
import type { HandlerMap } from './types';

export function unitsHandlers(services: { units: UnitsService; unitsImport: RegistryImportService }): HandlerMap<ChannelsOf<'units'>> {
  const { units, unitsImport } = services;
  return {
    'units.list': (input) => units.page(input),
    'units.get': (input) => units.get(input.id),
    'units.search': (input) => units.search(input.query, input.limit, input.includeArchived, input.offset),
    'units.create': (input) => units.create(input),
    'units.update': ({ id, version, ...fields }) => units.update(id, version, fields),
    'units.archive': (input) => units.archive(input.id, input.version),
    'units.restore': (input) => units.restore(input.id, input.version),
    'units.match': ({ name, ...options }) => units.match(name, options),
    'units.aliases': (input) => units.aliases(input.unitId),
    'units.addAlias': (input) => units.addAlias(input.unitId, input.name, input.fromImport ? 'import' : 'user'),
    'units.removeAlias': (input) => units.removeAlias(input.id),
    'units.aliasImportPreview': (input) => units.aliasImportPreview(input.base64, input.resolutions),
    'units.aliasImportCommit': (input) => units.aliasImportCommit(input.fileName, input.base64, input.resolutions),
    'units.exportXlsx': (input) => units.exportXlsx(input),
    'units.exportCsv': (input) => units.exportCsv(input),
    'units.importPreview': (input) => unitsImport.preview(input),
    'units.importCommit': (input) => unitsImport.commit(input),
  };
}
