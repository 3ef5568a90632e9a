import type { AgencyRef, CriterionTrendPoint, ReminderReply, ShortUnit } from '../../../../shared/domain/agencies';
import { documentNumber } from '../../../../shared/format/document-number';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../connection';

/** The template whose register rows are reminder letters to agencies. */
export const REMINDER_TEMPLATE = 'criteria-reminder';

export interface OwnerRow {
  criterionId: number;
  setId: number;
  number: number;
  name: string;
  groupName: string;
  archived: number;
  agencyId: number | null;
  agencyName: string | null;
  agencyArchived: number | null;
  isDefault: number | null;
}

export interface AgencyCriterionRow {
  criterionId: number;
  setId: number;
  number: number;
  name: string;
  groupName: string;
  setName: string;
}

export interface DistrictCount {
  criterionId: number;
  districtId: number | null;
  districtName: string | null;
  recorded: number;
  met: number;
}

export interface ShortRow extends ShortUnit {
  criterionId: number;
}

export interface LetterRow {
  documentId: number;
  numberSymbol: string;
  date: string;
  title: string;
  params: Record<string, unknown>;
  status: 'issued' | 'cancelled';
  agencyId: number | null;
  reply: ReminderReply | null;
}

const AREA = `area(id, depth) AS (SELECT @scope, 0
    UNION ALL SELECT c.id, area.depth + 1 FROM units c JOIN area ON c.parent_id = area.id WHERE area.depth < 8)`;

/** Where a record counts: its year and set, a commune, inside the area (everywhere when the scope is null). */
const IN_AREA = `r.year = @year AND r.set_id = @setId AND u.kind = 'commune' AND (@scope IS NULL OR r.unit_id IN (SELECT id FROM area))`;

/**
 * The communes of an area with a record of a set in a year, each with its district, read once per
 * statement (MATERIALIZED): the queries below pair every criterion of the set with these records, and
 * without it SQLite read the area's records again for each criterion (19 scans of the year's records of
 * the whole country for one province's report).
 */
const RECORDS = `${AREA},
  recs AS MATERIALIZED (SELECT r.id AS record_id, u.id AS unitId, u.name, u.code, u.name_folded AS nameFolded,
      CASE WHEN p.kind = 'district' THEN p.id END AS districtId, CASE WHEN p.kind = 'district' THEN p.name END AS districtName,
      p.code AS districtCode
    FROM unit_year_criteria r JOIN units u ON u.id = r.unit_id LEFT JOIN units p ON p.id = u.parent_id WHERE ${IN_AREA})`;

/**
 * The criteria each record meets, read record by record (its rows lie together in the index) rather than
 * looked up once per criterion and record; a criterion without a row counts as not met.
 */
const MET = `met AS MATERIALIZED (SELECT s.record_id, s.criterion_id FROM recs CROSS JOIN unit_year_criterion s
    ON s.record_id = recs.record_id WHERE s.met = 1)`;

interface DocumentRow {
  id: number;
  issuer: string;
  number: number;
  type_abbreviation: string;
  date: string;
  title: string;
  params_json: string;
  status: 'issued' | 'cancelled';
  received_date: string | null;
  reply_number: string | null;
  reply_note: string | null;
  reply_version: number | null;
}

function toLetter(row: DocumentRow): LetterRow {
  const params = JSON.parse(row.params_json) as Record<string, unknown>;
  return {
    documentId: row.id,
    numberSymbol: documentNumber(row.number, row.type_abbreviation, row.issuer),
    date: row.date,
    title: row.title,
    params,
    status: row.status,
    agencyId: typeof params.agencyId === 'number' ? params.agencyId : null,
    reply:
      row.received_date === null
        ? null
        : { receivedDate: row.received_date, number: row.reply_number ?? '', note: row.reply_note ?? '', version: row.reply_version ?? 1 },
  };
}

const LETTER_SELECT = `SELECT d.id, d.issuer, d.number, d.type_abbreviation, d.date, d.title, d.params_json, d.status,
    rr.received_date, rr.reply_number, rr.note AS reply_note, rr.version AS reply_version
  FROM documents d LEFT JOIN reminder_replies rr ON rr.document_id = d.id`;

/**
 * SQL of the criteria owners: agencies per criterion, the per-criterion aggregates over an area's
 * communes (never the rows themselves, except the communes short of a criterion), reminder letters
 * as the register keeps them (read only) and the replies recorded against them.
 */
