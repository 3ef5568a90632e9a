import type { Statement } from 'better-sqlite3';

import type {
  Award,
  AwardRule,
  CommendationKind,
  DossierDocument,
  EligibilityCondition,
  HistoryKind,
  NominationRound,
  NominationStatus,
  NominationTransition,
  Nominee,
  NomineeHistoryEntry,
  NomineeKind,
  RoundStatus,
  VoteRule,
} from '../../../../shared/domain/nominations';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../connection';
import { wordStartPattern } from '../sql-functions';

interface AwardRow {
  id: number;
  code: string;
  name: string;
  category: Award['category'];
  level: Award['level'];
  authority: string;
  nominee_kinds: string;
  commendation_kinds: string;
  legal_basis: string;
  note: string;
  version: number;
}

interface RuleRow {
  id: number;
  award_id: number;
  nominee_kind: NomineeKind | null;
  commendation_kinds: string;
  exclude_award_kinds: string;
  valid_from: string;
  valid_to: string | null;
  legal_basis: string;
  condition_json: string;
  is_default: number;
  note: string;
  version: number;
}

interface VoteRow {
  id: number;
  award_id: number;
  valid_from: string;
  valid_to: string | null;
  legal_basis: string;
  required: number;
  threshold_percent: number | null;
  base: VoteRule['base'];
  secret_ballot: number;
  is_default: number;
  version: number;
}

interface DocumentRow {
  award_id: number;
  code: string;
  label: string;
  required: number;
  is_default: number;
}

interface RoundRow {
  id: number;
  name: string;
  year: number;
  commendation_kind: CommendationKind;
  movement_id: number | null;
  movement_name: string | null;
  deadline: string;
  status: RoundStatus;
  note: string;
  nomination_count: number;
  version: number;
}

interface NomineeRow {
  id: number;
  kind: NomineeKind;
  name: string;
  form_of_address: string;
  gender: Nominee['gender'];
  birth_date: string | null;
  birth_year: number | null;
  ethnicity: string;
  position: string;
  workplace: string;
  classification: string;
  unit_id: number | null;
  unit_name: string | null;
  village: string;
  commune: string;
  version: number;
}

interface HistoryRow {
  id: number;
  nominee_id: number;
  kind: HistoryKind;
  year: number;
  award_code: string | null;
  award_name: string | null;
  commendation_kind: CommendationKind | null;
  rating: NomineeHistoryEntry['rating'];
  scope: NomineeHistoryEntry['scope'];
  detail: string;
  decision_number: string;
  decision_date: string | null;
  issuer: string;
  version: number;
}

export interface NominationRow {
  id: number;
  round_id: number;
  nominee_id: number;
  nominee_kind: NomineeKind;
  nominee_name: string;
  award_code: string;
  award_name: string;
  award_level: Award['level'];
  proposing_unit_id: number;
  proposing_unit_name: string;
  summary: string;
  land_m2: number | null;
  money_vnd: number | null;
  workdays: number | null;
  status: NominationStatus;
  received_on: string | null;
  version: number;
}

/** What the eligibility check reads of a dossier. */
export type NominationKeyRow = Pick<NominationRow, 'id' | 'nominee_id' | 'nominee_kind' | 'award_code' | 'received_on'>;

export interface RoundFields {
  name: string;
  year: number;
  commendationKind: CommendationKind;
  movementId: number | null;
  deadline: string;
  status: RoundStatus;
  note: string;
}

export interface NomineeFields {
  kind: NomineeKind;
  name: string;
  foldedName: string;
  formOfAddress: string;
  gender: Nominee['gender'];
  birthDate: string | null;
  birthYear: number | null;
  ethnicity: string;
  position: string;
  workplace: string;
  classification: string;
  unitId: number | null;
  village: string;
  commune: string;
}

export interface HistoryFields {
  kind: HistoryKind;
  year: number;
  awardCode: string | null;
  commendationKind: CommendationKind | null;
  rating: NomineeHistoryEntry['rating'];
  scope: NomineeHistoryEntry['scope'];
  detail: string;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
}

