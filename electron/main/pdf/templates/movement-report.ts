import { z } from 'zod';

import type { Block, TableCellValue, TableRow } from '../../../../shared/documents/description';
import type { CriteriaTotals } from '../../../../shared/domain/agencies';
import type { LaunchDocument, Movement } from '../../../../shared/domain/movements';
import type { MovementFigures, Target, TargetEvaluation, UnitFigure } from '../../../../shared/domain/targets';
import { type UnitListItem, wholeAreaOf } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { dateWords, isoDateParts } from '../../../../shared/format/document-date';
import { formatFigure, formatNumber } from '../../../../shared/format/number';
import { romanNumeral } from '../../../../shared/format/roman';
import { compareVietnamese } from '../../../../shared/text/collate';
import { foldText } from '../../../../shared/text/fold';
import { TARGET_STATUS_LABELS } from '../../../../shared/text/movements-text';
import { movementReportText as text } from './movement-report-text';
import { defineTemplate } from './registry';
import type { TemplateDeps as DepsWith } from './types';

/** What the movement report reads, through the services of the units, movements and targets areas. */
export interface MovementReportReaders {
  /** The districts the report names, to order them by their codes; the movement's scope unit, to name its area. */
  units: {
    list(filter: { kind: 'district'; ids: number[]; archived: 'all' }): UnitListItem[];
    find(id: number): UnitListItem | null;
  };
  /** A movement (null when there is none with that id) and its targets as defined. */
  movements: { get(id: number): Movement | null; targets(movementId: number): Target[] };
  /** The dashboard's figures of a movement for a year (the movement must exist). */
  dashboard: { figures(movementId: number, year: number): MovementFigures };
  /** Results criterion by criterion over the movement's communes (the criteria owners' area). */
  criteria: { totals(movementId: number, year: number): CriteriaTotals };
}

type TemplateDeps = DepsWith<MovementReportReaders>;

export const movementReportParamsSchema = z
  .object({
    movementId: z.number({ error: text.params.movementId }).int(text.params.movementIdInvalid).positive(text.params.movementIdInvalid),
    year: z.number({ error: text.params.year }).int(text.params.yearInteger).min(2000, text.params.yearMin).max(2100, text.params.yearMax),
  })
  .strict();

export type MovementReportParams = z.output<typeof movementReportParamsSchema>;

/** Types of launching documents by the symbol's type part ("KH" in "2017/KH-UBND"). */
const DOCUMENT_TYPES: Record<string, string> = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  NQ: 'Nghị quyết',
  CV: 'Công văn',
};

const UNIT_NOUNS = { commune: 'xã', village: 'thôn, làng', district: 'huyện, thành phố' } as const;

/** "Tỉnh Kon Tum" -> "tỉnh Kon Tum"; an acronym ("UBND ...") stays as it is. */
function lowerFirst(value: string): string {
  if (value.length < 2 || value[1] !== value[1].toLocaleLowerCase('vi')) return value;
  return value[0].toLocaleLowerCase('vi') + value.slice(1);
}

interface ReportArea {
  /** "huyện Đắk Hà", "tỉnh Kon Tum": "trên địa bàn …". */
  name: string;
  /** "Toàn huyện": the total row, and "toàn huyện có …". */
  total: string;
  /** The committees asked to help the communes under the threshold, and sent the report. */
  committees: { full: string; short: string };
}

/**
 * The area the report speaks of: the movement's scope unit ("trên địa bàn huyện Đắk Hà", total "Toàn huyện",
 * "Ủy ban nhân dân huyện Đắk Hà"), else the register's province as the settings name it.
 */
function reportArea(movement: Movement, deps: TemplateDeps): ReportArea {
  const scope = movement.scopeUnitId === null ? null : deps.units.find(movement.scopeUnitId);
  if (scope) {
    const name = lowerFirst(scope.name);
    // A province's communes are directed by its districts' committees; a district's or a commune's by its own.
    const committees = scope.kind === 'province' ? text.committees.ofProvince : text.committees.of(name);
    return { name, total: wholeAreaOf(scope.adminType), committees };
  }
  // The settings name the province only: a "Thành phố …" is a city under the central government.
  const province = deps.settings.provinceName ?? '';
  return {
    name: lowerFirst(province),
    total: wholeAreaOf(/^thành phố\s/iu.test(province) ? 'Thành phố' : 'Tỉnh'),
    committees: text.committees.ofProvince,
  };
}

