import { z } from 'zod';

import { idSchema } from '../../../../../shared/contract/common';
import type { Block, TableRow } from '../../../../../shared/documents/description';
import { COUNCIL_ROLE_LABELS, type CouncilSession } from '../../../../../shared/domain/council';
import { AppError } from '../../../../../shared/errors';
import { formatDate } from '../../../../../shared/format/date';
import { dateWords } from '../../../../../shared/format/document-date';
import { formatNumber } from '../../../../../shared/format/number';
import { defineTemplate } from '../registry';
import { councilDocText as text } from './text';

/** What the minutes read: the session with members, attendance, agenda and votes (the council area binds its service). */
export interface CouncilMinutesReaders {
  sessions: { get(id: number): CouncilSession };
}

export const councilMinutesParamsSchema = z.object({ sessionId: idSchema }).strict();
export type CouncilMinutesParams = z.output<typeof councilMinutesParamsSchema>;

const t = text.minutes;

export function sessionOf(params: CouncilMinutesParams, readers: CouncilMinutesReaders): CouncilSession {
  try {
    return readers.sessions.get(params.sessionId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      const message = text.params.sessionNotFound(params.sessionId);
      throw new AppError('NOT_FOUND', message, [{ path: 'params.sessionId', message }]);
    }
    throw error;
  }
}

function attendanceBlocks(session: CouncilSession): Block[] {
  const chair = session.members.find((m) => m.id === session.chairId);
  const rows: TableRow[] = session.members.map((m, index) => ({
    cells: [
      String(index + 1),
      m.fullName,
      [m.position, m.agency].filter(Boolean).join(', '),
      COUNCIL_ROLE_LABELS[m.role],
      m.present === null ? t.notRecorded : m.present ? t.present : m.opinion ? t.absentWithOpinion : t.absent,
    ],
  }));
  const opinions = session.members.filter((m) => m.present === false && m.opinion);
  return [
    { kind: 'heading', level: 2, number: 'I', text: t.attendance },
    { kind: 'paragraph', text: t.chair(session.chairName, chair?.role ?? 'chair') },
    { kind: 'paragraph', text: t.secretary(session.secretaryName) },
    {
      kind: 'table',
      fontSize: 12,
      columns: [
        { header: t.attendanceColumns[0], width: 6, align: 'center' },
        { header: t.attendanceColumns[1], width: 24 },
        { header: t.attendanceColumns[2], width: 32 },
        { header: t.attendanceColumns[3], width: 18 },
        { header: t.attendanceColumns[4], width: 20 },
      ],
      rows,
    },
    { kind: 'paragraph', text: session.quorum ? t.quorum(session.quorum.explanation) : t.noAttendance },
    ...(opinions.length > 0
      ? [
          { kind: 'paragraph' as const, text: `${t.opinions}:` },
          ...opinions.map((m) => ({ kind: 'paragraph' as const, text: t.opinion(m.fullName, m.opinion) })),
        ]
      : []),
  ];
}

function voteBlocks(session: CouncilSession): Block[] {
  const rows: TableRow[] = session.agenda.map((item, index) => {
    const v = item.vote;
    return {
      cells: [
        String(index + 1),
        item.nomineeName,
        item.awardName,
        item.proposingUnitName,
        v ? formatNumber(v.votesFor) : '',
        v ? formatNumber(v.votesAgainst) : '',
        v ? formatNumber(v.abstentions) : '',
        v ? { text: v.passed ? t.passed : t.failed, bold: true } : { text: t.notVoted, italics: true },
      ],
    };
  });
  const explained: Block[] = [];
  session.agenda.forEach((item, index) => {
    if (!item.vote) return;
    explained.push({ kind: 'paragraph', text: t.explanation(index + 1, item.nomineeName, item.awardName, item.vote.explanation) });
    for (const w of item.vote.withdrawn) explained.push({ kind: 'paragraph', text: t.withdrawn(w.memberName, w.reason) });
    if (item.vote.reason) explained.push({ kind: 'paragraph', text: t.corrected(item.vote.reason) });
  });
  return [
    { kind: 'heading', level: 2, number: 'II', text: t.content },
    { kind: 'paragraph', text: t.agenda(session.agenda.length) },
    {
      kind: 'table',
      fontSize: 11,
      columns: [
        { header: t.voteColumns[0], width: 6, align: 'center' },
        { header: t.voteColumns[1], width: 19 },
        { header: t.voteColumns[2], width: 19 },
        { header: t.voteColumns[3], width: 18 },
        { header: t.voteColumns[4], width: 9, align: 'right' },
        { header: t.voteColumns[5], width: 10, align: 'right' },
        { header: t.voteColumns[6], width: 10, align: 'right' },
        { header: t.voteColumns[7], width: 9, align: 'center' },
      ],
      rows,
    },
    ...(explained.length > 0 ? [{ kind: 'paragraph' as const, text: `${t.explanations}:` }, ...explained] : []),
  ];
}

function conclusionBlocks(session: CouncilSession): Block[] {
  const passed = session.agenda.filter((item) => item.vote?.passed);
  const failed = session.agenda.filter((item) => item.vote && !item.vote.passed);
  const awards = [...new Set(passed.map((item) => item.awardName))];
  return [
    { kind: 'heading', level: 2, number: 'III', text: t.conclusions },
    ...(passed.length === 0
      ? [{ kind: 'paragraph' as const, text: t.conclusionNone }]
      : [
          { kind: 'paragraph' as const, text: t.conclusionPassed(passed.length) },
          ...awards.map((award) => ({
            kind: 'paragraph' as const,
            text: t.conclusionLine(
              award,
              passed.filter((item) => item.awardName === award).map((item) => item.nomineeName),
            ),
          })),
        ]),
    ...(failed.length > 0 ? [{ kind: 'paragraph' as const, text: t.conclusionFailed(failed.map((item) => item.nomineeName)) }] : []),
    { kind: 'paragraph', text: t.closing },
  ];
}

/**
 * Biên bản họp Hội đồng: attendance with the quorum check, the agenda's vote table with how each
 * result was computed (withdrawals and corrections named), the conclusions; signed by the secretary
 * and the chair of the session.
 */
export const councilMinutesTemplate = defineTemplate<CouncilMinutesParams, CouncilMinutesReaders>({
  id: 'council-minutes',
  title: t.title,
  typeAbbreviation: 'BB',
  paramsSchema: councilMinutesParamsSchema,
  registerTitle: (params, deps) => t.registerTitle(formatDate(sessionOf(params, deps).date)),
  build(params, deps) {
    const session = sessionOf(params, deps);
    return {
      typeName: t.typeName,
      summary: t.summary,
      body: [
        { kind: 'paragraph', text: t.opening(dateWords(session.date), session.place) },
        ...attendanceBlocks(session),
        ...voteBlocks(session),
        ...conclusionBlocks(session),
      ],
      signatures: [
        { position: t.secretarySign, signer: session.secretaryName },
        { position: t.chairSign, signer: session.chairName },
      ],
      ownSigners: true,
      recipients: t.recipients,
    };
  },
});
