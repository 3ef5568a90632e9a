import type { Block, SignatureSpec, TableCellValue, TableRow } from '../../../../../shared/documents/description';
import {
  type Inspection,
  ITEM_RESULT_LABELS,
  type Recommendation,
  RECOMMENDATION_STATUS_LABELS,
  TEAM_ROLE_LABELS,
  type VisitDetail,
} from '../../../../../shared/domain/inspections';
import type { UnitListItem } from '../../../../../shared/domain/units';
import { formatDate } from '../../../../../shared/format/date';
import { dateWords } from '../../../../../shared/format/document-date';
import { LEVEL_LABELS } from '../../../../../shared/text/movements-text';
import { defineTemplate } from '../registry';
import type { TemplateDeps as DepsWith } from '../types';
import {
  byRole,
  dateInWords,
  inSentence,
  lowerFirst,
  paragraphs,
  points,
  positionAndAgency,
  readOrNotFound,
  type VisitParams,
  visitParamsSchema,
} from './common';
import { inspectionDocText as text } from './text';

/** What the minutes read: the visit (team, checklist, results, findings, recommendations), its round, the unit's head. */
export interface InspectionMinutesReaders {
  inspections: { visit(id: number): VisitDetail; find(id: number): Inspection | null };
  units: { find(id: number): UnitListItem | null };
}

type TemplateDeps = DepsWith<InspectionMinutesReaders>;

const t = text.minutes;

function visitOf(params: VisitParams, deps: TemplateDeps): VisitDetail {
  return readOrNotFound(() => deps.inspections.visit(params.visitId), text.params.visitNotFound(params.visitId), 'params.visitId');
}

/** The round's title in the middle of a sentence: "kiểm tra công tác thi đua, khen thưởng năm 2025". */
const titleOf = (visit: VisitDetail) => visit.inspectionTitle.normalize('NFC').trim();

function presentBlocks(visit: VisitDetail, unit: string): Block[] {
  const members = byRole(visit.team?.members ?? []);
  const teamLines: Block[] = members.length
    ? members.map((m) => ({ kind: 'paragraph', text: t.member(TEAM_ROLE_LABELS[m.role], m.fullName, positionAndAgency(m)) }))
    : [
        { kind: 'paragraph', text: t.blankPerson },
        { kind: 'paragraph', text: t.blankPerson },
      ];
  const unitLines: Block[] = visit.unitRepresentatives.length
    ? visit.unitRepresentatives.map((r) => ({ kind: 'paragraph', text: t.representative(r.fullName, r.position.trim()) }))
    : [
        { kind: 'paragraph', text: t.blankPerson },
        { kind: 'paragraph', text: t.blankPerson },
      ];
  return [
    { kind: 'heading', level: 2, number: '1', text: t.teamSide },
    ...teamLines,
    { kind: 'heading', level: 2, number: '2', text: t.unitSide(unit) },
    ...unitLines,
  ];
}

function checklistTable(visit: VisitDetail): Block {
  const results = new Map(visit.results.map((r) => [r.itemId, r]));
  const rows: TableRow[] = [];
  for (const section of visit.checklist.sections) {
    const items = section.items.filter((item) => item.appliesTo === 'all' || item.appliesTo === visit.unitKind);
    if (items.length === 0) continue;
    rows.push({ group: `${section.code}. ${section.title}` });
    for (const item of items) {
      const result = results.get(item.id);
      const na = result?.result === 'na';
      const scored = (value: number | null | undefined) => (na || value === null || value === undefined ? '' : points(value));
      rows.push({
        cells: [
          item.code,
          item.text,
          result ? ITEM_RESULT_LABELS[result.result] : { text: t.notAssessed, italics: true },
          result ? scored(result.points) : '',
          scored(item.maxPoints),
          result?.note ?? '',
        ],
      });
    }
  }
  const bold = (value: string): TableCellValue => ({ text: value, bold: true });
  rows.push({ cells: ['', bold(t.total), '', bold(points(visit.score.total)), bold(points(visit.score.max)), ''] });
  const c = t.checklistColumns;
  return {
    kind: 'table',
    fontSize: 12,
    columns: [
      { header: c.code, width: 7, align: 'center' },
      { header: c.item, width: 38 },
      { header: c.result, width: 20, align: 'center' },
      { header: c.points, width: 8, align: 'right' },
      { header: c.max, width: 8, align: 'right' },
      { header: c.note, width: 19 },
    ],
    rows,
  };
}

function recordsBlocks(visit: VisitDetail): Block[] {
  const lines = visit.movementRecords.filter((record) => record.criteriaMet !== null || record.recognitions.length > 0);
  if (lines.length === 0) {
    return [{ kind: 'paragraph', text: t.recordsNone(visit.movementRecords.map((r) => r.year)) }];
  }
  return lines.map((record) => ({
    kind: 'paragraph',
    text: t.recordYear(
      record.year,
      record.criteriaMet === null ? null : String(record.criteriaMet),
      record.recognitions.map((r) =>
        t.recognition(LEVEL_LABELS[r.level], r.decision.number.trim(), r.decision.date ? formatDate(r.decision.date) : null),
      ),
    ),
  }));
}

