import { z } from 'zod';

import {
  ELIGIBILITY_STATUSES,
  type EligibilityResult,
  type ImportPreview,
  type Nomination,
  NOMINATION_STATUSES,
  type NominationDetail,
  NOMINEE_KINDS,
} from '../domain/nominations';
import { builtOnFirstUse, idSchema, multilineText, requiredText, versionSchema } from './common';
import { channel } from './define';
import { directionSchema, type ListPage, listQuerySchema, pageFields } from './paging';

const amount = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .min(0, `${label} không được âm`)
    .max(1e15, `${label} quá lớn`)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

export const nominationCreateSchema = builtOnFirstUse(() =>
  z
    .object({
      roundId: idSchema,
      nomineeId: idSchema,
      awardCode: requiredText('Hình thức khen thưởng', 40),
      proposingUnitId: idSchema,
      summary: multilineText('Tóm tắt thành tích', 4000),
      landM2: amount('Diện tích đất hiến (m²)'),
      moneyVnd: amount('Số tiền, hiện vật (đồng)').pipe(z.number().int('Số tiền phải là số nguyên').nullable()),
      workdays: amount('Ngày công'),
    })
    .strict(),
);
export type NominationCreateInput = z.output<typeof nominationCreateSchema>;

/** Proposed form, proposing unit, summary and contribution figures; while the dossier is still at intake. */
export const nominationUpdateSchema = builtOnFirstUse(() =>
  z
    .object({
      id: idSchema,
      version: versionSchema,
      awardCode: requiredText('Hình thức khen thưởng', 40),
      proposingUnitId: idSchema,
      summary: multilineText('Tóm tắt thành tích', 4000),
      landM2: amount('Diện tích đất hiến (m²)'),
      moneyVnd: amount('Số tiền, hiện vật (đồng)').pipe(z.number().int('Số tiền phải là số nguyên').nullable()),
      workdays: amount('Ngày công'),
    })
    .strict(),
);
export type NominationUpdateInput = z.output<typeof nominationUpdateSchema>;

/** The workbook sent as base64; 10 MB of XLSX is far more than any proposal list. */
const importSchema = builtOnFirstUse(() =>
  z
    .object({
      roundId: idSchema,
      base64: z
        .string({ error: 'Thiếu nội dung tệp' })
        .min(1, 'Tệp rỗng')
        .max(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4, 'Tệp quá lớn: tối đa 10 MB')
        .regex(/^[A-Za-z0-9+/=]+$/, 'Nội dung tệp không đúng dạng base64'),
      sheet: z.string().max(200).optional(),
      /** The proposing unit of every row (the unit that sent the list); needed to commit. */
      proposingUnitId: idSchema.optional(),
      /** Forms the list writes in its own words, mapped by the user: the text as written -> an award code. */
      awardMap: z
        .record(z.string().max(300), z.string().min(1).max(40), { error: 'Bảng ánh xạ hình thức khen thưởng không hợp lệ' })
        .optional(),
    })
    .strict(),
);
export type NominationImportInput = z.output<typeof importSchema>;

const nominationFilterFields = {
  roundId: idSchema,
  status: z.enum(NOMINATION_STATUSES, { error: 'Trạng thái hồ sơ không hợp lệ' }).optional(),
  awardCode: z.string().max(40).optional(),
  proposingUnitId: idSchema.optional(),
  nomineeKind: z.enum(NOMINEE_KINDS, { error: 'Loại đối tượng không hợp lệ' }).optional(),
  eligibility: z.enum(ELIGIBILITY_STATUSES, { error: 'Kết quả xét điều kiện không hợp lệ' }).optional(),
  /** The nominee's name, without case or diacritics. */
  query: listQuerySchema,
};

/** A round's dossiers as filtered: what the round page shows and its workbook exports (every matching row). */
const nominationListSchema = builtOnFirstUse(() => z.object(nominationFilterFields).strict());
export type NominationListInput = z.output<typeof nominationListSchema>;

/** Orders a round's dossiers can be read in; 'award' (form, nominee kind, name) is the round's own. */
export const NOMINATION_SORTS = ['award', 'name', 'unit', 'status'] as const;
export type NominationSort = (typeof NOMINATION_SORTS)[number];

/** One page of a round's dossiers: the filters, an order and a page. */
const nominationPageSchema = builtOnFirstUse(() =>
  z
    .object({
      ...nominationFilterFields,
      sort: z.enum(NOMINATION_SORTS, { error: 'Cách sắp xếp không hợp lệ' }).optional(),
      direction: directionSchema,
      ...pageFields,
    })
    .strict(),
);
export type NominationPageInput = z.output<typeof nominationPageSchema>;

export const nominationsContract = {
  /** One page of a round's dossiers, filtered, ordered and counted on the server. */
  'nominations.list': channel<ListPage<Nomination>>()(() => nominationPageSchema),
  /** The same list as XLSX, with the columns the import reads back. */
  'nominations.exportXlsx': channel<{ fileName: string; base64: string }>()(() => nominationListSchema),
  'nominations.get': channel<NominationDetail>()(() => z.object({ id: idSchema }).strict()),
  'nominations.create': channel<NominationDetail>()(() => nominationCreateSchema),
  'nominations.update': channel<NominationDetail>()(() => nominationUpdateSchema),
  /** Nháp -> Đã tiếp nhận -> Cần bổ sung (lý do) / Đủ hồ sơ -> Trình Hội đồng; history kept. */
  'nominations.transition': channel<NominationDetail>()(() =>
    z
      .object({
        id: idSchema,
        to: z.enum(NOMINATION_STATUSES, { error: 'Trạng thái hồ sơ không hợp lệ' }),
        reason: multilineText('Lý do', 2000),
        version: versionSchema,
      })
      .strict(),
  ),
  'nominations.eligibility': channel<EligibilityResult & { id: number; version: number }>()(() => z.object({ id: idSchema }).strict()),
  /** Marks a document of the checklist received, with the attached file that holds it (attachments of owner kind 'nomination'). */
  'nominations.setDocument': channel<NominationDetail>()(() =>
    z
      .object({
        id: idSchema,
        version: versionSchema,
        documentCode: requiredText('Thành phần hồ sơ', 60),
        received: z.boolean({ error: 'Thiếu trạng thái đã nhận' }),
        attachmentId: idSchema
          .nullable()
          .optional()
          .transform((value) => value ?? null),
      })
      .strict(),
  ),
  'nominations.importPreview': channel<ImportPreview>()(() => importSchema),
  'nominations.importCommit': channel<{ created: number; nominees: number }>()(() => importSchema),
};
