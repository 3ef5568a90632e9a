import type { ListExportInput } from '../../../../shared/contract/exports';
import type { SessionListInput } from '../../../../shared/contract/sessions';
import type { AgencySummary } from '../../../../shared/domain/agencies';
import {
  COUNCIL_ROLE_LABELS,
  type CouncilMember,
  DECISION_STATUS_LABELS,
  type DecisionListItem,
  type DecisionListPage,
  type SessionListItem,
  type SessionListPage,
} from '../../../../shared/domain/council';
import type { CriteriaSet, Income, Recognition } from '../../../../shared/domain/criteria';
import type { DocumentEntry } from '../../../../shared/domain/documents';
import { INSPECTION_STATUS_LABELS, type InspectionListItem, type Person } from '../../../../shared/domain/inspections';
import type { Milestone, MilestoneListItem, Movement, MovementListItem, Submission } from '../../../../shared/domain/movements';
import { COMMENDATION_KIND_LABELS, type NominationRound, ROUND_STATUS_LABELS } from '../../../../shared/domain/nominations';
import type { Target } from '../../../../shared/domain/targets';
import type { UnitHistory, UnitRef } from '../../../../shared/domain/unit-history';
import { formatDate } from '../../../../shared/format/date';
import { safeFileName } from '../../../../shared/format/file-name';
import { formatNumber } from '../../../../shared/format/number';
import {
  LEVEL_LABELS,
  MILESTONE_KIND_LABELS,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_STATUS_LABELS,
  SUCCESSOR_RELATION_LABELS,
} from '../../../../shared/text/movements-text';
import { buildWorkbook, type ColumnKind, type SheetCell } from '../inspections/xlsx';
import { exportText as t } from './text';

/**
 * What the exports read: the very service methods the list channels call, so a workbook holds what
 * its screen shows, refused the same way (NOT_FOUND for a movement or milestone that does not exist).
 */
export interface ListReaders {
  movements: { list(): MovementListItem[]; find(id: number): Movement | null; get(id: number): Movement };
  milestones: { list(movementId: number): MilestoneListItem[]; submissions(milestoneId: number): Submission[]; get(id: number): Milestone };
  targets: { list(movementId: number): Target[] };
  documents: { list(filter: Extract<ListExportInput, { list: 'documents' }>['filters']): DocumentEntry[] };
  people: { list(query: string, limit: number): Person[] };
  inspections: { list(year: number | null): InspectionListItem[] };
  rounds: { list(year: number | null): NominationRound[] };
  criteria: { sets(): CriteriaSet[] };
  agencies: { list(): AgencySummary[] };
  unitHistory: { history(unitId: number, asOf?: string | null): UnitHistory };
  recognitions: {
    list(filter: Extract<ListExportInput, { list: 'recognitions' }>['filters']): (Recognition & { current: UnitRef[] })[];
    incomes(unitId: number): Income[];
  };
  councilMembers: { list(asOf: string | null): CouncilMember[] };
  councilSessions: { list(input: SessionListInput): SessionListPage };
  decisions: {
    list(query: Extract<ListExportInput, { list: 'decisions' }>['filters'] & { page: number; pageSize: number }): DecisionListPage;
  };
  today: () => string;
}

/** Every row of a list the screen pages: its pages read in turn, as large as the channel allows. */
function allPages<T>(read: (page: number, pageSize: number) => { rows: T[]; total: number }): T[] {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const answer = read(page, 200);
    rows.push(...answer.rows);
    if (answer.rows.length === 0 || rows.length >= answer.total) return rows;
  }
}

export interface ListFile {
  fileName: string;
  base64: string;
}

/** A column as the lists declare it: header from text.ts, width in characters, cell kind. */
type Columns = readonly (readonly [string, number, ColumnKind])[];

interface Sheet {
  sheet: string;
  title: string;
  subtitles: string[];
  file: string[];
  columns: Columns;
  rows: SheetCell[][];
}

function withHeaders(headers: readonly string[], spec: readonly (readonly [number, ColumnKind])[]): Columns {
  return spec.map(([width, kind], index) => [headers[index], width, kind] as const);
}

