import { z } from 'zod';

import type { MovementDetail, MovementListItem } from '../domain/movements';
import { MOVEMENT_KINDS, MOVEMENT_STATUSES } from '../domain/movements';
import { builtOnFirstUse, idSchema, multilineText, optionalIsoDate, optionalText, requiredText, versionSchema, yearSchema } from './common';
import { channel } from './define';

export const movementFieldsSchema = builtOnFirstUse(() =>
  z
    .object({
      name: requiredText('Tên phong trào', 300),
      kind: z.enum(MOVEMENT_KINDS, { error: 'Loại phong trào phải là thường xuyên hoặc chuyên đề' }),
      startYear: yearSchema,
      endYear: yearSchema,
      document: z
        .object({
          number: optionalText('Số văn bản phát động', 60),
          date: optionalIsoDate('Ngày văn bản phát động'),
          issuer: optionalText('Cơ quan ban hành', 200),
          title: optionalText('Trích yếu văn bản', 500),
          attachmentPath: optionalText('Tệp đính kèm', 1000),
        })
        .strict(),
      description: multilineText('Mô tả', 8000),
      scopeUnitId: idSchema.nullable().default(null),
      participantIds: z.array(idSchema).max(2000, 'Quá nhiều đơn vị tham gia').default([]),
      status: z.enum(MOVEMENT_STATUSES, { error: 'Trạng thái phong trào không hợp lệ' }),
    })
    .strict()
    .refine((value) => value.endYear >= value.startYear, { message: 'Năm kết thúc phải từ năm bắt đầu trở đi', path: ['endYear'] }),
);

export type MovementFields = z.output<typeof movementFieldsSchema>;

export const movementsContract = {
  'movements.list': channel<MovementListItem[]>()(() => z.object({}).strict().default({})),
  'movements.get': channel<MovementDetail>()(() => z.object({ id: idSchema }).strict()),
  'movements.create': channel<MovementDetail>()(() => movementFieldsSchema),
  'movements.update': channel<MovementDetail>()(() =>
    z.object({ id: idSchema, version: versionSchema, fields: movementFieldsSchema }).strict(),
  ),
};