/** Whether the launch's issuer is that committee ("Ủy ban nhân dân huyện Đắk Hà" or "UBND huyện Đắk Hà", in any case, spacing or diacritics). */
function sameBody(issuer: string, committees: ReportArea['committees']): boolean {
  const folded = foldText(issuer);
  return folded === foldText(committees.full) || folded === foldText(committees.short);
}

function mustMovement(params: MovementReportParams, deps: TemplateDeps): Movement {
  const movement = deps.movements.get(params.movementId);
  if (!movement) {
    const message = text.params.movementNotFound;
    throw new AppError('VALIDATION', message, [{ path: 'params.movementId', message }]);
  }
  return movement;
}

/**
 * "Thực hiện Kế hoạch số 2017/KH-UBND ngày 28 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Kon Tum về tổ chức
 * phong trào thi đua ...": the type comes from the title's first words, else from the symbol. The
 * reminder letter opens with it too.
 */
export function launchPhrase(document: LaunchDocument): string {
  const title = document.title.trim();
  const folded = title.toLocaleLowerCase('vi');
  let type = Object.values(DOCUMENT_TYPES).find(
    (name) => folded === name.toLocaleLowerCase('vi') || folded.startsWith(`${name.toLocaleLowerCase('vi')} `),
  );
  const about = type ? title.slice(type.length).trim() : title;
  if (!type) {
    const symbolType = /\/([^-/\s]+)-/u.exec(document.number)?.[1]?.toLocaleUpperCase('vi');
    type = (symbolType && DOCUMENT_TYPES[symbolType]) ?? text.intro.document;
  }
  const parts = [text.intro.lead, type];
  if (document.number.trim()) parts.push(text.intro.number(document.number.trim()));
  if (document.date && isoDateParts(document.date)) parts.push(dateWords(document.date));
  if (document.issuer.trim()) parts.push(text.intro.of(document.issuer.trim()));
  if (about) parts.push(/^về\s/iu.test(about) ? lowerFirst(about) : `${text.intro.about} ${lowerFirst(about)}`);
  return parts.join(' ');
}

function launchSentence(document: LaunchDocument, year: number, area: string): string {
  return launchPhrase(document) + text.intro.tail(year, area);
}

function nounOf(target: Target | undefined): string {
  if (!target) return '';
  const definition = target.definition;
  if (definition.metric === 'income-ratio') return '';
  if (definition.metric === 'min-criteria') return 'tiêu chí';
  return UNIT_NOUNS[definition.units.kind];
}

const withNoun = (value: string, noun: string) => (noun ? `${value} ${noun}` : value);

function goalText(e: TargetEvaluation, target: Target | undefined): string {
  if (e.goal === null) return text.targets.qualitative;
  const definition = target?.definition;
  const goal = formatFigure(e.goal);
  switch (definition?.metric) {
    case 'level-share':
      return `${e.direction === 'at-most' ? text.targets.atMost : text.targets.atLeast} ${goal}%`;
    case 'min-criteria':
      return text.targets.minGoal(goal);
    case 'criteria-gain':
      return text.targets.gainGoal(formatFigure(definition.minGain));
    case 'income-ratio':
      return text.targets.incomeGoal(goal, target?.baseYear ?? 0);
    default:
      return `${e.direction === 'at-most' ? text.targets.atMost : text.targets.atLeast} ${withNoun(goal, nounOf(target))}`;
  }
}