export interface NominationFields {
  roundId: number;
  nomineeId: number;
  awardCode: string;
  proposingUnitId: number;
  summary: string;
  landM2: number | null;
  moneyVnd: number | null;
  workdays: number | null;
}

export interface NominationFilter {
  roundId: number;
  status?: NominationStatus;
  awardCode?: string;
  proposingUnitId?: number;
  nomineeKind?: NomineeKind;
  /** Folded words; each must start a word of the nominee's folded name. */
  words?: string[];
}

/** The order of a page of dossiers; ties fall back to the form, the nominee's name, then the id. */
export interface NominationOrder {
  sort: 'award' | 'name' | 'unit' | 'status';
  direction: 'asc' | 'desc';
}

function nominationOrder({ sort, direction }: NominationOrder): string {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  const keys: Record<NominationOrder['sort'], string[]> = {
    award: ['a.ordinal', 'p.kind', 'p.folded_name', 'n.id'],
    name: ['p.folded_name', 'n.id'],
    unit: ['u.name_folded', 'p.folded_name', 'n.id'],
    // The intake workflow's order: Nháp, Đã tiếp nhận, Cần bổ sung, Đủ hồ sơ, Trình Hội đồng.
    status: [
      "CASE n.status WHEN 'draft' THEN 0 WHEN 'received' THEN 1 WHEN 'needs-supplement' THEN 2 WHEN 'complete' THEN 3 ELSE 4 END",
      'a.ordinal',
      'p.folded_name',
      'n.id',
    ],
  };
  return keys[sort].map((key) => `${key} ${dir}`).join(', ');
}

/** The WHERE of a round's filters; every one in SQL on the round's indexes. */
function nominationWhere(filter: NominationFilter): { where: string; args: Record<string, unknown>; needsNominee: boolean } {
  const where = ['n.round_id = @roundId'];
  const args: Record<string, unknown> = { roundId: filter.roundId };
  if (filter.status) {
    where.push('n.status = @status');
    args.status = filter.status;
  }
  if (filter.awardCode) {
    where.push('n.award_code = @awardCode');
    args.awardCode = filter.awardCode;
  }
  if (filter.proposingUnitId) {
    where.push('n.proposing_unit_id = @proposingUnitId');
    args.proposingUnitId = filter.proposingUnitId;
  }
  if (filter.nomineeKind) {
    where.push('p.kind = @nomineeKind');
    args.nomineeKind = filter.nomineeKind;
  }
  (filter.words ?? []).forEach((word, index) => {
    where.push(`(' ' || p.folded_name) LIKE @w${index} ESCAPE '\\'`);
    args[`w${index}`] = wordStartPattern(word);
  });
  return { where: `WHERE ${where.join(' AND ')}`, args, needsNominee: Boolean(filter.nomineeKind || filter.words?.length) };
}

const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

function toRule(row: RuleRow): AwardRule {
  return {
    id: row.id,
    nomineeKind: row.nominee_kind,
    commendationKinds: parseList<CommendationKind>(row.commendation_kinds),
    excludeAwardKinds: parseList<CommendationKind>(row.exclude_award_kinds),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    legalBasis: row.legal_basis,
    isDefault: row.is_default === 1,
    condition: JSON.parse(row.condition_json) as EligibilityCondition,
    note: row.note,
    version: row.version,
  };
}

function toVote(row: VoteRow): VoteRule {
  return {
    id: row.id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    legalBasis: row.legal_basis,
    isDefault: row.is_default === 1,
    required: row.required === 1,
    thresholdPercent: row.threshold_percent,
    base: row.base,
    secretBallot: row.secret_ballot === 1,
    version: row.version,
  };
}

const toDocument = (row: DocumentRow): DossierDocument => ({
  code: row.code,
  label: row.label,
  required: row.required === 1,
  isDefault: row.is_default === 1,
});

function toRound(row: RoundRow): NominationRound {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    commendationKind: row.commendation_kind,
    movementId: row.movement_id,
    movementName: row.movement_name,
    deadline: row.deadline,
    status: row.status,
    note: row.note,
    nominationCount: row.nomination_count,
    version: row.version,
  };
}