const statusOf = (r: Recommendation) => RECOMMENDATION_STATUS_LABELS[r.overdue ? 'overdue' : r.status];

function recommendationBlocks(visit: VisitDetail, unit: string): Block[] {
  const blocks: Block[] = [];
  if (visit.recommendations.length === 0) blocks.push({ kind: 'paragraph', text: t.noRecommendations });
  else {
    const c = t.recommendationColumns;
    blocks.push(
      { kind: 'paragraph', text: t.recommendationsLead(unit) },
      {
        kind: 'table',
        columns: [
          { header: c.ordinal, width: 6, align: 'center' },
          { header: c.text, width: 50 },
          { header: c.responsible, width: 24 },
          { header: c.deadline, width: 14, align: 'center' },
        ],
        rows: visit.recommendations.map((r, index) => ({
          cells: [String(index + 1), r.text, r.responsibleUnitName, formatDate(r.deadline)],
        })),
      },
    );
  }
  if (visit.carried.length > 0) {
    const c = t.carriedColumns;
    blocks.push(
      { kind: 'heading', level: 2, text: t.carriedHeading },
      {
        kind: 'table',
        columns: [
          { header: c.ordinal, width: 6, align: 'center' },
          { header: c.text, width: 43 },
          { header: c.year, width: 8, align: 'center' },
          { header: c.deadline, width: 14, align: 'center' },
          { header: c.status, width: 21, align: 'center' },
        ],
        rows: visit.carried.map((r, index) => ({
          cells: [String(index + 1), r.text, String(r.inspectionYear), formatDate(r.deadline), statusOf(r)],
        })),
      },
    );
  }
  return blocks;
}

/** The unit signs through the first person present for it, else its head in the unit registry; the team through its leader. */
function signatures(visit: VisitDetail, deps: TemplateDeps): SignatureSpec[] {
  const representative = visit.unitRepresentatives[0];
  const head = representative ? null : deps.units.find(visit.unitId);
  const leader = visit.team?.members.find((m) => m.role === 'leader');
  return [
    {
      authority: t.unitSignature,
      position: representative?.position.trim() || undefined,
      signer: representative?.fullName ?? head?.headName.trim() ?? '',
    },
    { authority: t.leaderSignature, signer: leader?.fullName ?? '' },
  ];
}

/**
 * Biên bản kiểm tra at one unit: who was present for each side, the checklist results with the score
 * and band, the movement's own records for the unit, findings, recommendations (made now and carried
 * from earlier rounds), and two signatures side by side: the unit's representative and the team leader.
 */
export const inspectionMinutesTemplate = defineTemplate<VisitParams, InspectionMinutesReaders>({
  id: 'inspection-minutes',
  title: t.title,
  typeAbbreviation: 'BB',
  paramsSchema: visitParamsSchema,
  registerTitle: (params, deps) => {
    const visit = visitOf(params, deps);
    return t.registerTitle(lowerFirst(titleOf(visit)), inSentence(visit.unitName));
  },
  build(params, deps) {
    const visit = visitOf(params, deps);
    const inspection = deps.inspections.find(visit.inspectionId);
    const unit = inSentence(visit.unitName);
    const decision = inspection?.teamDecisionNumber.trim()
      ? t.decision(inspection.teamDecisionNumber.trim(), dateInWords(inspection.teamDecisionDate))
      : '';
    const [one, two, three] = text.sectionNumbers;
    const body: Block[] = [
      {
        kind: 'paragraph',
        text: t.opening(
          dateWords(visit.date),
          t.atPlace(visit.place.trim() || text.defaultPlace),
          `${t.team(visit.teamName)}${decision}`,
          unit,
        ),
      },
      { kind: 'heading', level: 1, number: one, text: t.presentHeading },
      ...presentBlocks(visit, unit),
      { kind: 'heading', level: 1, number: two, text: t.resultsHeading },
      { kind: 'heading', level: 2, number: '1', text: t.checklistHeading },
      checklistTable(visit),
      { kind: 'paragraph', text: t.score(points(visit.score.total), points(visit.score.max), visit.score.band), bold: true },
      { kind: 'heading', level: 2, number: '2', text: t.recordsHeading },
      ...recordsBlocks(visit),
      { kind: 'heading', level: 2, number: '3', text: t.strengthsHeading },
      ...paragraphs(visit.strengths),
      { kind: 'heading', level: 2, number: '4', text: t.shortcomingsHeading },
      ...paragraphs(visit.shortcomings),
      { kind: 'heading', level: 2, number: '5', text: t.causesHeading },
      ...paragraphs(visit.causes),
      { kind: 'heading', level: 1, number: three, text: t.recommendationsHeading },
      ...recommendationBlocks(visit, unit),
      { kind: 'paragraph', text: t.closing(t.copies) },
    ];
    return {
      typeName: t.typeName,
      summary: t.summary(titleOf(visit), unit),
      body,
      signatures: signatures(visit, deps),
      ownSigners: true,
    };
  },
});
