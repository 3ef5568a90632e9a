import type { TableRow } from '../../../../../shared/documents/description';
import { AppError } from '../../../../../shared/errors';
import { formatDate } from '../../../../../shared/format/date';
import { romanNumeral } from '../../../../../shared/format/roman';
import { defineTemplate } from '../registry';
import { type CouncilMinutesParams, councilMinutesParamsSchema, type CouncilMinutesReaders, sessionOf } from './minutes';
import { councilDocText as text } from './text';

const t = text.ballot;

/**
 * Phiếu bầu: one printable ballot for a session, the agenda grouped by form with empty boxes for
 * "Đồng ý" and "Không đồng ý"; a working paper, never numbered or signed (the ballot is secret).
 */
export const ballotTemplate = defineTemplate<CouncilMinutesParams, CouncilMinutesReaders>({
  id: 'ballot',
  title: t.title,
  typeAbbreviation: '',
  workingList: true,
  paramsSchema: councilMinutesParamsSchema,
  registerTitle: (params, deps) => t.registerTitle(formatDate(sessionOf(params, deps).date)),
  build(params, deps) {
    const session = sessionOf(params, deps);
    if (session.agenda.length === 0) throw new AppError('VALIDATION', t.empty);
    const awards = [...new Set(session.agenda.map((item) => item.awardName))];
    const rows: TableRow[] = [];
    awards.forEach((award, index) => {
      rows.push({ group: `${romanNumeral(index + 1)}. ${award}` });
      session.agenda
        .filter((item) => item.awardName === award)
        .forEach((item, n) => rows.push({ cells: [String(n + 1), item.nomineeName, item.proposingUnitName, '', ''] }));
    });
    return {
      typeName: t.typeName,
      heading: t.heading,
      summary: t.summary(formatDate(session.date)),
      body: [
        { kind: 'paragraph', text: t.instruction, italics: true },
        {
          kind: 'table',
          columns: [
            { header: t.columns[0], width: 8, align: 'center' },
            { header: t.columns[1], width: 36 },
            { header: t.columns[2], width: 28 },
            { header: t.columns[3], width: 14, align: 'center' },
            { header: t.columns[4], width: 14, align: 'center' },
          ],
          rows,
        },
      ],
    };
  },
});
