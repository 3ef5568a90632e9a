import { z } from 'zod';

import { COUNCIL_ROLES, type CouncilMember } from '../domain/council';
import { builtOnFirstUse, idSchema, isoDate, optionalIsoDate, versionSchema } from './common';
import { channel } from './define';

export const memberCreateSchema = builtOnFirstUse(() =>
  z
    .object({
      personId: idSchema,
      role: z.enum(COUNCIL_ROLES, { error: 'Vai trò trong Hội đồng không hợp lệ' }),
      termFrom: isoDate('Ngày bắt đầu nhiệm kỳ'),
      termTo: optionalIsoDate('Ngày kết thúc nhiệm kỳ'),
    })
    .strict(),
);
export type MemberCreateInput = z.output<typeof memberCreateSchema>;

export const memberUpdateSchema = builtOnFirstUse(() =>
  z
    .object({
      id: idSchema,
      version: versionSchema,
      role: z.enum(COUNCIL_ROLES, { error: 'Vai trò trong Hội đồng không hợp lệ' }),
      /** The last day of the term; null while still serving. */
      termTo: optionalIsoDate('Ngày kết thúc nhiệm kỳ'),
    })
    .strict(),
);
export type MemberUpdateInput = z.output<typeof memberUpdateSchema>;

export const membersContract = {
  /** Members of the council serving on a date (all members, past and present, without one). */
  'members.list': channel<CouncilMember[]>()(() =>
    z
      .object({ asOf: optionalIsoDate('Ngày xem thành phần Hội đồng') })
      .strict()
      .default({ asOf: null }),
  ),
  /** A person of the people directory seated on the council with a role over a term. */
  'members.create': channel<CouncilMember>()(() => memberCreateSchema),
  /** A seat's role or the end of its term, at the version read; a term cannot end before a session the member took part in. */
  'members.update': channel<CouncilMember>()(() => memberUpdateSchema),
};
