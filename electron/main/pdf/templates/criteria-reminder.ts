import { z } from 'zod';

import type { TableRow } from '../../../../shared/documents/description';
import { type AgencyPage, REMINDER_REPLY_DAYS } from '../../../../shared/domain/agencies';
import type { Movement } from '../../../../shared/domain/movements';
import { AppError } from '../../../../shared/errors';
import { formatFigure, formatNumber } from '../../../../shared/format/number';
import { criteriaReminderText as text } from './criteria-reminder-text';
import { launchPhrase } from './movement-report';
import { defineTemplate } from './registry';
import type { TemplateDeps as DepsWith } from './types';

/** What the reminder reads, through the criteria owners' and movements' services. */
export interface CriteriaReminderReaders {
  movements: { get(id: number): Movement | null };
  /** The agency's page for a movement and year; null when the agency is unknown or not an agency. */
  agencies: { page(agencyId: number, movementId: number, year: number): AgencyPage | null };
  /** How many communes of the movement's area have a record in the year. */
  recorded(movementId: number, year: number): number;
}

type TemplateDeps = DepsWith<CriteriaReminderReaders>;

const id = (missing: string) => z.number({ error: missing }).int(text.params.idInvalid).positive(text.params.idInvalid);

export const criteriaReminderParamsSchema = z
  .object({
    movementId: id(text.params.movementId),
    year: z.number({ error: text.params.year }).int(text.params.yearInteger).min(2000, text.params.yearMin).max(2100, text.params.yearMax),
    agencyId: id(text.params.agencyId),
  })
  .strict();

export type CriteriaReminderParams = z.output<typeof criteriaReminderParamsSchema>;

function refuse(path: string, message: string): never {
  throw new AppError('VALIDATION', message, [{ path: `params.${path}`, message }]);
}

function load(params: CriteriaReminderParams, deps: TemplateDeps): { movement: Movement; page: AgencyPage } {
  const movement = deps.movements.get(params.movementId) ?? refuse('movementId', text.params.movementNotFound);
  const page = deps.agencies.page(params.agencyId, movement.id, params.year) ?? refuse('agencyId', text.params.agencyNotFound);
  return { movement, page };
}

const count = (value: number) => formatNumber(value);

function resultRows(page: AgencyPage): TableRow[] {
  return page.criteria.map((c, index) => ({
    cells: [
      String(index + 1),
      text.criterion(c.number, c.name),
      `${count(c.met)}/${count(c.recorded)}`,
      c.share === null ? '' : `${formatFigure(c.share)}%`,
      c.previousMet === null ? text.noPrevious : count(c.previousMet),
      count(c.recorded - c.met),
    ],
  }));
}

function shortRows(page: AgencyPage): TableRow[] {
  let ordinal = 0;
  return page.criteria
    .filter((c) => c.notMet.length > 0)
    .flatMap((c) => [
      { group: text.annex.group(c.number, c.name, count(c.notMet.length)) },
      ...c.notMet.map((unit): TableRow => {
        ordinal += 1;
        return { cells: [String(ordinal), unit.name, unit.districtName ?? text.annex.noDistrict] };
      }),
    ]);
}

/**
 * Công văn đôn đốc: from the council to one responsible agency, its criteria's results in a year,
 * the communes short of them in an annex, and a reply within 15 days. A công văn: no type in the
 * number ("Số: 12/HĐTĐKT"), "V/v ..." under it, no type heading, "Kính gửi" the agency.
 */
export const criteriaReminderTemplate = defineTemplate<CriteriaReminderParams, CriteriaReminderReaders>({
  id: 'criteria-reminder',
  title: text.title,
  typeAbbreviation: '',
  paramsSchema: criteriaReminderParamsSchema,
  registerTitle: (params, deps) => text.registerTitle(load(params, deps).page.agency.name, params.year),
  build(params, deps) {
    const { movement, page } = load(params, deps);
    const agency = page.agency.name;
    const { year } = params;
    if (page.criteria.length === 0) refuse('agencyId', text.params.noCriteria(agency));
    if (deps.recorded(movement.id, year) === 0) refuse('year', text.params.noRecords(year));
    const short = shortRows(page);
    const c = text.columns;
    const a = text.annex.columns;
    return {
      typeName: text.typeName,
      heading: '',
      regarding: text.regarding(year),
      addressees: [agency],
      body: [
        { kind: 'paragraph', text: text.intro(launchPhrase(movement.document), year, agency) },
        {
          kind: 'table',
          fontSize: 12,
          columns: [
            { header: c.ordinal, width: 7, align: 'center' },
            { header: c.criterion, width: 34 },
            { header: c.met, width: 12, align: 'right' },
            { header: c.share, width: 12, align: 'right' },
            { header: c.previous(year - 1), width: 19, align: 'right' },
            { header: c.notMet, width: 12, align: 'right' },
          ],
          rows: resultRows(page),
        },
        { kind: 'paragraph', text: short.length > 0 ? text.annexNote : text.allMet(year) },
        { kind: 'paragraph', text: text.request(movement.name, agency) },
        ...text.tasks(REMINDER_REPLY_DAYS).map((task) => ({ kind: 'paragraph' as const, text: task })),
        { kind: 'paragraph', text: text.closing(agency) },
      ],
      signedByIssuer: true,
      recipients: text.recipients,
      annexes:
        short.length === 0
          ? []
          : [
              {
                heading: text.annex.heading,
                subtitle: text.annex.subtitle(agency, year),
                attachedTo: true,
                body: [
                  {
                    kind: 'table',
                    fontSize: 12,
                    columns: [
                      { header: a.ordinal, width: 10, align: 'center' },
                      { header: a.commune, width: 45 },
                      { header: a.district, width: 45 },
                    ],
                    rows: short,
                  },
                ],
              },
            ],
    };
  },
});
