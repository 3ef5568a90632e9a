import type { Block, TableRow } from '../../../../../shared/documents/description';
import {
  type ChecklistTemplate,
  type InspectionDetail,
  type Recommendation,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationFilterStatus,
  VISIT_STATUS_LABELS,
  type VisitStatus,
} from '../../../../../shared/domain/inspections';
import { AppError } from '../../../../../shared/errors';
import { formatDate } from '../../../../../shared/format/date';
import { formatNumber } from '../../../../../shared/format/number';
import { romanNumeral } from '../../../../../shared/format/roman';
import { defineTemplate } from '../registry';
import type { TemplateDeps as DepsWith } from '../types';
import {
  dateInWords,
  lowerFirst,
  paragraphs,
  points,
  provinceInSentence,
  readOrNotFound,
  type RoundParams,
  roundParamsSchema,
} from './common';
import { inspectionDocText as text } from './text';

/** What the report reads: the round with its schedule and scores, its checklist's bands, and the round's recommendations. */
export interface InspectionReportReaders {
  inspections: { get(id: number): InspectionDetail; template(id: number): ChecklistTemplate };
  recommendations: {
    list(filter: { inspectionId?: number; status?: RecommendationFilterStatus; overdueOn: string | null }): Recommendation[];
  };
}

type TemplateDeps = DepsWith<InspectionReportReaders>;

const t = text.report;
/** Visits whose results are in: the score and band mean something. */
const SCORED: readonly VisitStatus[] = ['results', 'signed', 'done'];

function round(params: RoundParams, deps: TemplateDeps): InspectionDetail {
  return readOrNotFound(
    () => deps.inspections.get(params.inspectionId),
    text.params.inspectionNotFound(params.inspectionId),
    'params.inspectionId',
  );
}

function resultsTable(detail: InspectionDetail): Block {
  const c = t.resultColumns;
  const rows: TableRow[] = detail.visits.map((visit, index) => {
    const scored = SCORED.includes(visit.status);
    return {
      cells: [
        String(index + 1),
        visit.unitName,
        formatDate(visit.date),
        scored ? points(visit.score.total) : t.noScore,
        scored ? points(visit.score.max) : t.noScore,
        scored ? (visit.score.band ?? t.noScore) : t.noScore,
        VISIT_STATUS_LABELS[visit.status],
      ],
    };
  });
  return {
    kind: 'table',
    fontSize: 12,
    columns: [
      { header: c.ordinal, width: 6, align: 'center' },
      { header: c.unit, width: 25 },
      { header: c.date, width: 14, align: 'center' },
      { header: c.score, width: 8, align: 'right' },
      { header: c.max, width: 8, align: 'right' },
      { header: c.band, width: 13, align: 'center' },
      { header: c.status, width: 19, align: 'center' },
    ],
    rows,
  };
}