function resultText(e: TargetEvaluation, target: Target | undefined): string {
  if (e.value === null) return text.targets.noValue;
  const definition = target?.definition;
  const noun = nounOf(target);
  const ratio = e.numerator !== null && e.denominator !== null ? `${formatNumber(e.numerator)}/${formatNumber(e.denominator)}` : null;
  switch (definition?.metric) {
    case 'level-count':
      return withNoun(ratio ?? formatFigure(e.value), noun);
    case 'level-share':
      return ratio ? `${formatFigure(e.value)}% (${withNoun(ratio, noun)})` : `${formatFigure(e.value)}%`;
    case 'min-criteria': {
      const lowest = text.targets.lowest(formatFigure(e.value));
      return e.goal !== null && e.numerator !== null
        ? `${lowest}; ${text.targets.below(formatNumber(e.numerator), formatFigure(e.goal))}`
        : lowest;
    }
    case 'criteria-gain':
      return text.targets.gainResult(formatNumber(e.numerator ?? 0), formatNumber(e.denominator ?? 0), formatFigure(definition.minGain));
    case 'income-ratio':
      return e.numerator !== null && e.denominator !== null
        ? `${text.targets.incomeResult(formatFigure(e.value))} ${text.targets.incomeDetail(formatFigure(e.numerator), formatFigure(e.denominator))}`
        : text.targets.incomeResult(formatFigure(e.value));
    default:
      return formatFigure(e.value);
  }
}

function projectionText(projection: number | null, target: Target | undefined): string {
  const metric = target?.definition.metric;
  if (metric === 'criteria-gain') return text.targets.yearly;
  if (projection === null) return text.targets.none;
  if (metric === 'level-share') return `${formatFigure(projection)}%`;
  if (metric === 'income-ratio') return text.targets.times(formatFigure(projection));
  return withNoun(formatFigure(projection), nounOf(target));
}

function targetRows(summary: MovementFigures, targets: Target[]): TableRow[] {
  const byId = new Map(targets.map((target) => [target.id, target]));
  const order = new Map(targets.map((target) => [target.id, target.ordinal]));
  const evaluations = [...summary.targets].sort((a, b) => (order.get(a.targetId) ?? 0) - (order.get(b.targetId) ?? 0));
  return evaluations.flatMap((e) => {
    const target = byId.get(e.targetId);
    const noun = nounOf(target);
    const main: TableRow = {
      cells: [e.code, e.label, goalText(e, target), resultText(e, target), e.statusLabel, projectionText(e.projection, target)],
    };
    // Sub-goals ("trong đó 20 xã nâng cao") count over the same units as their target.
    const parts: TableRow[] = e.parts.map((part) => ({
      cells: [
        '',
        { text: part.label, italics: true, indent: 10 },
        `${text.targets.atLeast} ${withNoun(formatFigure(part.goal), noun)}`,
        part.value === null
          ? text.targets.noValue
          : withNoun(
              e.denominator !== null ? `${formatNumber(part.value)}/${formatNumber(e.denominator)}` : formatFigure(part.value),
              noun,
            ),
        TARGET_STATUS_LABELS[part.status],
        projectionText(part.projection, target),
      ],
    }));
    return [main, ...parts];
  });
}

const count = (value: number) => formatNumber(value);
const average = (value: number | null) => (value === null ? text.districts.none : formatNumber(value, 2));

/** Districts in the province's official order (statistical codes), names otherwise. */
type DistrictOrder = (a: { districtId: number; districtName: string }, b: { districtId: number; districtName: string }) => number;

/** The province's order of the districts named (by code, else by name): only those districts are read, once for the report. */
function districtOrder(deps: TemplateDeps, districtIds: number[]): DistrictOrder {
  const listed = deps.units.list({ kind: 'district', ids: districtIds, archived: 'all' });
  const codes = new Map(listed.map((unit) => [unit.id, Number(unit.code ?? NaN)]));
  return (a, b) => {
    const [ca, cb] = [codes.get(a.districtId), codes.get(b.districtId)];
    if (ca !== undefined && cb !== undefined && Number.isFinite(ca) && Number.isFinite(cb) && ca !== cb) return ca - cb;
    return compareVietnamese(a.districtName, b.districtName);
  };
}

