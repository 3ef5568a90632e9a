import { z } from 'zod';

import { idSchema } from '../../../../../shared/contract/common';
import type { TableRow } from '../../../../../shared/documents/description';
import type { Decision } from '../../../../../shared/domain/council';
import { NOMINEE_KIND_LABELS, type NomineeKind } from '../../../../../shared/domain/nominations';
import type { SignaturePrefix } from '../../../../../shared/domain/signature';
import { AppError } from '../../../../../shared/errors';
import { formatNumber } from '../../../../../shared/format/number';
import { romanNumeral } from '../../../../../shared/format/roman';
import { defineTemplate } from '../registry';
import { councilDocText as text } from './text';

/** What the draft reads: the decision with its awards (the council area binds its service). */
export interface DecisionDraftReaders {
  decisions: { get(id: number): Decision };
}

export const decisionDraftParamsSchema = z.object({ decisionId: idSchema }).strict();
export type DecisionDraftParams = z.output<typeof decisionDraftParamsSchema>;

const t = text.decision;
/** Collectives first, as in the proposal lists. */
const KIND_ORDER: readonly NomineeKind[] = ['collective', 'individual', 'household'];
/** The decree in force on the decision date: Decree 98/2023 until 30/6/2025, Decree 152/2025 from 1/7/2025. */
const decreeOn = (date: string) => (date < '2025-07-01' ? 'Nghị định số 98/2023/NĐ-CP' : 'Nghị định số 152/2025/NĐ-CP');

function decisionOf(params: DecisionDraftParams, readers: DecisionDraftReaders): Decision {
  try {
    return readers.decisions.get(params.decisionId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      const message = text.params.decisionNotFound(params.decisionId);
      throw new AppError('NOT_FOUND', message, [{ path: 'params.decisionId', message }]);
    }
    throw error;
  }
}

/** "KT. Chủ tịch — Phó Chủ tịch" -> prefix KT., authority Chủ tịch, position Phó Chủ tịch; otherwise the text is the position. */
function signatureOf(authority: string): { prefix?: SignaturePrefix; authority?: string; position: string } {
  const match = /^(TM|KT|TL|TUQ|Q)\.\s*(.+?)\s*(?:—|–| - |\n)\s*(.+)$/u.exec(authority.trim());
  if (!match) return { position: authority };
  return { prefix: `${match[1]}.` as SignaturePrefix, authority: match[2], position: match[3] };
}

function countsOf(items: Decision['items']): string {
  const parts = KIND_ORDER.map((kind) => [kind, items.filter((i) => i.nomineeKind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => t.count(n, kind));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/**
 * Dự thảo Quyết định khen thưởng: the Chairman's decision granting the awards the council passed,
 * one article per form, with the list attached (register numbers once the decision is issued).
 */
export const decisionDraftTemplate = defineTemplate<DecisionDraftParams, DecisionDraftReaders>({
  id: 'decision-draft',
  title: t.title,
  typeAbbreviation: 'QĐ',
  paramsSchema: decisionDraftParamsSchema,
  registerTitle: (params, deps) => t.registerTitle(decisionOf(params, deps).number),
  build(params, deps) {
    const decision = decisionOf(params, deps);
    const province = (deps.settings.provinceName ?? 'tỉnh').normalize('NFC');
    const awards = [...new Set(decision.items.map((i) => i.awardName))];
    const rows: TableRow[] = [];
    awards.forEach((award, awardIndex) => {
      rows.push({ group: `${romanNumeral(awardIndex + 1)}. ${award}` });
      for (const kind of KIND_ORDER) {
        const items = decision.items.filter((i) => i.awardName === award && i.nomineeKind === kind);
        if (items.length === 0) continue;
        rows.push({ cells: ['', { text: `${NOMINEE_KIND_LABELS[kind]} (${formatNumber(items.length)})`, bold: true }, '', ''] });
        items.forEach((item, index) => {
          rows.push({
            cells: [
              String(index + 1),
              item.nomineeName,
              item.proposingUnitName,
              item.registerNumber === null ? '' : `${item.registerNumber}/${item.registerYear}`,
            ],
          });
        });
      }
    });
    const article = (n: number, body: string) => ({
      kind: 'paragraph' as const,
      text: [{ text: `${t.articleLabel(n)} `, bold: true }, { text: body }],
      indent: true,
    });
    return {
      typeName: t.typeName,
      // The blank date line carries the decision's year, whenever the draft is printed.
      draftYear: Number(decision.date.slice(0, 4)),
      issuer: { parentAgency: '', issuingBody: t.issuingBody(province), abbreviation: 'UBND' },
      summary: t.summary(awards),
      body: [
        { kind: 'paragraph', text: t.authority(province), bold: true, align: 'center' },
        ...t.bases(decreeOn(decision.date)).map((line) => ({ kind: 'paragraph' as const, text: line, italics: true, indent: true })),
        { kind: 'paragraph', text: t.decides, bold: true, align: 'center' },
        article(1, t.article1(countsOf(decision.items))),
        ...awards.map((award, index) => ({
          kind: 'paragraph' as const,
          text: t.perAward(award, countsOf(decision.items.filter((i) => i.awardName === award)), index === awards.length - 1),
          indent: true,
        })),
        article(2, t.effect),
        article(3, t.execution),
      ],
      signatures: [{ ...signatureOf(decision.signerAuthority), signer: decision.signerName }],
      ownSigners: true,
      recipients: t.recipients,
      annexes: [
        {
          heading: t.annexHeading,
          subtitle: t.summary(awards),
          attachedTo: true,
          body: [
            {
              kind: 'table',
              fontSize: 12,
              columns: [
                { header: t.annexColumns[0], width: 8, align: 'center' },
                { header: t.annexColumns[1], width: 42 },
                { header: t.annexColumns[2], width: 32 },
                { header: t.annexColumns[3], width: 18, align: 'center' },
              ],
              rows,
            },
          ],
        },
      ],
    };
  },
});