/** A nominee's columns in the order of the insert statement (positional: no named-parameter lookups per row). */
function nomineeValues(f: NomineeFields, at: string): unknown[] {
  return [
    f.kind,
    f.name,
    f.foldedName,
    f.formOfAddress,
    f.gender,
    f.birthDate,
    f.birthYear,
    f.ethnicity,
    f.position,
    f.workplace,
    f.classification,
    f.unitId,
    f.village,
    f.commune,
    at,
    at,
  ];
}

function toNominee(row: NomineeRow): Nominee {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    formOfAddress: row.form_of_address,
    gender: row.gender,
    birthDate: row.birth_date,
    birthYear: row.birth_year,
    ethnicity: row.ethnicity,
    position: row.position,
    workplace: row.workplace,
    classification: row.classification,
    unitId: row.unit_id,
    unitName: row.unit_name,
    village: row.village,
    commune: row.commune,
    version: row.version,
  };
}

function toHistory(row: HistoryRow): NomineeHistoryEntry {
  return {
    id: row.id,
    nomineeId: row.nominee_id,
    kind: row.kind,
    year: row.year,
    awardCode: row.award_code,
    awardName: row.award_name,
    commendationKind: row.commendation_kind,
    rating: row.rating,
    scope: row.scope,
    detail: row.detail,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    issuer: row.issuer,
    version: row.version,
  };
}

function toAward(row: AwardRow, rules: RuleRow[], votes: VoteRow[], documents: DocumentRow[]): Award {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    category: row.category,
    level: row.level,
    authority: row.authority,
    nomineeKinds: parseList<NomineeKind>(row.nominee_kinds),
    commendationKinds: parseList<CommendationKind>(row.commendation_kinds),
    legalBasis: row.legal_basis,
    note: row.note,
    version: row.version,
    documents: documents.filter((d) => d.award_id === row.id).map(toDocument),
    voteRules: votes.filter((v) => v.award_id === row.id).map(toVote),
    rules: rules.filter((r) => r.award_id === row.id).map(toRule),
  };
}

const ROUND_SELECT = `SELECT r.id, r.name, r.year, r.commendation_kind, r.movement_id, m.name AS movement_name, r.deadline, r.status, r.note, r.version,
  (SELECT COUNT(*) FROM nominations n WHERE n.round_id = r.id) AS nomination_count
  FROM nomination_rounds r LEFT JOIN movements m ON m.id = r.movement_id`;

const NOMINEE_SELECT = `SELECT p.id, p.kind, p.name, p.form_of_address, p.gender, p.birth_date, p.birth_year, p.ethnicity, p.position,
  p.workplace, p.classification, p.unit_id, u.name AS unit_name, p.village, p.commune, p.version
  FROM nominees p LEFT JOIN units u ON u.id = p.unit_id`;

const NOMINATION_SELECT = `SELECT n.id, n.round_id, n.nominee_id, p.kind AS nominee_kind, p.name AS nominee_name, n.award_code, a.name AS award_name,
  a.level AS award_level, n.proposing_unit_id, u.name AS proposing_unit_name, n.summary, n.land_m2, n.money_vnd, n.workdays, n.status,
  n.received_on, n.version
  FROM nominations n JOIN nominees p ON p.id = n.nominee_id JOIN awards a ON a.code = n.award_code JOIN units u ON u.id = n.proposing_unit_id`;

/**
 * A nominee search sorts the names of its rarest word when that word starts at most this many names'
 * words (a few milliseconds over a million nominees); above it the word index is read in order until the page is full.
 */
const NOMINEE_CANDIDATE_CAP = 4000;