function districtTable(summary: MovementFigures, order: DistrictOrder, total: string): Block {
  const threshold = summary.underThreshold.threshold;
  const rows: TableRow[] = [...summary.byDistrict].sort(order).map((row, index) => ({
    cells: [
      String(index + 1),
      row.districtName,
      count(row.communeCount),
      count(row.ntmCount),
      count(row.advancedIds.length),
      count(row.modelIds.length),
      average(row.averageCriteria),
      count(row.underIds.length),
    ],
  }));
  const bold = (value: string): TableCellValue => ({ text: value, bold: true });
  const sum = (pick: (row: MovementFigures['byDistrict'][number]) => number) =>
    summary.byDistrict.reduce((total, row) => total + pick(row), 0);
  rows.push({
    cells: [
      '',
      bold(total),
      bold(count(summary.communes.total)),
      bold(count(summary.communes.ntmCount)),
      bold(count(sum((row) => row.advancedIds.length))),
      bold(count(sum((row) => row.modelIds.length))),
      bold(average(summary.communes.averageCriteria)),
      bold(count(summary.underThreshold.units.length)),
    ],
  });
  const c = text.districts.columns;
  return {
    kind: 'table',
    fontSize: 12,
    columns: [
      { header: c.ordinal, width: 6, align: 'center' },
      { header: c.name, width: 26 },
      { header: c.communes, width: 9, align: 'right' },
      { header: c.ntm, width: 11, align: 'right' },
      { header: c.advanced, width: 11, align: 'right' },
      { header: c.model, width: 11, align: 'right' },
      { header: c.average, width: 11, align: 'right' },
      { header: c.under(threshold), width: 11, align: 'right' },
    ],
    rows,
  };
}

/** The communes under the threshold, grouped by district in the province's order, lowest count first. */
function underRows(units: UnitFigure[], order: DistrictOrder, showPrevious: boolean): TableRow[] {
  const groups = new Map<number, UnitFigure[]>();
  for (const unit of units) groups.set(unit.districtId ?? 0, [...(groups.get(unit.districtId ?? 0) ?? []), unit]);
  const keys = [...groups.keys()].sort((a, b) =>
    order(
      { districtId: a, districtName: groups.get(a)?.[0].districtName ?? '' },
      { districtId: b, districtName: groups.get(b)?.[0].districtName ?? '' },
    ),
  );
  let ordinal = 0;
  return keys.flatMap((key, index) => {
    const members = [...(groups.get(key) ?? [])].sort((a, b) => (a.count ?? 0) - (b.count ?? 0) || compareVietnamese(a.name, b.name));
    const group: TableRow = { group: `${romanNumeral(index + 1)}. ${members[0].districtName ?? ''}` };
    return [
      group,
      ...members.map((unit): TableRow => {
        ordinal += 1;
        const previous = unit.previousCount === null ? text.under.noCount : count(unit.previousCount);
        const now = unit.count === null ? text.under.noCount : count(unit.count);
        return { cells: [String(ordinal), unit.name, ...(showPrevious ? [previous] : []), now] };
      }),
    ];
  });
}

/** Section IV: each criterion's communes meeting it, share, last year's count and the communes short. */
function criteriaBlocks(results: CriteriaTotals, year: number): Block[] {
  const c = text.criteria.columns;
  const heading: Block = { kind: 'heading', level: 1, number: 'IV', text: text.criteria.heading };
  if (results.criteria.length === 0) return [heading, { kind: 'paragraph', text: text.criteria.empty }];
  const showPrevious = results.previousRecorded > 0;
  const rows: TableRow[] = results.criteria.map((criterion) => ({
    cells: [
      String(criterion.number),
      criterion.name,
      `${count(criterion.met)}/${count(criterion.recorded)}`,
      criterion.share === null ? '' : `${formatFigure(criterion.share)}%`,
      ...(showPrevious ? [criterion.previousMet === null ? '' : signed(criterion.met - criterion.previousMet)] : []),
      count(criterion.recorded - criterion.met),
    ],
  }));
  return [
    heading,
    { kind: 'paragraph', text: text.criteria.intro(year, count(results.recorded)) },
    {
      kind: 'table',
      fontSize: 12,
      columns: [
        { header: c.number, width: 8, align: 'right' },
        { header: c.name, width: showPrevious ? 40 : 50 },
        { header: c.met, width: 14, align: 'right' },
        { header: c.share, width: 12, align: 'right' },
        ...(showPrevious ? [{ header: c.change(year - 1), width: 14, align: 'right' as const }] : []),
        { header: c.notMet, width: 12, align: 'right' },
      ],
      rows,
    },
  ];
}

/** "+3", "-1", "0": a change in communes. */
const signed = (value: number) => (value > 0 ? `+${count(value)}` : value < 0 ? `-${count(-value)}` : '0');

function assertHasRecords(summary: MovementFigures, year: number): void {
  if (summary.communes.recordedIds.length > 0) return;
  const message = text.params.noRecords(year);
  throw new AppError('VALIDATION', message, [{ path: 'params.year', message }]);
}

