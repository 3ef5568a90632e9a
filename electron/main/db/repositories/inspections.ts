import type {
  ChecklistItem,
  ChecklistSection,
  ChecklistTemplate,
  FollowUpNote,
  Inspection,
  InspectionListItem,
  InspectionStatus,
  ItemResult,
  Person,
  RecommendationStatus,
  ScoreBand,
  TeamMember,
  TeamRole,
  TransitionEntry,
  UnitRepresentative,
  VisitResult,
  VisitStatus,
} from '../../../../shared/domain/inspections';
import type { Db } from '../connection';
import { registerSqlFunctions, wordStartPattern } from '../sql-functions';

interface PersonRow {
  id: number;
  full_name: string;
  position: string;
  agency: string;
  phone: string;
  version: number;
}

interface InspectionRow {
  id: number;
  year: number;
  title: string;
  purpose: string;
  scope: string;
  legal_basis: string;
  template_id: number;
  team_decision_number: string;
  team_decision_date: string | null;
  period_from: string;
  period_to: string;
  common_strengths: string;
  common_shortcomings: string;
  proposals: string;
  status: InspectionStatus;
  version: number;
}

export interface TeamRow {
  id: number;
  inspection_id: number;
  name: string;
  version: number;
}

export interface VisitRow {
  id: number;
  inspection_id: number;
  unit_id: number;
  unit_name: string;
  unit_kind: string;
  date: string;
  team_id: number | null;
  team_name: string | null;
  place: string;
  status: VisitStatus;
  self_assessment_date: string | null;
  unit_representatives_json: string;
  strengths: string;
  shortcomings: string;
  causes: string;
  version: number;
}

export interface RecommendationRow {
  id: number;
  visit_id: number;
  inspection_id: number;
  inspection_year: number;
  unit_id: number;
  unit_name: string;
  text: string;
  responsible_unit_id: number;
  responsible_unit_name: string;
  deadline: string;
  status: RecommendationStatus;
  closed_in_visit_id: number | null;
  version: number;
}

export interface PersonWrite {
  fullName: string;
  foldedName: string;
  position: string;
  agency: string;
  phone: string;
}

export interface InspectionWrite {
  year: number;
  title: string;
  purpose: string;
  scope: string;
  legalBasis: string;
  teamDecisionNumber: string;
  teamDecisionDate: string | null;
  periodFrom: string;
  periodTo: string;
  commonStrengths: string;
  commonShortcomings: string;
  proposals: string;
}

export interface VisitWrite {
  date: string;
  teamId: number | null;
  place: string;
  selfAssessmentDate: string | null;
  unitRepresentatives: UnitRepresentative[];
}

export interface RecommendationWrite {
  text: string;
  responsibleUnitId: number;
  deadline: string;
  status: RecommendationStatus;
  closedInVisitId: number | null;
}

export interface RecommendationFilter {
  /** The inspected unit or the unit responsible. */
  unitId?: number;
  /** Made during this round (the round's report lists them by unit). */
  inspectionId?: number;
  statuses?: RecommendationStatus[];
  /** Only those not done with a deadline before this date. */
  overdueBefore?: string;
  /** Folded words; each must start a word of the text or of the inspected or responsible unit's name. */
  words?: string[];
}

/** The order of a page of recommendations; ties fall back to the deadline, then the id. */
export interface RecommendationOrder {
  sort: 'deadline' | 'unit' | 'status';
  direction: 'asc' | 'desc';
}

function recommendationOrder({ sort, direction }: RecommendationOrder): string {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  const keys: Record<RecommendationOrder['sort'], string[]> = {
    deadline: ['r.deadline', 'r.id'],
    unit: ['u.name_folded', 'r.deadline', 'r.id'],
    // Open, in progress, done: the order of the work.
    status: ["CASE r.status WHEN 'open' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END", 'r.deadline', 'r.id'],
  };
  return keys[sort].map((key) => `${key} ${dir}`).join(', ');
}

