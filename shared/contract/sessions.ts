import { z } from 'zod';

import type { AgendaCandidate, CouncilSession, NominationCouncilResult, RecordedVote, SessionListPage } from '../domain/council';
import { builtOnFirstUse, idSchema, isoDate, multilineText, optionalText, optionalVersion, requiredText, yearSchema } from './common';
import { channel } from './define';

const voteCount = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .int(`${label} phải là số nguyên`)
    .min(0, `${label} không được âm`)
    .max(1000, `${label} quá lớn`);

const memberIds = (label: string) =>
  z
    .array(idSchema, { error: `${label} phải là danh sách` })
    .max(200, `${label} nhiều nhất 200 người`)
    .refine((ids) => new Set(ids).size === ids.length, `${label} có người bị lặp`);

export const sessionCreateSchema = builtOnFirstUse(() =>
  z
    .object({
      date: isoDate('Ngày họp'),
      place: requiredText('Địa điểm họp', 300),
      chairId: idSchema,
      secretaryId: idSchema,
      /** The share of members that must be present to vote; 80% for sessions reviewing award proposals unless the province says otherwise. */
      quorumPercent: z
        .number({ error: 'Tỷ lệ có mặt tối thiểu phải là số' })
        .gt(0, 'Tỷ lệ có mặt tối thiểu phải lớn hơn 0')
        .max(100, 'Tỷ lệ có mặt tối thiểu không quá 100%')
        .default(80),
    })
    .strict(),
);
export type SessionCreateInput = z.output<typeof sessionCreateSchema>;

export const attendanceSchema = builtOnFirstUse(() =>
  z
    .object({
      sessionId: idSchema,
      version: optionalVersion,
      presentIds: memberIds('Danh sách thành viên có mặt'),
      absentOpinions: z
        .array(z.object({ memberId: idSchema, opinion: multilineText('Ý kiến bằng văn bản', 4000) }).strict())
        .max(200)
        .default([]),
    })
    .strict(),
);
export type AttendanceInput = z.output<typeof attendanceSchema>;

export const agendaSchema = builtOnFirstUse(() =>
  z
    .object({
      sessionId: idSchema,
      version: optionalVersion,
      nominationIds: z
        .array(idSchema, { error: 'Danh sách hồ sơ phải là danh sách' })
        .max(2000, 'Một phiên họp xét nhiều nhất 2.000 hồ sơ')
        .refine((ids) => new Set(ids).size === ids.length, 'Danh sách hồ sơ có hồ sơ bị lặp'),
    })
    .strict(),
);
export type AgendaInput = z.output<typeof agendaSchema>;

export const recordVoteSchema = builtOnFirstUse(() =>
  z
    .object({
      sessionId: idSchema,
      nominationId: idSchema,
      votesFor: voteCount('Số phiếu đồng ý'),
      votesAgainst: voteCount('Số phiếu không đồng ý'),
      abstentions: voteCount('Số phiếu không biểu quyết').default(0),
      withdrawn: z
        .array(z.object({ memberId: idSchema, reason: requiredText('Lý do không tham gia biểu quyết', 1000) }).strict())
        .max(200)
        .refine((list) => new Set(list.map((w) => w.memberId)).size === list.length, 'Một thành viên được ghi rút hai lần')
        .default([]),
      /** Required when the nomination already has a result: a correction is kept in the history with its reason. */
      reason: multilineText('Lý do sửa kết quả', 2000),
    })
    .strict(),
);
export type RecordVoteInput = z.output<typeof recordVoteSchema>;

export const sessionListSchema = builtOnFirstUse(() =>
  z
    .object({
      year: yearSchema.optional(),
      page: z.number({ error: 'Trang phải là số' }).int().min(1, 'Trang bắt đầu từ 1').max(100000).default(1),
      pageSize: z.number({ error: 'Số dòng mỗi trang phải là số' }).int().min(1).max(200).default(50),
    })
    .strict()
    .default({ page: 1, pageSize: 50 }),
);
export type SessionListInput = z.output<typeof sessionListSchema>;

export const agendaCandidatesSchema = builtOnFirstUse(() =>
  z
    .object({
      /** Nominee, proposing unit or form; case and diacritics ignored. */
      query: optionalText('Từ khóa', 200),
      limit: z.number({ error: 'Số dòng phải là số' }).int().min(1).max(200).default(50),
    })
    .strict()
    .default({ query: '', limit: 50 }),
);
export type AgendaCandidatesInput = z.output<typeof agendaCandidatesSchema>;

export const sessionsContract = {
  /** Sessions of a year (or all), newest first, with attendance and counts of agenda items and results. */
  'sessions.list': channel<SessionListPage>()(() => sessionListSchema),
  /** Nominations at "Trình Hội đồng" not yet in a decision, to put on an agenda; searchable without diacritics. */
  'sessions.candidates': channel<AgendaCandidate[]>()(() => agendaCandidatesSchema),
  /** The latest current council result of each nomination asked for (those never voted are left out). */
  'sessions.results': channel<NominationCouncilResult[]>()(() =>
    z
      .object({
        nominationIds: z.array(idSchema, { error: 'Danh sách hồ sơ phải là danh sách' }).max(2000, 'Hỏi nhiều nhất 2.000 hồ sơ một lần'),
      })
      .strict(),
  ),
  'sessions.create': channel<CouncilSession>()(() => sessionCreateSchema),
  /** The session with its members, attendance, quorum check, agenda, suggested conflicts of interest and votes with their history. */
  'sessions.get': channel<CouncilSession>()(() => z.object({ id: idSchema }).strict()),
  'sessions.setAttendance': channel<CouncilSession>()(() => attendanceSchema),
  /** The nominations the session reviews; only those at "Trình Hội đồng". */
  'sessions.setAgenda': channel<CouncilSession>()(() => agendaSchema),
  /** One nomination's votes, computed against the vote rule of its form in force on the session date. */
  'sessions.recordVote': channel<RecordedVote>()(() => recordVoteSchema),
};
