import type { Block, TableRow } from '../../../../../shared/documents/description';
import { type ChecklistTemplate, type InspectionDetail, TEAM_ROLE_LABELS } from '../../../../../shared/domain/inspections';
import { formatDate } from '../../../../../shared/format/date';
import { defineTemplate } from '../registry';
import type { TemplateDeps as DepsWith } from '../types';
import {
  bodyName,
  byRole,
  dateInWords,
  lowerFirst,
  paragraphs,
  points,
  positionAndAgency,
  provinceInSentence,
  readOrNotFound,
  type RoundParams,
  roundParamsSchema,
} from './common';
import { inspectionDocText as text } from './text';

/** What the plan reads: the round (teams, schedule) and its checklist, through the inspections service. */
export interface InspectionPlanReaders {
  inspections: { get(id: number): InspectionDetail; template(id: number): ChecklistTemplate };
}

type TemplateDeps = DepsWith<InspectionPlanReaders>;

const t = text.plan;

function round(params: RoundParams, deps: TemplateDeps): InspectionDetail {
  return readOrNotFound(
    () => deps.inspections.get(params.inspectionId),
    text.params.inspectionNotFound(params.inspectionId),
    'params.inspectionId',
  );
}

function contentBlocks(detail: InspectionDetail, checklist: ChecklistTemplate): Block[] {
  const blocks: Block[] = [
    ...paragraphs(detail.scope, []),
    { kind: 'paragraph', text: t.contentLead(detail.movements.map((m) => m.name).filter(Boolean)) },
  ];
  checklist.sections.forEach((section, index) => {
    blocks.push({ kind: 'heading', level: 2, number: String(index + 1), text: section.title });
    for (const item of section.items) {
      blocks.push({ kind: 'paragraph', text: t.itemLine(item.code, item.text, item.maxPoints === null ? null : points(item.maxPoints)) });
    }
  });
  blocks.push({ kind: 'paragraph', text: t.recordsNote, italics: true });
  return blocks;
}

function scheduleBlocks(detail: InspectionDetail): Block[] {
  const period = [formatDate(detail.periodFrom), formatDate(detail.periodTo)] as const;
  if (detail.visits.length === 0) return [{ kind: 'paragraph', text: `${t.periodOnly(...period)} ${t.noVisits}` }];
  const c = t.scheduleColumns;
  const rows: TableRow[] = detail.visits.map((visit, index) => ({
    cells: [String(index + 1), formatDate(visit.date), visit.unitName, visit.place.trim() || text.defaultPlace, visit.teamName ?? ''],
  }));
  return [
    { kind: 'paragraph', text: t.period(...period) },
    {
      kind: 'table',
      fontSize: 12,
      columns: [
        { header: c.ordinal, width: 6, align: 'center' },
        { header: c.date, width: 14, align: 'center' },
        { header: c.unit, width: 25 },
        { header: c.place, width: 27 },
        { header: c.team, width: 22 },
      ],
      rows,
    },
  ];
}

function teamBlocks(detail: InspectionDetail): Block[] {
  if (detail.teams.length === 0) return [{ kind: 'paragraph', text: t.noTeams }];
  const number = detail.teamDecisionNumber.trim();
  const blocks: Block[] = [{ kind: 'paragraph', text: number ? t.decision(number, dateInWords(detail.teamDecisionDate)) : t.noDecision }];
  const c = t.memberColumns;
  for (const [index, team] of detail.teams.entries()) {
    if (detail.teams.length > 1) blocks.push({ kind: 'heading', level: 2, number: String(index + 1), text: team.name });
    if (team.members.length === 0) {
      blocks.push({ kind: 'paragraph', text: t.noMembers });
      continue;
    }
    blocks.push({
      kind: 'table',
      fontSize: 12,
      columns: [
        { header: c.ordinal, width: 6, align: 'center' },
        { header: c.name, width: 24 },
        { header: c.position, width: 40 },
        { header: c.role, width: 20 },
      ],
      rows: byRole(team.members).map((member, i) => ({
        cells: [String(i + 1), member.fullName, positionAndAgency(member), TEAM_ROLE_LABELS[member.role]],
      })),
    });
  }
  return blocks;
}

const numbered = (lines: string[]): Block[] => lines.map((line, index) => ({ kind: 'paragraph', text: `${index + 1}. ${line}` }));

/**
 * Kế hoạch kiểm tra: legal basis, purpose and requirements, content (the movements covered and the
 * checklist of the unit's emulation and commendation work), the schedule, the team(s), how it is carried out.
 */
export const inspectionPlanTemplate = defineTemplate<RoundParams, InspectionPlanReaders>({
  id: 'inspection-plan',
  title: t.title,
  typeAbbreviation: 'KH',
  paramsSchema: roundParamsSchema,
  registerTitle: (params, deps) => t.registerTitle(lowerFirst(round(params, deps).title)),
  build(params, deps) {
    const detail = round(params, deps);
    const checklist = deps.inspections.template(detail.templateId);
    const [one, two, three, four, five] = text.sectionNumbers;
    const body: Block[] = [
      ...paragraphs(detail.legalBasis, t.defaultBasis),
      { kind: 'paragraph', text: t.issuing(bodyName(deps.settings), lowerFirst(detail.title)) },
      { kind: 'heading', level: 1, number: one, text: t.purposeHeading },
      ...paragraphs(detail.purpose, t.defaultPurpose),
      { kind: 'heading', level: 1, number: two, text: t.contentHeading },
      ...contentBlocks(detail, checklist),
      { kind: 'heading', level: 1, number: three, text: t.scheduleHeading },
      ...scheduleBlocks(detail),
      { kind: 'heading', level: 1, number: four, text: t.teamHeading },
      ...teamBlocks(detail),
      { kind: 'heading', level: 1, number: five, text: t.organisationHeading },
      ...numbered(t.organisation),
      { kind: 'paragraph', text: t.closing },
    ];
    return {
      typeName: t.typeName,
      summary: detail.title,
      body,
      signedByIssuer: true,
      recipients: t.recipients(provinceInSentence(deps.settings)),
    };
  },
});