/** The WHERE of the recommendation filters, each present filter its own condition so SQLite uses its index. */
function recommendationWhere(filter: RecommendationFilter): { where: string; args: Record<string, unknown> } {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  if (filter.unitId !== undefined) {
    where.push('(v.unit_id = @unitId OR r.responsible_unit_id = @unitId)');
    args.unitId = filter.unitId;
  }
  if (filter.inspectionId !== undefined) {
    where.push('v.inspection_id = @inspectionId');
    args.inspectionId = filter.inspectionId;
  }
  if (filter.statuses) {
    where.push('r.status IN (SELECT value FROM json_each(@statuses))');
    args.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.overdueBefore !== undefined) {
    where.push("r.status <> 'done' AND r.deadline < @overdueBefore");
    args.overdueBefore = filter.overdueBefore;
  }
  (filter.words ?? []).forEach((word, index) => {
    where.push(`(' ' || fold_text(r.text) || ' ' || u.name_folded || ' ' || ru.name_folded) LIKE @w${index} ESCAPE '\\'`);
    args[`w${index}`] = wordStartPattern(word);
  });
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  fullName: row.full_name,
  position: row.position,
  agency: row.agency,
  phone: row.phone,
  version: row.version,
});

function toInspection(row: InspectionRow, movementIds: number[]): Inspection {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    purpose: row.purpose,
    scope: row.scope,
    legalBasis: row.legal_basis,
    templateId: row.template_id,
    teamDecisionNumber: row.team_decision_number,
    teamDecisionDate: row.team_decision_date,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    commonStrengths: row.common_strengths,
    commonShortcomings: row.common_shortcomings,
    proposals: row.proposals,
    status: row.status,
    movementIds,
    version: row.version,
  };
}

const VISIT_SELECT = `SELECT v.*, u.name AS unit_name, u.kind AS unit_kind, t.name AS team_name
  FROM inspection_visits v JOIN units u ON u.id = v.unit_id LEFT JOIN inspection_teams t ON t.id = v.team_id`;

const RECOMMENDATION_SELECT = `SELECT r.*, v.inspection_id, i.year AS inspection_year, v.unit_id, u.name AS unit_name,
  ru.name AS responsible_unit_name
  FROM recommendations r JOIN inspection_visits v ON v.id = r.visit_id JOIN inspections i ON i.id = v.inspection_id
  JOIN units u ON u.id = v.unit_id JOIN units ru ON ru.id = r.responsible_unit_id`;

