import type {
  NomineeAddAwardInput,
  NomineeAddRecordInput,
  NomineeCreated,
  NomineeCreateInput,
  NomineesCreated,
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

/** A nominee as `nominations.nominee` reads it back right after its insert, built from what was inserted. */
function storedNominee(id: number, fields: NomineeFields, units: Map<number, UnitListItem | null>): Nominee {
  return {
    id,
    kind: fields.kind,
    name: fields.name,
    formOfAddress: fields.formOfAddress,
    gender: fields.gender,
    birthDate: fields.birthDate,
    birthYear: fields.birthYear,
    ethnicity: fields.ethnicity,
    position: fields.position,
    workplace: fields.workplace,
    classification: fields.classification,
    unitId: fields.unitId,
    unitName: fields.unitId === null ? null : (units.get(fields.unitId)?.name ?? null),
    village: fields.village,
    commune: fields.commune,
    version: 1,
  };
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

  /**
   * The rules beyond the schema. `known` answers unit ids from a batch's one read; `row` names the
   * batch's row in the message and the path ("Dòng 3: ...", rows.2.unitId).
   */
  function checkFields(fields: NomineeFields, batch?: { known: Map<number, UnitListItem | null>; row: number }) {
    const where = batch
      ? { path: `rows.${batch.row}.`, say: (m: string) => msg.bulkRow(batch.row + 1, m) }
      : { path: '', say: (m: string) => m };
    if (fields.unitId !== null && !(batch ? batch.known.get(fields.unitId) : deps.units.find(fields.unitId))) {
      const message = where.say(msg.unitNotFound(fields.unitId));
      throw new AppError('VALIDATION', message, [{ path: `${where.path}unitId`, message }]);
    }
    if (fields.birthDate && fields.birthYear !== null && Number(fields.birthDate.slice(0, 4)) !== fields.birthYear) {
      const message = where.say(msg.birthDateYear);
      throw new AppError('VALIDATION', message, [{ path: `${where.path}birthYear`, message }]);
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
    /**
     * Many new nominees in one transaction: each row checked by create's rules (units read once for the
     * batch), inserted through one prepared statement, and one audit entry naming every nominee with what
     * was stored (nothing read back). A refused row names its row and changes nothing. The search index
     * follows by its triggers. Rows are created as given: those that may repeat a nominee are reported.
     */
    createBulk(rows: NomineeCreateInput[]): NomineesCreated {
      return db.transaction(() => {
        const list = rows.map(nomineeFields);
        const known = new Map<number, UnitListItem | null>();
        for (const fields of list)
          if (fields.unitId !== null && !known.has(fields.unitId)) known.set(fields.unitId, deps.units.find(fields.unitId));
        list.forEach((fields, row) => checkFields(fields, { known, row }));
        const at = clock.now();
        const ids = repo.insertNominees(list, at);
        audit.recordBatch(
          {
            entity: 'nominee',
            action: 'create',
            items: list.map((fields, index) => ({ entityId: ids[index], before: null, after: storedNominee(ids[index], fields, known) })),
            operator: deps.operator(),
          },
          at,
        );
        return { ids, possibleDuplicates: repo.withPossibleDuplicates(ids) };
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
