import type {
  NomineeAddAwardInput,
  NomineeAddRecordInput,
  NomineeCreated,
  NomineeCreateInput,
  NomineeUpdateInput,
} from '../../../../shared/contract/nominees';
import type { Nominee, NomineeDetail, NomineeHistoryEntry, NomineeKind } from '../../../../shared/domain/nominations';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { foldedWords, foldText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { HistoryFields, NominationsRepository, NomineeFields } from '../../db/repositories/nominations';
import type { Clock } from '../context';
import type { CatalogueService } from './catalogue-service';
import { nominationMessages as msg } from './messages';

interface Deps {
  db: Db;
  nominations: NominationsRepository;
  catalogue: CatalogueService;
  units: { find(id: number): UnitListItem | null };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** Fields of a new nominee from the create input of its kind; blanks for what the kind does not have. */
export function nomineeFields(input: NomineeCreateInput): NomineeFields {
  const blank = {
    formOfAddress: '',
    gender: null,
    birthDate: null,
    birthYear: null,
    ethnicity: '',
    position: '',
    workplace: '',
    classification: '',
    village: '',
    commune: '',
  };
  const base = { ...blank, kind: input.kind, name: input.name, foldedName: foldText(input.name), unitId: input.unitId };
  if (input.kind === 'individual') {
    const birthYear = input.birthYear ?? (input.birthDate ? Number(input.birthDate.slice(0, 4)) : null);
    return { ...base, ...input, foldedName: base.foldedName, birthYear };
  }
  if (input.kind === 'collective') return { ...base, classification: input.classification, workplace: input.workplace };
  return { ...base, village: input.village, commune: input.commune };
}

/** One register of nominees reused across rounds, with their history: awards, task ratings, initiatives, discipline. */
export function createNomineesService(deps: Deps) {
  const { db, nominations: repo, audit, clock } = deps;

  function mustGet(id: number): Nominee {
    const nominee = repo.nominee(id);
    if (!nominee) throw new AppError('NOT_FOUND', msg.nomineeNotFound(id));
    return nominee;
  }

  function detail(id: number): NomineeDetail {
    const nominee = mustGet(id);
    return {
      ...nominee,
      history: repo.history(id),
      possibleDuplicates: repo.possibleDuplicates({ ...nominee, foldedName: foldText(nominee.name) }, id),
    };
  }

  function checkFields(fields: NomineeFields) {
    if (fields.unitId !== null && !deps.units.find(fields.unitId)) {
      throw new AppError('VALIDATION', msg.unitNotFound(fields.unitId), [{ path: 'unitId', message: msg.unitNotFound(fields.unitId) }]);
    }
    if (fields.birthDate && fields.birthYear !== null && Number(fields.birthDate.slice(0, 4)) !== fields.birthYear) {
      throw new AppError('VALIDATION', msg.birthDateYear, [{ path: 'birthYear', message: msg.birthDateYear }]);
    }
  }

  /** Inserts and audits; the caller holds the transaction. */
  function insert(fields: NomineeFields, at: string): Nominee {
    checkFields(fields);
    const id = repo.insertNominee(fields, at);
    const created = mustGet(id);
    audit.record({ entity: 'nominee', entityId: id, action: 'create', before: null, after: created, operator: deps.operator() }, at);
    return created;
  }

  function addHistory(nomineeId: number, fields: HistoryFields): NomineeHistoryEntry {
    return db.transaction(() => {
      const nominee = mustGet(nomineeId);
      const currentYear = Number(clock.now().slice(0, 4));
      if (fields.year > currentYear)
        throw new AppError('VALIDATION', msg.historyYearAfter(fields.year), [{ path: 'year', message: msg.historyYearAfter(fields.year) }]);
      if (fields.decisionDate && Number(fields.decisionDate.slice(0, 4)) < fields.year) {
        throw new AppError('VALIDATION', msg.decisionBeforeYear, [{ path: 'decisionDate', message: msg.decisionBeforeYear }]);
      }
      if (repo.sameHistory(nomineeId, fields)) {
        const label = fields.awardCode ? deps.catalogue.nameOf(fields.awardCode) : (fields.rating ?? fields.kind);
        throw new AppError('CONFLICT', msg.historyTwice(label, fields.year));
      }
      const at = clock.now();
      const id = repo.insertHistory(nominee.id, fields, at);
      const created = repo.historyEntry(id) as NomineeHistoryEntry;
      audit.record(
        { entity: 'nominee-history', entityId: id, action: 'create', before: null, after: created, operator: deps.operator() },
        at,
      );
      // The nominee's own history shows the entry too.
      audit.record(
        {
          entity: 'nominee',
          entityId: nominee.id,
          action: 'update',
          before: { history: null },
          after: { history: created },
          operator: deps.operator(),
        },
        at,
      );
      return created;
    })();
  }

  const noDecision = { decisionNumber: '', decisionDate: null, issuer: '' };

  return {
    search(query: string, kind: NomineeKind | null, limit: number, offset = 0): Nominee[] {
      return repo.searchNominees(foldedWords(query), kind, limit, offset);
    },
    find(id: number): Nominee | null {
      return repo.nominee(id);
    },
    mustGet,
    get: detail,
    history(id: number): NomineeHistoryEntry[] {
      return repo.history(id);
    },
    create(input: NomineeCreateInput): NomineeCreated {
      return db.transaction(() => {
        const created = detail(insert(nomineeFields(input), clock.now()).id);
        return { ...created, duplicateWarning: created.possibleDuplicates.length > 0 };
      })();
    },
    update(input: NomineeUpdateInput): NomineeCreated {
      return db.transaction(() => {
        const before = mustGet(input.id);
        if (before.kind !== input.kind)
          throw new AppError('VALIDATION', msg.kindCannotChange, [{ path: 'kind', message: msg.kindCannotChange }]);
        const { id: _id, version, ...rest } = input;
        const fields = nomineeFields(rest);
        checkFields(fields);
        const at = clock.now();
        if (before.version !== version || !repo.updateNominee(input.id, version, fields, at)) {
          throw new AppError('CONFLICT', msg.nomineeStale(before.name));
        }
        const after = detail(input.id);
        const { history: _h, possibleDuplicates: _d, ...stored } = after;
        audit.record({ entity: 'nominee', entityId: input.id, action: 'update', before, after: stored, operator: deps.operator() }, at);
        return { ...after, duplicateWarning: after.possibleDuplicates.length > 0 };
      })();
    },
    /** For the import: the one existing nominee matching name, kind, year of birth and unit, or a new one. Inside the caller's transaction. */
    findOrInsert(fields: NomineeFields, at: string): { nominee: Nominee; created: boolean } {
      const same = repo.possibleDuplicates(fields, null);
      if (same.length === 1) return { nominee: same[0], created: false };
      return { nominee: insert(fields, at), created: true };
    },
    /**
     * findOrInsert for a whole list (an import), in the caller's transaction: each row finds the one
     * nominee it names (one inserted by an earlier row included) or is inserted; one audit entry names
     * every nominee created.
     */
    findOrInsertMany(list: NomineeFields[], at: string): { nominee: Nominee; created: boolean }[] {
      // Each unit a row names is looked up once for the list.
      const unitKnown = new Map<number, boolean>();
      const results = list.map((fields) => {
        const same = repo.possibleDuplicates(fields, null);
        if (same.length === 1) return { nominee: same[0], created: false };
        if (fields.unitId !== null) {
          let known = unitKnown.get(fields.unitId);
          if (known === undefined) {
            known = deps.units.find(fields.unitId) !== null;
            unitKnown.set(fields.unitId, known);
          }
          if (!known) checkFields(fields);
        }
        checkFields({ ...fields, unitId: null });
        return { nominee: mustGet(repo.insertNominee(fields, at)), created: true };
      });
      const created = results.filter((r) => r.created).map((r) => r.nominee);
      audit.recordBatch(
        {
          entity: 'nominee',
          action: 'create',
          items: created.map((nominee) => ({ entityId: nominee.id, before: null, after: nominee })),
          operator: deps.operator(),
        },
        at,
      );
      return results;
    },
    addAward(input: NomineeAddAwardInput): NomineeHistoryEntry {
      const award = deps.catalogue.mustAward(input.awardCode);
      return addHistory(input.nomineeId, {
        ...noDecision,
        ...input,
        kind: 'award',
        awardCode: award.code,
        commendationKind: input.commendationKind,
        rating: null,
        scope: null,
        detail: '',
      });
    },
    addRecord(input: NomineeAddRecordInput): NomineeHistoryEntry {
      const common = { ...noDecision, ...input, awardCode: null, commendationKind: null, rating: null, scope: null, detail: '' };
      if (input.kind === 'rating') return addHistory(input.nomineeId, { ...common, rating: input.rating });
      if (input.kind === 'initiative') return addHistory(input.nomineeId, { ...common, scope: input.scope, detail: input.detail });
      return addHistory(input.nomineeId, { ...common, detail: input.detail });
    },
  };
}

export type NomineesService = ReturnType<typeof createNomineesService>;