/** SQL of the annual inspection: people, rounds, teams, visits, checklists, results, recommendations. */
export function createInspectionsRepository(db: Db) {
  registerSqlFunctions(db);
  const s = {
    people: db.prepare('SELECT * FROM people ORDER BY folded_name, id LIMIT ?'),
    peopleLike: db.prepare(`SELECT * FROM people WHERE (' ' || folded_name) LIKE ? ESCAPE '\\' ORDER BY folded_name, id LIMIT ?`),
    person: db.prepare('SELECT * FROM people WHERE id = ?'),
    insertPerson: db.prepare(`INSERT INTO people (full_name, folded_name, position, agency, phone, created_at, updated_at)
      VALUES (@fullName, @foldedName, @position, @agency, @phone, @at, @at)`),
    updatePerson: db.prepare(`UPDATE people SET full_name = @fullName, folded_name = @foldedName, position = @position,
      agency = @agency, phone = @phone, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`),

    latestTemplate: db.prepare('SELECT id FROM checklist_templates ORDER BY revision DESC, id DESC LIMIT 1'),
    template: db.prepare('SELECT * FROM checklist_templates WHERE id = ?'),
    sections: db.prepare('SELECT * FROM checklist_sections WHERE template_id = ? ORDER BY ordinal, id'),
    items: db.prepare(`SELECT i.* FROM checklist_items i JOIN checklist_sections s ON s.id = i.section_id
      WHERE s.template_id = ? ORDER BY s.ordinal, i.ordinal, i.id`),
    bands: db.prepare('SELECT * FROM checklist_bands WHERE template_id = ? ORDER BY min_points DESC, ordinal'),
    lockTemplate: db.prepare('UPDATE checklist_templates SET locked = 1, updated_at = ? WHERE id = ? AND locked = 0'),
    nextRevision: db.prepare('SELECT COALESCE(MAX(revision), 0) + 1 AS n FROM checklist_templates WHERE code = ?'),
    insertTemplate: db.prepare('INSERT INTO checklist_templates (code, revision, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    touchTemplate: db.prepare(
      'UPDATE checklist_templates SET title = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ? AND locked = 0',
    ),
    insertSection: db.prepare('INSERT INTO checklist_sections (template_id, ordinal, code, title) VALUES (?, ?, ?, ?)'),
    insertItem: db.prepare(`INSERT INTO checklist_items (section_id, ordinal, code, text, required, max_points, applies_to)
      VALUES (@sectionId, @ordinal, @code, @text, @required, @maxPoints, @appliesTo)`),
    updateItem: db.prepare('UPDATE checklist_items SET required = ?, max_points = ? WHERE id = ?'),
    clearBands: db.prepare('DELETE FROM checklist_bands WHERE template_id = ?'),
    insertBand: db.prepare('INSERT INTO checklist_bands (template_id, ordinal, label, min_points) VALUES (?, ?, ?, ?)'),

    inspections: db.prepare(`SELECT i.*, (SELECT COUNT(*) FROM inspection_visits v WHERE v.inspection_id = i.id) AS visit_count,
      (SELECT COUNT(*) FROM inspection_visits v WHERE v.inspection_id = i.id AND v.status = 'done') AS done_count
      FROM inspections i WHERE (@year IS NULL OR i.year = @year) ORDER BY i.year DESC, i.period_from DESC, i.id DESC`),
    inspection: db.prepare('SELECT * FROM inspections WHERE id = ?'),
    movementIds: db.prepare('SELECT movement_id FROM inspection_movements WHERE inspection_id = ? ORDER BY movement_id'),
    clearMovements: db.prepare('DELETE FROM inspection_movements WHERE inspection_id = ?'),
    addMovement: db.prepare('INSERT INTO inspection_movements (inspection_id, movement_id) VALUES (?, ?)'),
    insertInspection: db.prepare(`INSERT INTO inspections (year, title, purpose, scope, legal_basis, template_id,
      team_decision_number, team_decision_date, period_from, period_to, common_strengths, common_shortcomings, proposals,
      created_at, updated_at)
      VALUES (@year, @title, @purpose, @scope, @legalBasis, @templateId, @teamDecisionNumber, @teamDecisionDate,
      @periodFrom, @periodTo, @commonStrengths, @commonShortcomings, @proposals, @at, @at)`),
    updateInspection: db.prepare(`UPDATE inspections SET year = @year, title = @title, purpose = @purpose, scope = @scope,
      legal_basis = @legalBasis, team_decision_number = @teamDecisionNumber, team_decision_date = @teamDecisionDate,
      period_from = @periodFrom, period_to = @periodTo, common_strengths = @commonStrengths,
      common_shortcomings = @commonShortcomings, proposals = @proposals, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`),
    setInspectionStatus: db.prepare(
      'UPDATE inspections SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND status <> ?',
    ),

    teams: db.prepare('SELECT * FROM inspection_teams WHERE inspection_id = ? ORDER BY id'),
    team: db.prepare('SELECT * FROM inspection_teams WHERE id = ?'),
    members: db.prepare(`SELECT m.person_id, m.role, p.full_name, p.position, p.agency FROM inspection_team_members m
      JOIN people p ON p.id = m.person_id WHERE m.team_id = ? ORDER BY m.ordinal`),
    insertTeam: db.prepare('INSERT INTO inspection_teams (inspection_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    updateTeam: db.prepare('UPDATE inspection_teams SET name = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?'),
    clearMembers: db.prepare('DELETE FROM inspection_team_members WHERE team_id = ?'),
    addMember: db.prepare('INSERT INTO inspection_team_members (team_id, person_id, role, ordinal) VALUES (?, ?, ?, ?)'),

    visits: db.prepare(`${VISIT_SELECT} WHERE v.inspection_id = ? ORDER BY v.date, u.name, v.id`),
    visit: db.prepare(`${VISIT_SELECT} WHERE v.id = ?`),
    insertVisit: db.prepare(`INSERT INTO inspection_visits (inspection_id, unit_id, date, team_id, place, created_at, updated_at)
      VALUES (@inspectionId, @unitId, @date, @teamId, @place, @at, @at)`),
    updateVisit: db.prepare(`UPDATE inspection_visits SET date = @date, team_id = @teamId, place = @place,
      self_assessment_date = @selfAssessmentDate, unit_representatives_json = @representatives, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`),
    setFindings: db.prepare(`UPDATE inspection_visits SET strengths = @strengths, shortcomings = @shortcomings, causes = @causes,
      version = version + 1, updated_at = @at WHERE id = @id AND version = @version`),
    setVisitStatus: db.prepare(
      'UPDATE inspection_visits SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
    ),
    touchVisit: db.prepare('UPDATE inspection_visits SET version = version + 1, updated_at = ? WHERE id = ?'),
    visitStatuses: db.prepare('SELECT status FROM inspection_visits WHERE inspection_id = ?'),
    /** Visits on the given dates whose team includes each person, across all rounds (people serve on several). */
    bookings: db.prepare(`SELECT v.id AS visit_id, v.date, m.person_id, p.full_name, u.name AS unit_name
      FROM inspection_visits v JOIN inspection_team_members m ON m.team_id = v.team_id JOIN people p ON p.id = m.person_id
      JOIN units u ON u.id = v.unit_id
      WHERE v.date IN (SELECT date FROM inspection_visits WHERE inspection_id = ?) ORDER BY v.date, p.folded_name, v.id`),

    results: db.prepare('SELECT * FROM inspection_results WHERE visit_id = ?'),
    upsertResult: db.prepare(`INSERT INTO inspection_results (visit_id, item_id, result, points, note, updated_at)
      VALUES (@visitId, @itemId, @result, @points, @note, @at)
      ON CONFLICT (visit_id, item_id) DO UPDATE SET result = excluded.result, points = excluded.points, note = excluded.note,
      updated_at = excluded.updated_at`),

    transitions: db.prepare('SELECT * FROM inspection_transitions WHERE visit_id = ? ORDER BY id'),
    insertTransition: db.prepare(`INSERT INTO inspection_transitions (visit_id, from_status, to_status, reason, operator, at)
      VALUES (?, ?, ?, ?, ?, ?)`),

    recommendation: db.prepare(`${RECOMMENDATION_SELECT} WHERE r.id = ?`),
    recommendationsOfVisit: db.prepare(`${RECOMMENDATION_SELECT} WHERE r.visit_id = ? ORDER BY r.id`),
    carried: db.prepare(`${RECOMMENDATION_SELECT} WHERE v.unit_id = @unitId AND i.year < @year
      AND (r.status <> 'done' OR r.closed_in_visit_id = @visitId) ORDER BY r.deadline, r.id`),
    notes: db.prepare('SELECT * FROM recommendation_notes WHERE recommendation_id = ? ORDER BY date, id'),
    insertRecommendation: db.prepare(`INSERT INTO recommendations (visit_id, text, responsible_unit_id, deadline, created_at, updated_at)
      VALUES (@visitId, @text, @responsibleUnitId, @deadline, @at, @at)`),
    updateRecommendation: db.prepare(`UPDATE recommendations SET text = @text, responsible_unit_id = @responsibleUnitId,
      deadline = @deadline, status = @status, closed_in_visit_id = @closedInVisitId, version = version + 1, updated_at = @at
      WHERE id = @id AND version = @version`),
    insertNote: db.prepare('INSERT INTO recommendation_notes (recommendation_id, date, text, operator, created_at) VALUES (?, ?, ?, ?, ?)'),
  };

  function template(id: number): ChecklistTemplate | null {
    const row = s.template.get(id) as
      { id: number; code: string; revision: number; title: string; locked: number; version: number } | undefined;
    if (!row) return null;
    const items = (
      s.items.all(id) as {
        id: number;
        section_id: number;
        ordinal: number;
        code: string;
        text: string;
        required: number;
        max_points: number | null;
        applies_to: string;
      }[]
    ).map((r): ChecklistItem => ({
      id: r.id,
      sectionId: r.section_id,
      ordinal: r.ordinal,
      code: r.code,
      text: r.text,
      required: r.required === 1,
      maxPoints: r.max_points,
      appliesTo: r.applies_to,
    }));
    const sections = (s.sections.all(id) as { id: number; ordinal: number; code: string; title: string }[]).map((r): ChecklistSection => ({
      ...r,
      items: items.filter((item) => item.sectionId === r.id),
    }));
    const bands = (s.bands.all(id) as { id: number; ordinal: number; label: string; min_points: number }[]).map((r): ScoreBand => ({
      id: r.id,
      ordinal: r.ordinal,
      label: r.label,
      minPoints: r.min_points,
    }));
    return {
      id: row.id,
      code: row.code,
      revision: row.revision,
      title: row.title,
      locked: row.locked === 1,
      sections,
      bands,
      version: row.version,
    };
  }

  return {
    people(foldedQuery: string, limit: number): Person[] {
      const rows = foldedQuery ? s.peopleLike.all(`% ${foldedQuery.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`, limit) : s.people.all(limit);
      return (rows as PersonRow[]).map(toPerson);
    },
    person(id: number): Person | null {
      const row = s.person.get(id) as PersonRow | undefined;
      return row ? toPerson(row) : null;
    },
    insertPerson(fields: PersonWrite, at: string): number {
      return Number(s.insertPerson.run({ ...fields, at }).lastInsertRowid);
    },
    updatePerson(id: number, version: number, fields: PersonWrite, at: string): boolean {
      return s.updatePerson.run({ ...fields, id, version, at }).changes === 1;
    },

    latestTemplateId(): number | null {
      return (s.latestTemplate.get() as { id: number } | undefined)?.id ?? null;
    },
    template,
    lockTemplate(id: number, at: string): boolean {
      return s.lockTemplate.run(at, id).changes === 1;
    },
    /** Updates an unlocked template's title and version; false when it is locked or the version is stale. */
    touchTemplate(id: number, version: number, title: string, at: string): boolean {
      return s.touchTemplate.run(title, at, id, version).changes === 1;
    },
    /** A new revision of a template with the same sections and items; returns its id and the old -> new item ids. */
    copyTemplate(source: ChecklistTemplate, title: string, at: string): { id: number; itemIds: Map<number, number> } {
      const revision = (s.nextRevision.get(source.code) as { n: number }).n;
      const id = Number(s.insertTemplate.run(source.code, revision, title, at, at).lastInsertRowid);
      const itemIds = new Map<number, number>();
      for (const section of source.sections) {
        const sectionId = Number(s.insertSection.run(id, section.ordinal, section.code, section.title).lastInsertRowid);
        for (const item of section.items) {
          const newId = s.insertItem.run({ ...item, sectionId, required: item.required ? 1 : 0 }).lastInsertRowid;
          itemIds.set(item.id, Number(newId));
        }
      }
      return { id, itemIds };
    },
    updateItem(id: number, required: boolean, maxPoints: number | null): void {
      s.updateItem.run(required ? 1 : 0, maxPoints, id);
    },
    setBands(templateId: number, bands: readonly { label: string; minPoints: number }[]): void {
      s.clearBands.run(templateId);
      bands.forEach((band, index) => s.insertBand.run(templateId, index + 1, band.label, band.minPoints));
    },

    list(year: number | null): InspectionListItem[] {
      return (s.inspections.all({ year }) as (InspectionRow & { visit_count: number; done_count: number })[]).map((row) => ({
        id: row.id,
        year: row.year,
        title: row.title,
        periodFrom: row.period_from,
        periodTo: row.period_to,
        status: row.status,
        visitCount: row.visit_count,
        doneCount: row.done_count,
        version: row.version,
      }));
    },
    get(id: number): Inspection | null {
      const row = s.inspection.get(id) as InspectionRow | undefined;
      if (!row) return null;
      return toInspection(
        row,
        (s.movementIds.all(id) as { movement_id: number }[]).map((r) => r.movement_id),
      );
    },
    insert(fields: InspectionWrite, templateId: number, at: string): number {
      return Number(s.insertInspection.run({ ...fields, templateId, at }).lastInsertRowid);
    },
    update(id: number, version: number, fields: InspectionWrite, at: string): boolean {
      return s.updateInspection.run({ ...fields, id, version, at }).changes === 1;
    },
    setMovements(id: number, movementIds: readonly number[]): void {
      s.clearMovements.run(id);
      for (const movementId of new Set(movementIds)) s.addMovement.run(id, movementId);
    },
    setStatus(id: number, status: InspectionStatus, at: string): void {
      s.setInspectionStatus.run(status, at, id, status);
    },
    visitStatuses(inspectionId: number): VisitStatus[] {
      return (s.visitStatuses.all(inspectionId) as { status: VisitStatus }[]).map((r) => r.status);
    },

    teams(inspectionId: number): TeamRow[] {
      return s.teams.all(inspectionId) as TeamRow[];
    },
    team(id: number): TeamRow | null {
      return (s.team.get(id) as TeamRow | undefined) ?? null;
    },
    members(teamId: number): TeamMember[] {
      return (s.members.all(teamId) as { person_id: number; role: TeamRole; full_name: string; position: string; agency: string }[]).map(
        (r) => ({ personId: r.person_id, role: r.role, fullName: r.full_name, position: r.position, agency: r.agency }),
      );
    },
    insertTeam(inspectionId: number, name: string, at: string): number {
      return Number(s.insertTeam.run(inspectionId, name, at, at).lastInsertRowid);
    },
    updateTeam(id: number, version: number, name: string, at: string): boolean {
      return s.updateTeam.run(name, at, id, version).changes === 1;
    },
    setMembers(teamId: number, members: readonly { personId: number; role: TeamRole }[]): void {
      s.clearMembers.run(teamId);
      members.forEach((m, index) => s.addMember.run(teamId, m.personId, m.role, index));
    },

    visits(inspectionId: number): VisitRow[] {
      return s.visits.all(inspectionId) as VisitRow[];
    },
    visit(id: number): VisitRow | null {
      return (s.visit.get(id) as VisitRow | undefined) ?? null;
    },
    insertVisit(
      inspectionId: number,
      unitId: number,
      fields: Omit<VisitWrite, 'selfAssessmentDate' | 'unitRepresentatives'>,
      at: string,
    ): number {
      return Number(s.insertVisit.run({ ...fields, inspectionId, unitId, at }).lastInsertRowid);
    },
    updateVisit(id: number, version: number, fields: VisitWrite, at: string): boolean {
      const { unitRepresentatives, ...rest } = fields;
      return s.updateVisit.run({ ...rest, representatives: JSON.stringify(unitRepresentatives), id, version, at }).changes === 1;
    },
    setFindings(id: number, version: number, fields: { strengths: string; shortcomings: string; causes: string }, at: string): boolean {
      return s.setFindings.run({ ...fields, id, version, at }).changes === 1;
    },
    setVisitStatus(id: number, version: number, status: VisitStatus, at: string): boolean {
      return s.setVisitStatus.run(status, at, id, version).changes === 1;
    },
    touchVisit(id: number, at: string): void {
      s.touchVisit.run(at, id);
    },
    bookings(inspectionId: number): { visit_id: number; date: string; person_id: number; full_name: string; unit_name: string }[] {
      return s.bookings.all(inspectionId) as { visit_id: number; date: string; person_id: number; full_name: string; unit_name: string }[];
    },

    results(visitId: number): VisitResult[] {
      return (s.results.all(visitId) as { item_id: number; result: ItemResult; points: number | null; note: string }[]).map((r) => ({
        itemId: r.item_id,
        result: r.result,
        points: r.points,
        note: r.note,
      }));
    },
    upsertResult(visitId: number, result: VisitResult, at: string): void {
      s.upsertResult.run({ visitId, ...result, at });
    },

    transitions(visitId: number): TransitionEntry[] {
      return (
        s.transitions.all(visitId) as {
          id: number;
          from_status: VisitStatus;
          to_status: VisitStatus;
          reason: string;
          operator: string;
          at: string;
        }[]
      ).map((r) => ({ id: r.id, from: r.from_status, to: r.to_status, reason: r.reason, operator: r.operator, at: r.at }));
    },
    insertTransition(visitId: number, from: VisitStatus, to: VisitStatus, reason: string, operator: string, at: string): number {
      return Number(s.insertTransition.run(visitId, from, to, reason, operator, at).lastInsertRowid);
    },

    recommendation(id: number): RecommendationRow | null {
      return (s.recommendation.get(id) as RecommendationRow | undefined) ?? null;
    },
    recommendationsOfVisit(visitId: number): RecommendationRow[] {
      return s.recommendationsOfVisit.all(visitId) as RecommendationRow[];
    },
    /** Recommendations made to the unit in earlier years still open, or closed at this visit. */
    carried(unitId: number, year: number, visitId: number): RecommendationRow[] {
      return s.carried.all({ unitId, year, visitId }) as RecommendationRow[];
    },
    /** Every recommendation the filters match, by deadline (a report, a workbook). */
    recommendations(filter: RecommendationFilter): RecommendationRow[] {
      const { where, args } = recommendationWhere(filter);
      return db.prepare(`${RECOMMENDATION_SELECT} ${where} ORDER BY r.deadline, r.id`).all(args) as RecommendationRow[];
    },
    /** One page in the order asked. */
    recommendationsPage(filter: RecommendationFilter, order: RecommendationOrder, offset: number, limit: number): RecommendationRow[] {
      const { where, args } = recommendationWhere(filter);
      const sql = `${RECOMMENDATION_SELECT} ${where} ORDER BY ${recommendationOrder(order)} LIMIT @limit OFFSET @offset`;
      return db.prepare(sql).all({ ...args, limit, offset }) as RecommendationRow[];
    },
    /** How many recommendations the filters match; the unit joins only when a search reads their names. */
    countRecommendations(filter: RecommendationFilter): number {
      const { where, args } = recommendationWhere(filter);
      const from = filter.words?.length
        ? RECOMMENDATION_SELECT.slice(RECOMMENDATION_SELECT.indexOf('FROM'))
        : 'FROM recommendations r JOIN inspection_visits v ON v.id = r.visit_id';
      return (db.prepare(`SELECT COUNT(*) AS n ${from} ${where}`).get(args) as { n: number }).n;
    },
    notes(recommendationId: number): FollowUpNote[] {
      return (s.notes.all(recommendationId) as FollowUpNote[]).map(({ id, date, text, operator }) => ({ id, date, text, operator }));
    },
    insertRecommendation(visitId: number, fields: Omit<RecommendationWrite, 'status' | 'closedInVisitId'>, at: string): number {
      return Number(s.insertRecommendation.run({ ...fields, visitId, at }).lastInsertRowid);
    },
    updateRecommendation(id: number, version: number, fields: RecommendationWrite, at: string): boolean {
      return s.updateRecommendation.run({ ...fields, id, version, at }).changes === 1;
    },
    insertNote(recommendationId: number, date: string, text: string, operator: string, at: string): void {
      s.insertNote.run(recommendationId, date, text, operator, at);
    },
  };
}

export type InspectionsRepository = ReturnType<typeof createInspectionsRepository>;
