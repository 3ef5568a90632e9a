import type { ChannelsOf } from '../../../shared/contract';
import type { CatalogueService } from '../services/nominations/catalogue-service';
import type { NominationImportService } from '../services/nominations/import-service';
import type { NominationsService } from '../services/nominations/nominations-service';
import type { NomineesService } from '../services/nominations/nominees-service';
import type { RoundsService } from '../services/nominations/rounds-service';
import type { HandlerMap } from './types';

export function nominationsHandlers(services: {
  awards: CatalogueService;
  rounds: RoundsService;
  nominees: NomineesService;
  nominations: NominationsService;
  nominationImport: NominationImportService;
  // awards.register and awards.registerXlsx are the council area's (the award register of issued decisions).
}): HandlerMap<
  Exclude<
    ChannelsOf<'awards' | 'rounds' | 'nominees' | 'nominations'>,
    'awards.register' | 'awards.registerXlsx' | 'awards.registerCsv' | 'awards.handOver'
  >
> {
  const { awards, rounds, nominees, nominations, nominationImport } = services;
  return {
    'awards.catalogue': () => awards.catalogue(),
    'awards.updateVoteRule': ({ id, version, ...fields }) => awards.updateVoteRule(id, version, fields),
    'awards.updateRule': ({ id, version, ...fields }) => awards.updateRule(id, version, fields),
    'rounds.list': (input) => rounds.list(input.year ?? null),
    'rounds.create': (input) => rounds.create(input),
    'rounds.update': (input) => rounds.update(input),
    'nominees.search': (input) => nominees.search(input.query, input.kind ?? null, input.limit, input.offset),
    'nominees.create': (input) => nominees.create(input),
    'nominees.createBulk': (input) => nominees.createBulk(input.rows),
    'nominees.get': (input) => nominees.get(input.id),
    'nominees.update': (input) => nominees.update(input),
    'nominees.addAward': (input) => nominees.addAward(input),
    'nominees.addRecord': (input) => nominees.addRecord(input),
    'nominations.list': (input) => nominations.page(input),
    'nominations.exportXlsx': (input) => nominations.exportXlsx(input),
    'nominations.get': (input) => nominations.get(input.id),
    'nominations.create': (input) => nominations.create(input),
    'nominations.update': (input) => nominations.update(input),
    'nominations.transition': (input) => nominations.transition(input.id, input.to, input.reason, input.version),
    'nominations.eligibility': (input) => nominations.eligibility(input.id),
    'nominations.setDocument': (input) =>
      nominations.setDocument(input.id, input.version, input.documentCode, input.received, input.attachmentId),
    'nominations.importPreview': (input) => nominationImport.preview(input),
    'nominations.importCommit': (input) => nominationImport.commit(input),
  };
}