/** All SQL of the nominations area: the award catalogue, rounds, nominees with history, nominations. */
export function createNominationsRepository(db: Db) {
  // Statements are prepared once and reused: an import writes thousands of rows through the same few.
  const statements = new Map<string, Statement>();
  const prep = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const awardsByCode = prep('SELECT * FROM awards WHERE code = ?');
  const countTerms = prep(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM nominee_search_terms WHERE term >= ? AND term < ? LIMIT ${NOMINEE_CANDIDATE_CAP + 1})`,
  );
  const awardNameByCode = prep('SELECT name FROM awards WHERE code = ?');
  const insertNominee = prep(
    `INSERT INTO nominees (kind, name, folded_name, form_of_address, gender, birth_date, birth_year, ethnicity, position, workplace,
       classification, unit_id, village, commune, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The rule of possibleDuplicates, for a batch of new ids at once.
  const duplicatesAmong = prep(
    `SELECT n.id FROM nominees n WHERE n.id IN (SELECT value FROM json_each(?))
       AND EXISTS (SELECT 1 FROM nominees o WHERE o.folded_name = n.folded_name AND o.kind = n.kind AND o.id <> n.id
         AND (n.birth_year IS NULL OR o.birth_year IS NULL OR o.birth_year = n.birth_year)
         AND (n.unit_id IS NULL OR o.unit_id IS NULL OR o.unit_id = n.unit_id))
       ORDER BY n.id`,
  ).pluck();
  return {
    awards(): Award[] {
      const rows = prep('SELECT * FROM awards ORDER BY ordinal').all() as AwardRow[];
      const rules = prep('SELECT * FROM award_rules ORDER BY award_id, valid_from, id').all() as RuleRow[];
      const votes = prep('SELECT * FROM award_vote_rules ORDER BY award_id, valid_from, id').all() as VoteRow[];
      const documents = prep('SELECT * FROM award_documents ORDER BY award_id, ordinal').all() as DocumentRow[];
      return rows.map((row) => toAward(row, rules, votes, documents));
    },
    /** One award with its rules, read alone (eligibility and checks read one award many times). */
    award(code: string): Award | null {
      const row = awardsByCode.get(code) as AwardRow | undefined;
      if (!row) return null;
      return toAward(
        row,
        prep('SELECT * FROM award_rules WHERE award_id = ? ORDER BY valid_from, id').all(row.id) as RuleRow[],
        prep('SELECT * FROM award_vote_rules WHERE award_id = ? ORDER BY valid_from, id').all(row.id) as VoteRow[],
        prep('SELECT * FROM award_documents WHERE award_id = ? ORDER BY ordinal').all(row.id) as DocumentRow[],
      );
    },
    awardName(code: string): string | null {
      return (awardNameByCode.get(code) as { name: string } | undefined)?.name ?? null;
    },
    voteRule(id: number): VoteRule | null {
      const row = prep('SELECT * FROM award_vote_rules WHERE id = ?').get(id) as VoteRow | undefined;
      return row ? toVote(row) : null;
    },
    updateVoteRule(
      id: number,
      version: number,
      fields: Pick<VoteRule, 'required' | 'thresholdPercent' | 'base' | 'secretBallot'>,
      at: string,
    ): boolean {
      return (
        db
          .prepare(
            `UPDATE award_vote_rules SET required = ?, threshold_percent = ?, base = ?, secret_ballot = ?, is_default = 0,
             version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
          )
          .run(fields.required ? 1 : 0, fields.thresholdPercent, fields.base, fields.secretBallot ? 1 : 0, at, id, version).changes === 1
      );
    },
    rule(id: number): AwardRule | null {
      const row = prep('SELECT * FROM award_rules WHERE id = ?').get(id) as RuleRow | undefined;
      return row ? toRule(row) : null;
    },
    updateRule(id: number, version: number, fields: Pick<AwardRule, 'condition' | 'excludeAwardKinds' | 'note'>, at: string): boolean {
      return (
        db
          .prepare(
            `UPDATE award_rules SET condition_json = ?, exclude_award_kinds = ?, note = ?, is_default = 0, version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?`,
          )
          .run(JSON.stringify(fields.condition), JSON.stringify(fields.excludeAwardKinds), fields.note, at, id, version).changes === 1
      );
    },

    // Rounds
    rounds(year: number | null): NominationRound[] {
      const rows = db
        .prepare(`${ROUND_SELECT} ${year === null ? '' : 'WHERE r.year = ?'} ORDER BY r.year DESC, r.deadline DESC, r.id DESC`)
        .all(...(year === null ? [] : [year])) as RoundRow[];
      return rows.map(toRound);
    },
    round(id: number): NominationRound | null {
      const row = prep(`${ROUND_SELECT} WHERE r.id = ?`).get(id) as RoundRow | undefined;
      return row ? toRound(row) : null;
    },
    insertRound(fields: RoundFields, at: string): number {
      return Number(
        db
          .prepare(
            `INSERT INTO nomination_rounds (name, year, commendation_kind, movement_id, deadline, status, note, created_at, updated_at)
             VALUES (@name, @year, @commendationKind, @movementId, @deadline, @status, @note, @at, @at)`,
          )
          .run({ ...fields, at }).lastInsertRowid,
      );
    },
    updateRound(id: number, version: number, fields: RoundFields, at: string): boolean {
      return (
        db
          .prepare(
            `UPDATE nomination_rounds SET name = @name, year = @year, commendation_kind = @commendationKind, movement_id = @movementId,
             deadline = @deadline, status = @status, note = @note, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`,
          )
          .run({ ...fields, id, version, at }).changes === 1
      );
    },

    // Nominees
    /**
     * Nominees whose folded name has every word starting one of its words: names beginning with the words
     * as typed first ("nguyen van" -> Nguyễn Văn ...), in name order, then the others. Both read index
     * ranges (the name index, and migration 013's word index from the rarest word), never the whole
     * register. The others come in name order when the rarest word is rare; when every word is common
     * (thousands of names) they come in that word's index order, each page shown in name order, so a page
     * costs the same wherever its names fall in the alphabet.
     */
    searchNominees(words: string[], kind: NomineeKind | null, limit: number, offset = 0): Nominee[] {
      if (words.length === 0) {
        const sql = `${NOMINEE_SELECT} ${kind ? 'WHERE p.kind = @kind' : ''} ORDER BY p.folded_name, p.id LIMIT @limit OFFSET @offset`;
        return (prep(sql).all({ kind, limit, offset }) as NomineeRow[]).map(toNominee);
      }
      const phrase = words.join(' ');
      const params: Record<string, unknown> = { phrase, phraseEnd: `${phrase}\uffff`, kind, limit, offset };
      const kindClause = kind ? ' AND p.kind = @kind' : '';
      const starts = 'p.folded_name >= @phrase AND p.folded_name < @phraseEnd';
      const first = prep(`${NOMINEE_SELECT} WHERE ${starts}${kindClause} ORDER BY p.folded_name, p.id LIMIT @limit OFFSET @offset`).all(
        params,
      ) as NomineeRow[];
      if (first.length === limit) return first.map(toNominee);
      // How many names begin with the phrase, up to this page: where the second part's page starts.
      const begun =
        first.length > 0
          ? offset + first.length
          : (
              prep(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM nominees p WHERE ${starts}${kindClause} LIMIT @offset)`).get(params) as {
                n: number;
              }
            ).n;
      const counts = words.map((word, index) => {
        params[`w${index}`] = word;
        params[`w${index}End`] = `${word}\uffff`;
        return { index, n: (countTerms.get(word, `${word}\uffff`) as { n: number }).n };
      });
      const driver = counts.reduce((a, b) => (b.n < a.n ? b : a));
      const others = counts
        .filter((c) => c !== driver)
        .map(
          (c) =>
            ` AND EXISTS (SELECT 1 FROM nominee_search_terms t WHERE t.nominee_id = d.nominee_id AND t.term >= @w${c.index} AND t.term < @w${c.index}End)`,
        )
        .join('');
      const range = `d.term >= @w${driver.index} AND d.term < @w${driver.index}End`;
      const page = { ...params, restLimit: limit - first.length, restOffset: Math.max(0, offset - begun) };
      // A rare word: its names are read from the word index (the others checked there first) and sorted.
      // MATERIALIZED and CROSS JOIN keep the planner from walking the whole register to meet them.
      const rest =
        driver.n <= NOMINEE_CANDIDATE_CAP
          ? (prep(
              `WITH c(id) AS MATERIALIZED (SELECT DISTINCT d.nominee_id FROM nominee_search_terms d WHERE ${range}${others})
               ${NOMINEE_SELECT.replace('FROM nominees p', 'FROM c CROSS JOIN nominees p ON p.id = c.id')} WHERE NOT (${starts})${kindClause}
               ORDER BY p.folded_name, p.id LIMIT @restLimit OFFSET @restOffset`,
            ).all(page) as NomineeRow[])
          : // Every word common (thousands of names): read in the rarest word's index order, which stops
            // when the page is full however the matches fall in name order; each name counted at its first
            // word in that range. The page is then shown in name order.
            (
              prep(
                `${NOMINEE_SELECT.replace('FROM nominees p', 'FROM nominee_search_terms d CROSS JOIN nominees p ON p.id = d.nominee_id')}
                 WHERE ${range}${others}
                   AND NOT EXISTS (SELECT 1 FROM nominee_search_terms e WHERE e.nominee_id = d.nominee_id AND e.term >= @w${driver.index} AND e.term < d.term)
                   AND NOT (${starts})${kindClause}
                 ORDER BY d.term, d.nominee_id LIMIT @restLimit OFFSET @restOffset`,
              ).all(page) as NomineeRow[]
            )
              .map((row) => ({ row, key: foldText(row.name) }))
              .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.id - b.row.id))
              .map(({ row }) => row);
      return [...first, ...rest].map(toNominee);
    },
    nominee(id: number): Nominee | null {
      const row = prep(`${NOMINEE_SELECT} WHERE p.id = ?`).get(id) as NomineeRow | undefined;
      return row ? toNominee(row) : null;
    },
    /** Same folded name and kind, and the same year of birth or unit where both are known. */
    possibleDuplicates(fields: Pick<NomineeFields, 'kind' | 'foldedName' | 'birthYear' | 'unitId'>, exceptId: number | null): Nominee[] {
      const rows = prep(
        `${NOMINEE_SELECT} WHERE p.folded_name = @foldedName AND p.kind = @kind AND p.id <> @exceptId
           AND (@birthYear IS NULL OR p.birth_year IS NULL OR p.birth_year = @birthYear)
           AND (@unitId IS NULL OR p.unit_id IS NULL OR p.unit_id = @unitId)
           ORDER BY p.id LIMIT 20`,
      ).all({ ...fields, exceptId: exceptId ?? 0 }) as NomineeRow[];
      return rows.map(toNominee);
    },
    insertNominee(fields: NomineeFields, at: string): number {
      return Number(insertNominee.run(nomineeValues(fields, at)).lastInsertRowid);
    },
    /** Many nominees through the one prepared statement (the caller holds the transaction); their ids in order. */
    insertNominees(list: NomineeFields[], at: string): number[] {
      return list.map((fields) => Number(insertNominee.run(nomineeValues(fields, at)).lastInsertRowid));
    },
    /** Of these nominees, those possibleDuplicates would name another nominee for: one statement through the name index. */
    withPossibleDuplicates(ids: number[]): number[] {
      return duplicatesAmong.all(JSON.stringify(ids)) as number[];
    },
    updateNominee(id: number, version: number, fields: NomineeFields, at: string): boolean {
      return (
        db
          .prepare(
            `UPDATE nominees SET name = @name, folded_name = @foldedName, form_of_address = @formOfAddress, gender = @gender,
             birth_date = @birthDate, birth_year = @birthYear, ethnicity = @ethnicity, position = @position, workplace = @workplace,
             classification = @classification, unit_id = @unitId, village = @village, commune = @commune, version = version + 1,
             updated_at = @at WHERE id = @id AND version = @version AND kind = @kind`,
          )
          .run({ ...fields, id, version, at }).changes === 1
      );
    },
    history(nomineeId: number): NomineeHistoryEntry[] {
      // Prepared once: a list's eligibility reads one history per dossier.
      const rows = prep(
        `SELECT h.*, a.name AS award_name FROM nominee_history h LEFT JOIN awards a ON a.code = h.award_code
           WHERE h.nominee_id = ? ORDER BY h.year DESC, h.id DESC`,
      ).all(nomineeId) as HistoryRow[];
      return rows.map(toHistory);
    },
    historyEntry(id: number): NomineeHistoryEntry | null {
      const row = db
        .prepare('SELECT h.*, a.name AS award_name FROM nominee_history h LEFT JOIN awards a ON a.code = h.award_code WHERE h.id = ?')
        .get(id) as HistoryRow | undefined;
      return row ? toHistory(row) : null;
    },
    insertHistory(nomineeId: number, fields: HistoryFields, at: string): number {
      return Number(
        db
          .prepare(
            `INSERT INTO nominee_history (nominee_id, kind, year, award_code, commendation_kind, rating, scope, detail, decision_number,
             decision_date, issuer, created_at, updated_at)
             VALUES (@nomineeId, @kind, @year, @awardCode, @commendationKind, @rating, @scope, @detail, @decisionNumber, @decisionDate,
             @issuer, @at, @at)`,
          )
          .run({ ...fields, nomineeId, at }).lastInsertRowid,
      );
    },
    sameHistory(nomineeId: number, fields: HistoryFields): boolean {
      return (
        db
          .prepare(
            `SELECT 1 FROM nominee_history WHERE nominee_id = @nomineeId AND kind = @kind AND year = @year
             AND COALESCE(award_code, '') = COALESCE(@awardCode, '') AND COALESCE(rating, '') = COALESCE(@rating, '')
             AND kind IN ('award', 'rating')`,
          )
          .get({ ...fields, nomineeId }) !== undefined
      );
    },

    // Nominations
    /** Every dossier of the round the filters match, in the round's order (a workbook, an eligibility filter). */
    nominations(filter: NominationFilter): NominationRow[] {
      const { where, args } = nominationWhere(filter);
      return db
        .prepare(`${NOMINATION_SELECT} ${where} ORDER BY ${nominationOrder({ sort: 'award', direction: 'asc' })}`)
        .all(args) as NominationRow[];
    },
    /** One page in the order asked. */
    nominationsPage(filter: NominationFilter, order: NominationOrder, offset: number, limit: number): NominationRow[] {
      const { where, args } = nominationWhere(filter);
      // The page's ids first (narrow rows to sort), then only those dossiers read whole.
      const ids = prep(
        `SELECT n.id FROM nominations n JOIN nominees p ON p.id = n.nominee_id JOIN awards a ON a.code = n.award_code
         JOIN units u ON u.id = n.proposing_unit_id ${where} ORDER BY ${nominationOrder(order)} LIMIT @limit OFFSET @offset`,
      )
        .pluck()
        .all({ ...args, limit, offset }) as number[];
      return this.nominationsByIds(ids);
    },
    /** How many dossiers the filters match; the nominee joins only when a filter reads it. */
    countNominations(filter: NominationFilter): number {
      const { where, args, needsNominee } = nominationWhere(filter);
      const from = needsNominee ? 'nominations n JOIN nominees p ON p.id = n.nominee_id' : 'nominations n';
      return (prep(`SELECT COUNT(*) AS n FROM ${from} ${where}`).get(args) as { n: number }).n;
    },
    /** What eligibility reads of each matching dossier, in the order asked: no names, no summaries. */
    nominationKeys(filter: NominationFilter, order: NominationOrder): NominationKeyRow[] {
      const { where, args } = nominationWhere(filter);
      const sql = `SELECT n.id, n.nominee_id, p.kind AS nominee_kind, n.award_code, n.received_on
        FROM nominations n JOIN nominees p ON p.id = n.nominee_id JOIN awards a ON a.code = n.award_code JOIN units u ON u.id = n.proposing_unit_id
        ${where} ORDER BY ${nominationOrder(order)}`;
      return db.prepare(sql).all(args) as NominationKeyRow[];
    },
    /** Dossiers by id, in the order given. */
    nominationsByIds(ids: number[]): NominationRow[] {
      if (ids.length === 0) return [];
      const rows = prep(`${NOMINATION_SELECT} WHERE n.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as NominationRow[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    nomination(id: number): NominationRow | null {
      return (prep(`${NOMINATION_SELECT} WHERE n.id = ?`).get(id) as NominationRow | undefined) ?? null;
    },
    /** The nominee's other nominations in rounds of the same year (the same round or another level). */
    siblings(nomineeId: number, year: number, exceptId: number): (NominationRow & { round_name: string })[] {
      return db
        .prepare(
          `${NOMINATION_SELECT.replace('FROM nominations n', ', r.name AS round_name FROM nominations n JOIN nomination_rounds r ON r.id = n.round_id')}
           WHERE n.nominee_id = ? AND r.year = ? AND n.id <> ? ORDER BY n.id`,
        )
        .all(nomineeId, year, exceptId) as (NominationRow & { round_name: string })[];
    },
    existingNomination(roundId: number, nomineeId: number, awardCode: string): number | null {
      const row = prep('SELECT id FROM nominations WHERE round_id = ? AND nominee_id = ? AND award_code = ?').get(
        roundId,
        nomineeId,
        awardCode,
      ) as { id: number } | undefined;
      return row?.id ?? null;
    },
    insertNomination(fields: NominationFields, at: string): number {
      return Number(
        prep(
          `INSERT INTO nominations (round_id, nominee_id, award_code, proposing_unit_id, summary, land_m2, money_vnd, workdays, status,
             created_at, updated_at)
             VALUES (@roundId, @nomineeId, @awardCode, @proposingUnitId, @summary, @landM2, @moneyVnd, @workdays, 'draft', @at, @at)`,
        ).run({ ...fields, at }).lastInsertRowid,
      );
    },
    updateNomination(
      id: number,
      version: number,
      fields: Pick<NominationFields, 'awardCode' | 'proposingUnitId' | 'summary' | 'landM2' | 'moneyVnd' | 'workdays'>,
      at: string,
    ): boolean {
      return (
        db
          .prepare(
            `UPDATE nominations SET award_code = @awardCode, proposing_unit_id = @proposingUnitId, summary = @summary, land_m2 = @landM2,
             money_vnd = @moneyVnd, workdays = @workdays, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`,
          )
          .run({ ...fields, id, version, at }).changes === 1
      );
    },
    setStatus(id: number, version: number, status: NominationStatus, receivedOn: string | null, at: string): boolean {
      return (
        db
          .prepare(
            `UPDATE nominations SET status = ?, received_on = COALESCE(received_on, ?), version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?`,
          )
          .run(status, receivedOn, at, id, version).changes === 1
      );
    },
    touch(id: number, version: number, at: string): boolean {
      return (
        prep('UPDATE nominations SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?').run(at, id, version).changes === 1
      );
    },
    insertTransition(
      nominationId: number,
      from: NominationStatus | null,
      to: NominationStatus,
      reason: string,
      at: string,
      operator: string,
    ) {
      prep(
        'INSERT INTO nomination_transitions (nomination_id, from_status, to_status, reason, at, operator) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(nominationId, from, to, reason, at, operator);
    },
    transitions(nominationId: number): NominationTransition[] {
      return db
        .prepare(
          'SELECT from_status AS "from", to_status AS "to", reason, at, operator FROM nomination_transitions WHERE nomination_id = ? ORDER BY id',
        )
        .all(nominationId) as NominationTransition[];
    },
    documents(nominationId: number): { code: string; received: boolean; attachmentId: number | null; attachmentName: string | null }[] {
      const rows = db
        .prepare(
          `SELECT d.document_code AS code, d.received, d.attachment_id AS attachmentId, f.name AS attachmentName
           FROM nomination_documents d LEFT JOIN attachments f ON f.id = d.attachment_id WHERE d.nomination_id = ?`,
        )
        .all(nominationId) as { code: string; received: number; attachmentId: number | null; attachmentName: string | null }[];
      return rows.map((row) => ({ ...row, received: row.received === 1 }));
    },
    setDocument(nominationId: number, code: string, received: boolean, attachmentId: number | null) {
      prep(
        `INSERT INTO nomination_documents (nomination_id, document_code, received, attachment_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (nomination_id, document_code) DO UPDATE SET received = excluded.received, attachment_id = excluded.attachment_id`,
      ).run(nominationId, code, received ? 1 : 0, attachmentId);
    },
    nominationExists(id: number): boolean {
      return prep('SELECT 1 FROM nominations WHERE id = ?').get(id) !== undefined;
    },
  };
}

export type NominationsRepository = ReturnType<typeof createNominationsRepository>;