/**
 * Báo cáo kết quả thực hiện phong trào: the dashboard of a movement for one year as the council reports it —
 * the targets (goal, result, assessment, projection), the districts, and the communes under the
 * criteria threshold in an annex.
 */
export const movementReportTemplate = defineTemplate<MovementReportParams, MovementReportReaders>({
  id: 'movement-report',
  title: text.title,
  typeAbbreviation: 'BC',
  paramsSchema: movementReportParamsSchema,
  registerTitle: (params, deps) => text.registerTitle(mustMovement(params, deps).name, params.year),
  build(params, deps) {
    const movement = mustMovement(params, deps);
    const { year } = params;
    const summary = deps.dashboard.figures(movement.id, year);
    assertHasRecords(summary, year);
    const targets = deps.movements.targets(movement.id);
    const { name: area, total, committees } = reportArea(movement, deps);
    const issuer = movement.document.issuer.trim();
    const whole = total.toLocaleLowerCase('vi');
    const threshold = summary.underThreshold.threshold;
    const under = summary.underThreshold.units;
    const missing = summary.communes.missingIds.length;
    const t = text.targets.columns;
    const u = text.under.columns;
    const showPrevious = under.some((unit) => unit.previousCount !== null);
    const named = new Set(summary.byDistrict.map((row) => row.districtId));
    for (const unit of under) if (unit.districtId !== null) named.add(unit.districtId);
    const order = districtOrder(deps, [...named]);

    const body: Block[] = [
      { kind: 'paragraph', text: launchSentence(movement.document, year, area) },
      { kind: 'heading', level: 1, number: 'I', text: text.targets.heading },
      {
        kind: 'paragraph',
        text: text.targets.overview(
          year,
          whole,
          `${count(summary.communes.ntmCount)}/${count(summary.communes.total)}`,
          summary.communes.averageCriteria === null ? null : average(summary.communes.averageCriteria),
        ),
      },
      ...(missing > 0 ? [{ kind: 'paragraph' as const, text: text.targets.missing(count(missing), year) }] : []),
      {
        kind: 'table',
        fontSize: 12,
        columns: [
          { header: t.ordinal, width: 6, align: 'center' },
          { header: t.label, width: 34 },
          { header: t.goal(movement.endYear), width: 16, align: 'center' },
          { header: t.result(year), width: 18, align: 'center' },
          { header: t.status, width: 13, align: 'center' },
          { header: t.projection(movement.endYear), width: 13, align: 'center' },
        ],
        rows: targetRows(summary, targets),
      },
      { kind: 'heading', level: 1, number: 'II', text: text.districts.heading },
      summary.byDistrict.length > 0 ? districtTable(summary, order, total) : { kind: 'paragraph', text: text.districts.empty },
      { kind: 'heading', level: 1, number: 'III', text: text.under.heading(threshold) },
      {
        kind: 'paragraph',
        text: under.length === 0 ? text.under.none(threshold) : text.under.some(year, count(under.length), threshold, committees.full),
      },
      ...criteriaBlocks(deps.criteria.totals(movement.id, year), year),
      { kind: 'paragraph', text: text.closing(movement.name, year, area) },
    ];

    return {
      typeName: text.typeName,
      summary: text.summary(movement.name, year),
      body,
      // The issuer's signature block: chosen on issue, else the issuer's default in settings.
      signedByIssuer: true,
      recipients: text.recipients(issuer, sameBody(issuer, committees) ? null : committees.short),
      annexes:
        under.length === 0
          ? []
          : [
              {
                heading: text.under.annexHeading(threshold),
                subtitle: text.under.annexSubtitle(year),
                attachedTo: true,
                body: [
                  {
                    kind: 'table',
                    fontSize: 12,
                    columns: [
                      { header: u.ordinal, width: 8, align: 'center' },
                      { header: u.name, width: 40 },
                      ...(showPrevious ? [{ header: u.previous(year - 1), width: 20, align: 'right' as const }] : []),
                      { header: u.count(year), width: 20, align: 'right' },
                    ],
                    rows: underRows(under, order, showPrevious),
                  },
                ],
              },
            ],
    };
  },
});
