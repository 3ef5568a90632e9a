import type { Block, TableRow } from '../../../../../shared/documents/description';
import type { AgendaItem } from '../../../../../shared/domain/council';
import type { NomineeKind } from '../../../../../shared/domain/nominations';
import { AppError } from '../../../../../shared/errors';
import { formatDate } from '../../../../../shared/format/date';
import { romanNumeral } from '../../../../../shared/format/roman';
import { defineTemplate } from '../registry';
import { type CouncilMinutesParams, councilMinutesParamsSchema, type CouncilMinutesReaders, sessionOf } from './minutes';
import { councilDocText as text } from './text';

const t = text.submission;
const KIND_ORDER: readonly NomineeKind[] = ['collective', 'individual', 'household'];

function countsOf(items: readonly AgendaItem[]): string {
  const parts = KIND_ORDER.map((kind) => [kind, items.filter((i) => i.nomineeKind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => text.decision.count(n, kind));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** "Đề nghị ... cho N cá nhân:" then one line per form. */
function section(lead: (counts: string) => string, items: readonly AgendaItem[]): Block[] {
  if (items.length === 0) return [];
  const awards = [...new Set(items.map((i) => i.awardName))];
  return [
    { kind: 'paragraph', text: lead(countsOf(items)) },
    ...awards.map((award, index) => ({
      kind: 'paragraph' as const,
      text: t.perAward(award, countsOf(items.filter((i) => i.awardName === award)), index === awards.length - 1),
    })),
  ];
}

/**
 * Tờ trình đề nghị khen thưởng: the council's submission to the provincial Chairman after a session,
 * the forms he decides apart from those he is asked to propose upward (government and state levels),
 * with the passed cases and their vote results as the annex.
 */
export const submissionTemplate = defineTemplate<CouncilMinutesParams, CouncilMinutesReaders>({
  id: 'submission',
  title: t.title,
  typeAbbreviation: 'TTr',
  paramsSchema: councilMinutesParamsSchema,
  registerTitle: (params, deps) => t.registerTitle(formatDate(sessionOf(params, deps).date)),
  build(params, deps) {
    const session = sessionOf(params, deps);
    const passed = session.agenda.filter((item) => item.vote?.passed);
    if (passed.length === 0) throw new AppError('VALIDATION', t.empty);
    const upward = passed.filter((item) => item.awardLevel === 'government' || item.awardLevel === 'state');
    const own = passed.filter((item) => !upward.includes(item));
    const province = (deps.settings.provinceName ?? 'tỉnh').normalize('NFC');
    const awards = [...new Set(passed.map((item) => item.awardName))];
    const rows: TableRow[] = [];
    awards.forEach((award, index) => {
      rows.push({ group: `${romanNumeral(index + 1)}. ${award}` });
      passed
        .filter((item) => item.awardName === award)
        .forEach((item, n) =>
          rows.push({ cells: [String(n + 1), item.nomineeName, item.proposingUnitName, item.vote?.explanation ?? ''] }),
        );
    });
    return {
      typeName: t.typeName,
      summary: t.summary,
      addressees: [t.addressee(province)],
      body: [
        { kind: 'paragraph', text: t.basis },
        { kind: 'paragraph', text: t.session(formatDate(session.date), session.quorum?.explanation ?? '') },
        ...section(t.decide, own),
        ...section(t.upward, upward),
        { kind: 'paragraph', text: t.closing },
      ],
      signedByIssuer: true,
      recipients: t.recipients,
      annexes: [
        {
          heading: t.annexHeading,
          subtitle: t.annexSubtitle(formatDate(session.date)),
          attachedTo: true,
          orientation: 'landscape',
          body: [
            {
              kind: 'table',
              fontSize: 12,
              columns: [
                { header: t.columns[0], width: 6, align: 'center' },
                { header: t.columns[1], width: 30 },
                { header: t.columns[2], width: 24 },
                { header: t.columns[3], width: 40 },
              ],
              rows,
            },
          ],
        },
      ],
    };
  },
});