export function createAgenciesRepository(db: Db) {
  const ownersOfSet = db.prepare(`SELECT c.id AS criterionId, c.set_id AS setId, c.number, c.name, c.group_name AS groupName, c.archived,
      o.unit_id AS agencyId, u.name AS agencyName, u.archived AS agencyArchived, o.is_default AS isDefault
    FROM criteria c LEFT JOIN criterion_owners o ON o.criterion_id = c.id LEFT JOIN units u ON u.id = o.unit_id
    WHERE c.set_id = ? ORDER BY c.number, o.ordinal`);
  const ownersOfCriterion =
    db.prepare(`SELECT c.id AS criterionId, c.set_id AS setId, c.number, c.name, c.group_name AS groupName, c.archived,
      o.unit_id AS agencyId, u.name AS agencyName, u.archived AS agencyArchived, o.is_default AS isDefault
    FROM criteria c LEFT JOIN criterion_owners o ON o.criterion_id = c.id LEFT JOIN units u ON u.id = o.unit_id
    WHERE c.id = ? ORDER BY o.ordinal`);
  const criteriaOfAgency = db.prepare(`SELECT c.id AS criterionId, c.set_id AS setId, c.number, c.name, c.group_name AS groupName,
      s.name AS setName
    FROM criterion_owners o JOIN criteria c ON c.id = o.criterion_id JOIN criteria_sets s ON s.id = c.set_id
    WHERE o.unit_id = ? AND c.archived = 0 ORDER BY c.set_id, c.number`);
  const deleteOwners = db.prepare('DELETE FROM criterion_owners WHERE criterion_id = ?');
  const insertOwner = db.prepare(
    'INSERT INTO criterion_owners (criterion_id, unit_id, ordinal, is_default, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const ownerCount = db.prepare('SELECT COUNT(*) AS n FROM criterion_owners WHERE criterion_id = ?');
  const agencyByName = db.prepare(`SELECT id FROM units WHERE kind = 'agency' AND archived = 0 AND name_folded = ? ORDER BY id LIMIT 1`);
  const province = db.prepare(`SELECT id FROM units WHERE kind = 'province' AND archived = 0 ORDER BY id LIMIT 1`);
  const setByCode = db.prepare('SELECT id FROM criteria_sets WHERE code = ?');
  const criterionByNumber = db.prepare('SELECT id FROM criteria WHERE set_id = ? AND number = ?');
  const stepDone = db.prepare('SELECT 1 FROM seed_steps WHERE name = ?');
  const markStep = db.prepare('INSERT INTO seed_steps (name, applied_at) VALUES (?, ?)');
  const mainSet = db.prepare(`WITH RECURSIVE area(id, depth) AS (SELECT @scope, 0
      UNION ALL SELECT c.id, area.depth + 1 FROM units c JOIN area ON c.parent_id = area.id WHERE area.depth < 8)
    SELECT r.set_id AS setId, COUNT(*) AS n FROM unit_year_criteria r JOIN units u ON u.id = r.unit_id
      JOIN criteria_sets s ON s.id = r.set_id AND s.scope = 'commune'
    WHERE r.year = @year AND u.kind = 'commune' AND (@scope IS NULL OR r.unit_id IN (SELECT id FROM area))
    GROUP BY r.set_id ORDER BY n DESC, r.set_id LIMIT 1`);
  const communeSetFor = db.prepare(`SELECT id FROM criteria_sets WHERE scope = 'commune'
      AND (valid_from IS NULL OR valid_from <= @yearEnd) AND (valid_to IS NULL OR valid_to >= @yearStart) ORDER BY id LIMIT 1`);
  const setName = db.prepare('SELECT name FROM criteria_sets WHERE id = ?');
  const recordedCount = db.prepare(`WITH RECURSIVE ${AREA} SELECT COUNT(*) AS n FROM unit_year_criteria r JOIN units u ON u.id = r.unit_id
    WHERE ${IN_AREA}`);
  // How many of the area's records meet each criterion, straight from the records' rows: no district, no commune
  // list, nothing materialized (the whole country's year in ~30 ms, where byDistrict and short take ~1 s).
  const metByCriterion = db.prepare(`WITH RECURSIVE ${AREA}
    SELECT s.criterion_id AS criterionId, COUNT(*) AS met
    FROM unit_year_criteria r JOIN units u ON u.id = r.unit_id JOIN unit_year_criterion s ON s.record_id = r.id
    WHERE ${IN_AREA} AND s.met = 1
    GROUP BY s.criterion_id`);
  // Every criterion of the set by district: the district's records, and how many of them meet it.
  const byDistrict = db.prepare(`WITH RECURSIVE ${RECORDS}, ${MET},
    districts AS MATERIALIZED (SELECT districtId, districtName, districtCode, COUNT(*) AS recorded FROM recs GROUP BY districtId),
    metBy AS MATERIALIZED (SELECT met.criterion_id AS criterionId, recs.districtId, COUNT(*) AS met
      FROM met JOIN recs ON recs.record_id = met.record_id GROUP BY met.criterion_id, recs.districtId)
    SELECT c.id AS criterionId, d.districtId, d.districtName, d.recorded, COALESCE(m.met, 0) AS met
    FROM criteria c CROSS JOIN districts d LEFT JOIN metBy m ON m.criterionId = c.id AND m.districtId IS d.districtId
    WHERE c.set_id = @setId AND c.archived = 0
    ORDER BY c.number, d.districtCode, d.districtName`);
  // @limit (null: all) keeps the first communes of each criterion in the lists' order, numbered by a window.
  const shortOf = db.prepare(`WITH RECURSIVE ${RECORDS}, ${MET},
    short AS (SELECT c.id AS criterionId, c.number, recs.unitId, recs.name, recs.districtId, recs.districtName,
        ROW_NUMBER() OVER (PARTITION BY c.id ORDER BY recs.districtCode, recs.districtName, recs.code, recs.nameFolded) AS position
      FROM criteria c CROSS JOIN recs
      WHERE c.set_id = @setId AND c.archived = 0
        AND NOT EXISTS (SELECT 1 FROM met WHERE met.record_id = recs.record_id AND met.criterion_id = c.id))
    SELECT criterionId, unitId, name, districtId, districtName FROM short
    WHERE @limit IS NULL OR position <= @limit
    ORDER BY number, position`);
  const yearsWithRecords = db.prepare(`WITH RECURSIVE area(id, depth) AS (SELECT @scope, 0
      UNION ALL SELECT c.id, area.depth + 1 FROM units c JOIN area ON c.parent_id = area.id WHERE area.depth < 8)
    SELECT DISTINCT r.year FROM unit_year_criteria r JOIN units u ON u.id = r.unit_id
    WHERE r.year BETWEEN @from AND @to AND u.kind = 'commune' AND (@scope IS NULL OR r.unit_id IN (SELECT id FROM area))
    ORDER BY r.year`);
  const trend = db.prepare(`WITH RECURSIVE area(id, depth) AS (SELECT @scope, 0
      UNION ALL SELECT c.id, area.depth + 1 FROM units c JOIN area ON c.parent_id = area.id WHERE area.depth < 8)
    SELECT c.id AS criterionId, r.year, COUNT(*) AS recorded, SUM(CASE WHEN s.met = 1 THEN 1 ELSE 0 END) AS met
    FROM criterion_owners o JOIN criteria c ON c.id = o.criterion_id AND c.archived = 0
      JOIN unit_year_criteria r ON r.set_id = c.set_id JOIN units u ON u.id = r.unit_id
      LEFT JOIN unit_year_criterion s ON s.record_id = r.id AND s.criterion_id = c.id
    WHERE o.unit_id = @agencyId AND r.year BETWEEN @from AND @to AND u.kind = 'commune'
      AND (@scope IS NULL OR r.unit_id IN (SELECT id FROM area))
    GROUP BY c.id, r.year ORDER BY c.number, r.year`);
  const lettersOf = db.prepare(`${LETTER_SELECT}
    WHERE d.template = '${REMINDER_TEMPLATE}' AND json_extract(d.params_json, '$.agencyId') = ?
    ORDER BY d.date DESC, d.year DESC, d.number DESC, d.id DESC`);
  const letterById = db.prepare(`${LETTER_SELECT} WHERE d.template = '${REMINDER_TEMPLATE}' AND d.id = ?`);
  const insertReply = db.prepare(`INSERT INTO reminder_replies (document_id, received_date, reply_number, note, created_at, updated_at)
    VALUES (@documentId, @receivedDate, @number, @note, @at, @at)`);
  const updateReply = db.prepare(`UPDATE reminder_replies SET received_date = @receivedDate, reply_number = @number, note = @note,
      version = version + 1, updated_at = @at WHERE document_id = @documentId AND version = @version`);
  const agencySummaries = db.prepare(`SELECT u.id, u.name, u.archived,
      (SELECT COUNT(*) FROM documents d WHERE d.template = '${REMINDER_TEMPLATE}' AND d.status = 'issued'
        AND json_extract(d.params_json, '$.agencyId') = u.id) AS letters,
      (SELECT COUNT(*) FROM documents d LEFT JOIN reminder_replies rr ON rr.document_id = d.id
        WHERE d.template = '${REMINDER_TEMPLATE}' AND d.status = 'issued' AND rr.document_id IS NULL
        AND json_extract(d.params_json, '$.agencyId') = u.id) AS unanswered
    FROM units u WHERE u.kind = 'agency' AND u.id IN (SELECT unit_id FROM criterion_owners) ORDER BY u.name_folded`);

  const scoped = (scope: number | null, setId: number, year: number) => ({ scope, setId, year });

  return {
    ownersOfSet(setId: number): OwnerRow[] {
      return ownersOfSet.all(setId) as OwnerRow[];
    },
    ownersOfCriterion(criterionId: number): OwnerRow[] {
      return ownersOfCriterion.all(criterionId) as OwnerRow[];
    },
    criteriaOfAgency(agencyId: number): AgencyCriterionRow[] {
      return criteriaOfAgency.all(agencyId) as AgencyCriterionRow[];
    },
    replaceOwners(criterionId: number, agencyIds: readonly number[], isDefault: boolean, at: string): void {
      deleteOwners.run(criterionId);
      agencyIds.forEach((agencyId, index) => insertOwner.run(criterionId, agencyId, index + 1, isDefault ? 1 : 0, at));
    },
    ownerCount(criterionId: number): number {
      return (ownerCount.get(criterionId) as { n: number }).n;
    },
    agencyByName(name: string): number | null {
      return (agencyByName.get(foldText(name)) as { id: number } | undefined)?.id ?? null;
    },
    provinceId(): number | null {
      return (province.get() as { id: number } | undefined)?.id ?? null;
    },
    setIdByCode(code: string): number | null {
      return (setByCode.get(code) as { id: number } | undefined)?.id ?? null;
    },
    criterionId(setId: number, number: number): number | null {
      return (criterionByNumber.get(setId, number) as { id: number } | undefined)?.id ?? null;
    },
    stepDone(name: string): boolean {
      return stepDone.get(name) !== undefined;
    },
    markStep(name: string, at: string): void {
      markStep.run(name, at);
    },
    /** The commune set most of the area's records use in the year, else the commune set valid that year. */
    communeSet(scope: number | null, year: number): { id: number; name: string } | null {
      const used = mainSet.get({ scope, year }) as { setId: number } | undefined;
      const id =
        used?.setId ?? (communeSetFor.get({ yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` }) as { id: number } | undefined)?.id;
      if (id === undefined) return null;
      return { id, name: (setName.get(id) as { name: string }).name };
    },
    /** Criterion id -> how many of the area's records of the set meet it in the year (criteria met by none are absent). */
    metByCriterion(scope: number | null, setId: number, year: number): Map<number, number> {
      const rows = metByCriterion.all(scoped(scope, setId, year)) as { criterionId: number; met: number }[];
      return new Map(rows.map((row) => [row.criterionId, row.met]));
    },
    recorded(scope: number | null, setId: number, year: number): number {
      return (recordedCount.get(scoped(scope, setId, year)) as { n: number }).n;
    },
    byDistrict(scope: number | null, setId: number, year: number): DistrictCount[] {
      return byDistrict.all(scoped(scope, setId, year)) as DistrictCount[];
    },
    /** The communes short of each criterion, in the lists' order: the first `limit` of each, or all (null). */
    short(scope: number | null, setId: number, year: number, limit: number | null): ShortRow[] {
      return shortOf.all({ ...scoped(scope, setId, year), limit }) as ShortRow[];
    },
    yearsWithRecords(scope: number | null, from: number, to: number): number[] {
      return (yearsWithRecords.all({ scope, from, to }) as { year: number }[]).map((row) => row.year);
    },
    trend(agencyId: number, scope: number | null, from: number, to: number): CriterionTrendPoint[] {
      return trend.all({ agencyId, scope, from, to }) as CriterionTrendPoint[];
    },
    lettersOf(agencyId: number): LetterRow[] {
      return (lettersOf.all(agencyId) as DocumentRow[]).map(toLetter);
    },
    letter(documentId: number): LetterRow | null {
      const row = letterById.get(documentId) as DocumentRow | undefined;
      return row ? toLetter(row) : null;
    },
    insertReply(documentId: number, fields: { receivedDate: string; number: string; note: string }, at: string): void {
      insertReply.run({ documentId, ...fields, at });
    },
    updateReply(documentId: number, version: number, fields: { receivedDate: string; number: string; note: string }, at: string): boolean {
      return updateReply.run({ documentId, version, ...fields, at }).changes === 1;
    },
    agencySummaries(): (AgencyRef & { letters: number; unanswered: number })[] {
      return (agencySummaries.all() as { id: number; name: string; archived: number; letters: number; unanswered: number }[]).map(
        (row) => ({ id: row.id, name: row.name, archived: row.archived === 1, letters: row.letters, unanswered: row.unanswered }),
      );
    },
  };
}

export type AgenciesRepository = ReturnType<typeof createAgenciesRepository>;