/** "Kết quả xếp loại: Xuất sắc: 1 đơn vị; Khá: 1 đơn vị." in the order of the bands, highest first. */
function bandSummary(detail: InspectionDetail, checklist: ChecklistTemplate): Block[] {
  const scored = detail.visits.filter((visit) => SCORED.includes(visit.status));
  if (scored.length === 0) return [];
  const counts = new Map<string, number>();
  for (const visit of scored) {
    const key = visit.score.band ?? t.notScored;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = [...checklist.bands].sort((a, b) => b.minPoints - a.minPoints).map((band) => band.label);
  const labels = [...order.filter((label) => counts.has(label)), ...[...counts.keys()].filter((label) => !order.includes(label))];
  return [{ kind: 'paragraph', text: t.bandCount(labels.map((label) => t.bandPart(label, formatNumber(counts.get(label) ?? 0)))) }];
}

const statusOf = (r: Recommendation) => RECOMMENDATION_STATUS_LABELS[r.overdue ? 'overdue' : r.status];

/** The round's recommendations grouped by inspected unit, in the schedule's order. */
function recommendationBlocks(detail: InspectionDetail, list: Recommendation[]): Block[] {
  if (list.length === 0) return [{ kind: 'paragraph', text: t.noRecommendations }];
  const order = detail.visits.map((visit) => visit.id);
  const byVisit = new Map<number, Recommendation[]>();
  for (const r of list) byVisit.set(r.visitId, [...(byVisit.get(r.visitId) ?? []), r]);
  const visitIds = [...byVisit.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const rows: TableRow[] = visitIds.flatMap((visitId, index) => {
    const items = byVisit.get(visitId) ?? [];
    return [
      { group: `${romanNumeral(index + 1)}. ${items[0].unitName}` },
      ...items.map((r, i): TableRow => ({ cells: [String(i + 1), r.text, r.responsibleUnitName, formatDate(r.deadline), statusOf(r)] })),
    ];
  });
  const c = t.recommendationColumns;
  return [
    {
      kind: 'table',
      fontSize: 12,
      columns: [
        { header: c.ordinal, width: 6, align: 'center' },
        { header: c.text, width: 39 },
        { header: c.responsible, width: 21 },
        { header: c.deadline, width: 14, align: 'center' },
        { header: c.status, width: 18, align: 'center' },
      ],
      rows,
    },
  ];
}

/**
 * Báo cáo kết quả kiểm tra of a round: overview, the results of every unit (score, band, status), the
 * common strengths and shortcomings, the recommendations by unit, and the proposals to the council.
 */
export const inspectionReportTemplate = defineTemplate<RoundParams, InspectionReportReaders>({
  id: 'inspection-report',
  title: t.title,
  typeAbbreviation: 'BC',
  paramsSchema: roundParamsSchema,
  registerTitle: (params, deps) => t.registerTitle(lowerFirst(round(params, deps).title)),
  build(params, deps) {
    const detail = round(params, deps);
    if (detail.visits.length === 0) {
      const message = text.params.noVisits(detail.title);
      throw new AppError('VALIDATION', message, [{ path: 'params.inspectionId', message }]);
    }
    const checklist = deps.inspections.template(detail.templateId);
    const recommendations = deps.recommendations.list({ inspectionId: detail.id, overdueOn: null });
    const title = lowerFirst(detail.title);
    const from = formatDate(detail.periodFrom);
    const to = formatDate(detail.periodTo);
    const inspected = detail.visits.filter((visit) => visit.status !== 'planned').length;
    const withResults = detail.visits.filter((visit) => SCORED.includes(visit.status)).length;
    const number = detail.teamDecisionNumber.trim();
    const decision = number ? t.decision(number, dateInWords(detail.teamDecisionDate)) : '';
    const [one, two, three, four] = text.sectionNumbers;
    const body: Block[] = [
      { kind: 'paragraph', text: t.intro(title, from, to, formatNumber(inspected)) },
      { kind: 'heading', level: 1, number: one, text: t.overviewHeading },
      { kind: 'paragraph', text: t.content(detail.movements.map((m) => m.name).filter(Boolean)) },
      { kind: 'paragraph', text: t.units(formatNumber(detail.visits.length), formatNumber(withResults)) },
      { kind: 'paragraph', text: t.teams(formatNumber(detail.teams.length), decision) },
      { kind: 'heading', level: 1, number: two, text: t.resultsHeading },
      { kind: 'heading', level: 2, number: '1', text: t.scoresHeading },
      resultsTable(detail),
      ...bandSummary(detail, checklist),
      { kind: 'heading', level: 2, number: '2', text: t.strengthsHeading },
      ...paragraphs(detail.commonStrengths),
      { kind: 'heading', level: 2, number: '3', text: t.shortcomingsHeading },
      ...paragraphs(detail.commonShortcomings),
      { kind: 'heading', level: 1, number: three, text: t.recommendationsHeading },
      ...recommendationBlocks(detail, recommendations),
      { kind: 'heading', level: 1, number: four, text: t.proposalsHeading },
      ...paragraphs(detail.proposals),
      { kind: 'paragraph', text: t.closing(title) },
    ];
    return {
      typeName: t.typeName,
      summary: t.summary(title),
      body,
      signedByIssuer: true,
      recipients: t.recipients(provinceInSentence(deps.settings)),
    };
  },
});
