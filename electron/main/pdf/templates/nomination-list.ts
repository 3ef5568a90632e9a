import { z } from 'zod';

import { idSchema } from '../../../../shared/contract/common';
import type { TableRow } from '../../../../shared/documents/description';
import {
  type Award,
  GENDER_LABELS,
  type NominationRound,
  type NominationStatus,
  type Nominee,
  NOMINEE_KIND_LABELS,
  type NomineeKind,
} from '../../../../shared/domain/nominations';
import { AppError } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format/number';
import { romanNumeral } from '../../../../shared/format/roman';
import { compareVietnamese } from '../../../../shared/text/collate';
import { defineTemplate } from './registry';

/** What the list reads: the round with its nominations (the nominations area binds its service). */
export interface NominationListReaders {
  nominations: {
    forList(roundId: number): {
      round: NominationRound;
      awards: Award[];
      entries: { nominee: Nominee; awardCode: string; proposingUnitName: string; status: NominationStatus }[];
    };
  };
}

export const nominationListParamsSchema = z.object({ roundId: idSchema }).strict();
export type NominationListParams = z.output<typeof nominationListParamsSchema>;

/** Collectives first, as lists are read out at the council. */
const KIND_ORDER: readonly NomineeKind[] = ['collective', 'individual', 'household'];

const lowerFirst = (value: string) => (value.length === 0 ? value : value[0].toLocaleLowerCase('vi') + value.slice(1));

const text = {
  title: 'Danh sách đề nghị khen thưởng',
  typeName: 'Tờ trình',
  // A round named "Khen thưởng công trạng năm 2026" would read "đề nghị khen thưởng khen thưởng ...".
  summary: (round: string) => `Về việc đề nghị khen thưởng ${lowerFirst(round).replace(/^khen thưởng\s+/u, '')}`,
  registerTitle: (round: string) => `Đề nghị khen thưởng ${lowerFirst(round)}`,
  addressee: (province: string) => `Chủ tịch Ủy ban nhân dân ${lowerFirst(province)}`.trim(),
  basis: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và các văn bản quy định chi tiết thi hành;',
  proposal: (round: string, counts: string) =>
    `Xét đề nghị của các đơn vị và kết quả thẩm định hồ sơ ${lowerFirst(round)}, Hội đồng Thi đua - Khen thưởng tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, khen thưởng cho ${counts} (có danh sách kèm theo), cụ thể như sau:`,
  perAward: (award: string, counts: string, last: boolean) => `- ${award}: ${counts}${last ? '.' : ';'}`,
  closing: 'Hội đồng Thi đua - Khen thưởng tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.',
  count: (n: number, kind: NomineeKind) => `${formatNumber(n)} ${NOMINEE_KIND_LABELS[kind].toLocaleLowerCase('vi')}`,
  annexHeading: 'Danh sách đề nghị khen thưởng',
  columns: ['STT', 'Họ và tên; tên tập thể, hộ gia đình', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác; địa chỉ', 'Đơn vị đề nghị'],
  kindRow: (kind: NomineeKind, n: number) => `${NOMINEE_KIND_LABELS[kind]} (${formatNumber(n)})`,
  recipients: ['Như trên', 'Các thành viên Hội đồng Thi đua - Khen thưởng tỉnh', 'Lưu: VT, TĐKT'],
  empty: 'Đợt xét chưa có hồ sơ đề nghị nào để lập danh sách.',
};

function countsOf(byKind: Map<NomineeKind, number>): string {
  const parts = KIND_ORDER.filter((kind) => (byKind.get(kind) ?? 0) > 0).map((kind) => text.count(byKind.get(kind) ?? 0, kind));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

function describeNominee(nominee: Nominee): string {
  if (nominee.kind === 'household') return [nominee.village, nominee.commune].filter(Boolean).join(', ');
  if (nominee.kind === 'collective') return nominee.workplace || (nominee.unitName ?? '');
  return [nominee.position, nominee.workplace].filter(Boolean).join(', ');
}

function birthOf(nominee: Nominee): string {
  if (nominee.kind !== 'individual') return '';
  return nominee.birthYear ? String(nominee.birthYear) : '';
}

/**
 * Danh sách đề nghị khen thưởng: the council's submission (tờ trình) for a round, with the list as
 * its landscape annex, grouped by award (Roman numerals, in catalogue order) and, within each, by
 * nominee kind (collectives, individuals, households), numbered from 1 in each kind.
 */
export const nominationListTemplate = defineTemplate<NominationListParams, NominationListReaders>({
  id: 'nomination-list',
  title: text.title,
  typeAbbreviation: 'TTr',
  paramsSchema: nominationListParamsSchema,
  registerTitle: (params, deps) => text.registerTitle(deps.nominations.forList(params.roundId).round.name),
  build(params, deps) {
    const { round, awards, entries } = deps.nominations.forList(params.roundId);
    if (entries.length === 0) throw new AppError('VALIDATION', text.empty);
    const rows: TableRow[] = [];
    const totals = new Map<NomineeKind, number>();
    const perAward: string[] = [];
    const used = awards.filter((award) => entries.some((e) => e.awardCode === award.code));
    used.forEach((award, awardIndex) => {
      rows.push({ group: `${romanNumeral(awardIndex + 1)}. ${award.name}` });
      const byKind = new Map<NomineeKind, number>();
      for (const kind of KIND_ORDER) {
        const members = entries
          .filter((e) => e.awardCode === award.code && e.nominee.kind === kind)
          .sort((a, b) => compareVietnamese(a.nominee.name, b.nominee.name));
        if (members.length === 0) continue;
        byKind.set(kind, members.length);
        totals.set(kind, (totals.get(kind) ?? 0) + members.length);
        rows.push({ cells: ['', { text: text.kindRow(kind, members.length), bold: true }, '', '', '', ''] });
        members.forEach((entry, index) => {
          const n = entry.nominee;
          const name = n.kind === 'individual' && n.formOfAddress ? `${n.formOfAddress} ${n.name}` : n.name;
          rows.push({
            cells: [
              String(index + 1),
              name,
              birthOf(n),
              n.gender ? GENDER_LABELS[n.gender] : '',
              describeNominee(n),
              entry.proposingUnitName,
            ],
          });
        });
      }
      perAward.push(text.perAward(award.name, countsOf(byKind), awardIndex === used.length - 1));
    });

    return {
      typeName: text.typeName,
      summary: text.summary(round.name),
      addressees: [text.addressee(deps.settings.provinceName ?? 'tỉnh')],
      body: [
        { kind: 'paragraph', text: text.basis },
        { kind: 'paragraph', text: text.proposal(round.name, countsOf(totals)) },
        ...perAward.map((line) => ({ kind: 'paragraph' as const, text: line })),
        { kind: 'paragraph', text: text.closing },
      ],
      signedByIssuer: true,
      recipients: text.recipients,
      annexes: [
        {
          heading: text.annexHeading,
          subtitle: round.name,
          attachedTo: true,
          orientation: 'landscape',
          body: [
            {
              kind: 'table',
              fontSize: 12,
              columns: [
                { header: text.columns[0], width: 5, align: 'center' },
                { header: text.columns[1], width: 25 },
                { header: text.columns[2], width: 8, align: 'center' },
                { header: text.columns[3], width: 8, align: 'center' },
                { header: text.columns[4], width: 32 },
                { header: text.columns[5], width: 20 },
              ],
              rows,
            },
          ],
        },
      ],
    };
  },
});