/** Every list screen's rows as a workbook: one sheet, title and filters over a frozen header, typed cells. */
export function createListExports(deps: ListReaders) {
  function sheetOf(input: ListExportInput): Sheet {
    const c = t.columns;
    switch (input.list) {
      case 'movements': {
        const list = deps.movements.list();
        return {
          sheet: t.movements.sheet,
          title: t.movements.title,
          subtitles: [],
          file: [t.movements.file],
          columns: withHeaders(c.movements, [
            [6, 'integer'],
            [40, 'text'],
            [14, 'text'],
            [9, 'integer'],
            [9, 'integer'],
            [18, 'text'],
            [13, 'date'],
            [24, 'text'],
            [16, 'text'],
            [12, 'integer'],
            [10, 'integer'],
          ]),
          rows: list.map((m, i) => [
            i + 1,
            m.name,
            MOVEMENT_KIND_LABELS[m.kind],
            m.startYear,
            m.endYear,
            m.document.number,
            m.document.date,
            m.document.issuer,
            MOVEMENT_STATUS_LABELS[m.status],
            m.participantCount,
            m.targetCount,
          ]),
        };
      }
      case 'milestones': {
        const list = deps.milestones.list(input.filters.movementId);
        const movement = deps.movements.get(input.filters.movementId);
        return {
          sheet: t.milestones.sheet,
          title: t.milestones.title(movement.name),
          subtitles: [],
          file: [t.milestones.file, movement.name],
          columns: withHeaders(c.milestones, [
            [6, 'integer'],
            [36, 'text'],
            [12, 'text'],
            [13, 'date'],
            [24, 'text'],
            [12, 'text'],
            [12, 'integer'],
            [12, 'integer'],
            [13, 'date'],
            [30, 'text'],
          ]),
          rows: list.map((m, i) => [
            i + 1,
            m.title,
            MILESTONE_KIND_LABELS[m.kind],
            m.dueDate,
            m.responsible,
            m.requiresSubmission ? t.yes : '',
            m.requiresSubmission ? m.expected : null,
            m.requiresSubmission ? m.received : null,
            m.completedDate,
            m.note,
          ]),
        };
      }
      case 'submissions': {
        const list = deps.milestones.submissions(input.filters.milestoneId);
        const milestone = deps.milestones.get(input.filters.milestoneId);
        const movement = deps.movements.find(milestone.movementId);
        return {
          sheet: t.submissions.sheet,
          title: t.submissions.title(milestone.title),
          subtitles: [movement?.name ?? '', t.submissions.due(formatDate(milestone.dueDate))].filter(Boolean),
          file: [t.submissions.file, milestone.title],
          columns: withHeaders(c.submissions, [
            [6, 'integer'],
            [34, 'text'],
            [13, 'date'],
            [13, 'date'],
            [16, 'text'],
            [10, 'integer'],
            [12, 'text'],
            [10, 'integer'],
            [30, 'text'],
          ]),
          rows: list.map((s, i) => [
            i + 1,
            s.unitName,
            s.dueDate,
            s.receivedDate,
            s.documentNumber,
            s.daysLate,
            s.notRequired ? t.yes : '',
            s.attachments,
            s.note,
          ]),
        };
      }
      case 'targets': {
        const list = deps.targets.list(input.filters.movementId);
        const movement = deps.movements.get(input.filters.movementId);
        return {
          sheet: t.targets.sheet,
          title: t.targets.title(movement.name),
          subtitles: [],
          file: [t.targets.file, movement.name],
          columns: withHeaders(c.targets, [
            [6, 'integer'],
            [10, 'text'],
            [50, 'text'],
            [10, 'decimal'],
            [16, 'text'],
            [10, 'integer'],
            [30, 'text'],
          ]),
          rows: list.map((target, i) => [
            i + 1,
            target.code,
            target.label,
            target.goal,
            target.goal === null ? '' : t.targets.directions[target.direction],
            target.baseYear,
            target.note,
          ]),
        };
      }
      case 'documents': {
        const f = input.filters;
        const list = deps.documents.list(f);
        const subtitles = [
          f.year !== undefined ? t.documents.year(f.year) : '',
          f.issuer ? t.documents.issuer(f.issuer) : '',
          f.type !== undefined ? t.documents.type(f.type) : '',
          f.template ? t.documents.template(f.template) : '',
          f.status ? t.documents.statuses[f.status] : '',
          f.query ? t.documents.query(f.query) : '',
        ].filter(Boolean);
        return {
          sheet: t.documents.sheet,
          title: t.documents.title,
          subtitles,
          file: [t.documents.file, f.year !== undefined ? String(f.year) : ''],
          columns: withHeaders(c.documents, [
            [6, 'integer'],
            [18, 'text'],
            [13, 'date'],
            [50, 'text'],
            [24, 'text'],
            [34, 'text'],
            [8, 'integer'],
            [8, 'integer'],
            [14, 'text'],
            [30, 'text'],
          ]),
          rows: list.map((d, i) => [
            i + 1,
            d.numberSymbol,
            d.date,
            d.title,
            d.signer,
            d.recipients.join('; '),
            d.copies || null,
            d.pages,
            t.documents.statuses[d.status],
            d.cancelReason,
          ]),
        };
      }
      case 'councilMembers': {
        const asOf = input.filters.asOf ?? null;
        const list = deps.councilMembers.list(asOf);
        return {
          sheet: t.councilMembers.sheet,
          title: t.councilMembers.title,
          subtitles: [asOf ? t.councilMembers.asOf(formatDate(asOf)) : t.councilMembers.all],
          file: [t.councilMembers.file, ...(asOf ? [asOf] : [])],
          columns: withHeaders(c.councilMembers, [
            [6, 'integer'],
            [28, 'text'],
            [26, 'text'],
            [32, 'text'],
            [22, 'text'],
            [12, 'date'],
            [12, 'date'],
          ]),
          rows: list.map((m, i) => [i + 1, m.fullName, m.position, m.agency, COUNCIL_ROLE_LABELS[m.role], m.termFrom, m.termTo]),
        };
      }
      case 'councilSessions': {
        const year = input.filters.year;
        const list: SessionListItem[] = allPages((page, pageSize) => deps.councilSessions.list({ year, page, pageSize }));
        return {
          sheet: t.councilSessions.sheet,
          title: t.councilSessions.title,
          subtitles: year ? [t.councilSessions.year(year)] : [],
          file: [t.councilSessions.file, ...(year ? [String(year)] : [])],
          columns: withHeaders(c.councilSessions, [
            [6, 'integer'],
            [12, 'date'],
            [30, 'text'],
            [24, 'text'],
            [24, 'text'],
            [14, 'decimal'],
            [12, 'integer'],
            [12, 'integer'],
            [12, 'integer'],
            [14, 'integer'],
            [12, 'integer'],
          ]),
          rows: list.map((r, i) => [
            i + 1,
            r.date,
            r.place,
            r.chairName,
            r.secretaryName,
            r.quorumPercent,
            r.attendanceRecorded ? r.presentCount : null,
            r.memberCount,
            r.agendaCount,
            r.votedCount,
            r.passedCount,
          ]),
        };
      }
      case 'decisions': {
        const { query, year, status } = input.filters;
        const list: DecisionListItem[] = allPages((page, pageSize) => deps.decisions.list({ query, year, status, page, pageSize }));
        return {
          sheet: t.decisions.sheet,
          title: t.decisions.title,
          subtitles: [
            ...(year ? [t.decisions.year(year)] : []),
            ...(status ? [t.decisions.status(DECISION_STATUS_LABELS[status])] : []),
            ...(query ? [t.decisions.query(query)] : []),
          ],
          file: [t.decisions.file, ...(year ? [String(year)] : [])],
          columns: withHeaders(c.decisions, [
            [6, 'integer'],
            [18, 'text'],
            [12, 'date'],
            [26, 'text'],
            [30, 'text'],
            [14, 'text'],
            [12, 'integer'],
            [12, 'integer'],
          ]),
          rows: list.map((d, i) => [
            i + 1,
            d.number,
            d.date,
            d.signerName,
            d.signerAuthority,
            DECISION_STATUS_LABELS[d.status],
            d.awardCount,
            d.handedOverCount,
          ]),
        };
      }
      case 'people': {
        const { query, limit } = input.filters;
        const list = deps.people.list(query, limit);
        return {
          sheet: t.people.sheet,
          title: t.people.title,
          subtitles: query ? [t.people.query(query)] : [],
          file: [t.people.file],
          columns: withHeaders(c.people, [
            [6, 'integer'],
            [28, 'text'],
            [28, 'text'],
            [34, 'text'],
            [16, 'text'],
          ]),
          rows: list.map((p, i) => [i + 1, p.fullName, p.position, p.agency, p.phone]),
        };
      }
      case 'inspections': {
        const year = input.filters.year ?? null;
        const list = deps.inspections.list(year);
        return {
          sheet: t.inspections.sheet,
          title: t.inspections.title,
          subtitles: year !== null ? [t.inspections.year(year)] : [],
          file: [t.inspections.file, year !== null ? String(year) : ''],
          columns: withHeaders(c.inspections, [
            [6, 'integer'],
            [8, 'integer'],
            [44, 'text'],
            [13, 'date'],
            [13, 'date'],
            [16, 'text'],
            [12, 'integer'],
            [12, 'integer'],
          ]),
          rows: list.map((r, i) => [
            i + 1,
            r.year,
            r.title,
            r.periodFrom,
            r.periodTo,
            INSPECTION_STATUS_LABELS[r.status],
            r.visitCount,
            r.doneCount,
          ]),
        };
      }
      case 'nominationRounds': {
        const year = input.filters.year ?? null;
        const list = deps.rounds.list(year);
        return {
          sheet: t.nominationRounds.sheet,
          title: t.nominationRounds.title,
          subtitles: year !== null ? [t.nominationRounds.year(year)] : [],
          file: [t.nominationRounds.file, year !== null ? String(year) : ''],
          columns: withHeaders(c.nominationRounds, [
            [6, 'integer'],
            [40, 'text'],
            [8, 'integer'],
            [22, 'text'],
            [30, 'text'],
            [13, 'date'],
            [16, 'text'],
            [10, 'integer'],
            [30, 'text'],
          ]),
          rows: list.map((r, i) => [
            i + 1,
            r.name,
            r.year,
            COMMENDATION_KIND_LABELS[r.commendationKind],
            r.movementName ?? '',
            r.deadline,
            ROUND_STATUS_LABELS[r.status],
            r.nominationCount,
            r.note,
          ]),
        };
      }
      case 'criteriaSets': {
        const rows: SheetCell[][] = [];
        for (const set of deps.criteria.sets()) {
          for (const criterion of set.criteria) {
            rows.push([
              rows.length + 1,
              set.name,
              t.criteriaSets.scopes[set.scope] + (set.adminTypes.length > 0 ? ` (${set.adminTypes.join(', ')})` : ''),
              set.legalBasis.number,
              set.validFrom,
              set.validTo,
              criterion.number,
              criterion.groupName,
              criterion.name,
              criterion.archived ? t.criteriaSets.archived : '',
            ]);
          }
        }
        return {
          sheet: t.criteriaSets.sheet,
          title: t.criteriaSets.title,
          subtitles: [],
          file: [t.criteriaSets.file],
          columns: withHeaders(c.criteriaSets, [
            [6, 'integer'],
            [36, 'text'],
            [16, 'text'],
            [20, 'text'],
            [13, 'date'],
            [13, 'date'],
            [10, 'integer'],
            [24, 'text'],
            [44, 'text'],
            [12, 'text'],
          ]),
          rows,
        };
      }
      case 'agencies': {
        const list = deps.agencies.list();
        return {
          sheet: t.agencies.sheet,
          title: t.agencies.title,
          subtitles: [],
          file: [t.agencies.file],
          columns: withHeaders(c.agencies, [
            [6, 'integer'],
            [36, 'text'],
            [60, 'text'],
            [12, 'integer'],
            [12, 'integer'],
          ]),
          rows: list.map((a, i) => [
            i + 1,
            a.agency.name,
            a.criteria.map((cr) => t.agencies.criterion(cr.number, cr.name)).join('; '),
            a.letters,
            a.unanswered,
          ]),
        };
      }
      case 'recognitions': {
        const { year, rollUpAsOf, kind, query } = input.filters;
        const asOf = rollUpAsOf ?? deps.today();
        // Every decision the filters match, not the screen's page.
        const list = deps.recognitions.list({ ...input.filters, rollUpAsOf: asOf });
        return {
          sheet: t.recognitions.sheet,
          title: t.recognitions.title(year),
          subtitles: [
            t.recognitions.asOf(formatDate(asOf)),
            kind ? t.recognitions.kinds[kind] : '',
            query ? t.documents.query(query) : '',
          ].filter(Boolean),
          file: [t.recognitions.file(year)],
          columns: withHeaders(c.recognitions, [
            [6, 'integer'],
            [28, 'text'],
            [22, 'text'],
            [30, 'text'],
            [18, 'text'],
            [13, 'date'],
            [26, 'text'],
            [28, 'text'],
            [24, 'text'],
          ]),
          rows: list.map((r, i) => [
            i + 1,
            r.unitNameAt,
            r.districtNameAt ?? '',
            LEVEL_LABELS[r.level],
            r.decision.number,
            r.decision.date,
            r.decision.signerAuthority,
            r.current.map((u) => u.name).join('; '),
            r.note,
          ]),
        };
      }
      case 'income': {
        const history = deps.unitHistory.history(input.filters.unitId);
        const list = deps.recognitions.incomes(input.filters.unitId);
        return {
          sheet: t.income.sheet,
          title: t.income.title(history.unit.name),
          subtitles: [t.income.unitNote],
          file: [t.income.file, history.unit.name],
          columns: withHeaders(c.income, [
            [6, 'integer'],
            [8, 'integer'],
            [22, 'decimal'],
            [40, 'text'],
          ]),
          rows: list.map((r, i) => [i + 1, r.year, r.amount, r.note]),
        };
      }
      case 'unitLineage': {
        const asOf = input.filters.asOf ?? deps.today();
        const history = deps.unitHistory.history(input.filters.unitId, asOf);
        const links = [...history.predecessors, ...history.successors].sort(
          (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.id - b.id,
        );
        return {
          sheet: t.unitLineage.sheet,
          title: t.unitLineage.title(history.unit.name),
          subtitles: [t.unitLineage.current(history.current.map((u) => u.name).join('; '), formatDate(asOf))],
          file: [t.unitLineage.file, history.unit.name],
          columns: withHeaders(c.unitLineage, [
            [6, 'integer'],
            [30, 'text'],
            [16, 'text'],
            [30, 'text'],
            [13, 'date'],
            [18, 'text'],
            [13, 'date'],
            [24, 'text'],
            [30, 'text'],
          ]),
          rows: links.map((l, i) => [
            i + 1,
            l.predecessor.name,
            SUCCESSOR_RELATION_LABELS[l.relation],
            l.successor.name,
            l.effectiveDate,
            l.decision.number,
            l.decision.date,
            l.decision.issuer,
            l.note,
          ]),
        };
      }
    }
  }

  return {
    async list(input: ListExportInput): Promise<ListFile> {
      const sheet = sheetOf(input);
      const today = deps.today();
      const bytes = await buildWorkbook({
        sheetName: sheet.sheet,
        title: sheet.title,
        subtitles: [...sheet.subtitles, `${t.exportedOn(formatDate(today))}. ${t.count(formatNumber(sheet.rows.length))}`],
        columns: sheet.columns.map(([header, width, kind]) => ({ header, width, kind })),
        rows: sheet.rows,
      });
      return { fileName: safeFileName([...sheet.file, today], 'xlsx', 'danh-sach'), base64: bytes.toString('base64') };
    },
  };
}

export type ListExports = ReturnType<typeof createListExports>;
