import { z } from 'zod';

import {
  COLLECTIVE_CLASSES,
  COMMENDATION_KINDS,
  GENDERS,
  INDIVIDUAL_CLASSES,
  INITIATIVE_SCOPES,
  type Nominee,
  NOMINEE_KINDS,
  type NomineeDetail,
  type NomineeHistoryEntry,
  TASK_RATINGS,
} from '../domain/nominations';
import { formatNumber } from '../format/number';
import { BIRTH_DATES, builtOnFirstUse, idSchema, optionalIsoDate, optionalText, requiredText, versionSchema, yearSchema } from './common';
import { channel } from './define';

const nomineeKind = builtOnFirstUse(() => z.enum(NOMINEE_KINDS, { error: 'Loại đối tượng không hợp lệ (cá nhân, tập thể, hộ gia đình)' }));
const birthYear = builtOnFirstUse(() =>
  z
    .number({ error: 'Năm sinh phải là số' })
    .int('Năm sinh phải là số nguyên')
    .min(1900, 'Năm sinh không được trước 1900')
    .max(2100, 'Năm sinh không hợp lệ'),
);

const individual = z
  .object({
    kind: z.literal('individual'),
    name: requiredText('Họ và tên', 200),
    formOfAddress: optionalText('Danh xưng', 40),
    gender: z.enum(GENDERS, { error: 'Giới tính không hợp lệ' }).nullable().default(null),
    birthDate: optionalIsoDate('Ngày sinh', BIRTH_DATES),
    birthYear: birthYear
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    ethnicity: optionalText('Dân tộc', 60),
    position: optionalText('Chức vụ', 300),
    workplace: optionalText('Đơn vị công tác', 300),
    classification: z.enum(INDIVIDUAL_CLASSES, { error: 'Phân loại cán bộ không hợp lệ' }).or(z.literal('')).default(''),
    unitId: idSchema
      .nullable()
      .optional()
      .transform((value) => value ?? null),
  })
  .strict();

const collective = z
  .object({
    kind: z.literal('collective'),
    name: requiredText('Tên tập thể', 300),
    classification: z.enum(COLLECTIVE_CLASSES, { error: 'Phân loại tập thể không hợp lệ' }).or(z.literal('')).default(''),
    /** A unit of the registry; or none and the name of another organisation. */
    unitId: idSchema
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    workplace: optionalText('Cơ quan cấp trên', 300),
  })
  .strict();

const household = z
  .object({
    kind: z.literal('household'),
    name: requiredText('Họ và tên chủ hộ', 200),
    village: optionalText('Thôn, làng', 200),
    /** The commune unit of the registry; `commune` as written when it is not there. */
    unitId: idSchema
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    commune: optionalText('Xã, phường', 200),
  })
  .strict();

export const nomineeCreateSchema = builtOnFirstUse(() =>
  z.discriminatedUnion('kind', [individual, collective, household], {
    error: 'Loại đối tượng không hợp lệ (cá nhân, tập thể, hộ gia đình)',
  }),
);
export type NomineeCreateInput = z.output<typeof nomineeCreateSchema>;

/** The most nominees one nominees.createBulk call takes: a long list is sent in parts. */
export const NOMINEE_BULK_MAX = 5000;

/**
 * Many new nominees at once (a list typed elsewhere, an import): each row as nominees.create takes it.
 * Every message names its row ("Dòng 3: Họ và tên không được để trống"), its path is rows.N.field.
 */
export const nomineeBulkSchema = builtOnFirstUse(() =>
  z
    .object({
      rows: z
        .array(z.unknown(), { error: 'Danh sách đối tượng phải là một danh sách' })
        .min(1, 'Danh sách đối tượng trống')
        .max(NOMINEE_BULK_MAX, `Tối đa ${formatNumber(NOMINEE_BULK_MAX)} đối tượng mỗi lần; hãy chia danh sách`)
        .transform((rows, ctx) => {
          const parsed: NomineeCreateInput[] = [];
          rows.forEach((row, index) => {
            const result = nomineeCreateSchema.safeParse(row);
            if (result.success) parsed.push(result.data);
            else
              for (const issue of result.error.issues) {
                const message = issue.code === 'unrecognized_keys' ? `Trường không được phép: ${issue.keys.join(', ')}` : issue.message;
                ctx.addIssue({ code: 'custom', path: [index, ...issue.path], message: `Dòng ${index + 1}: ${message}` });
              }
          });
          return parsed;
        }),
    })
    .strict(),
);
export type NomineeBulkInput = z.output<typeof nomineeBulkSchema>;

/** What nominees.createBulk created: the ids in the order of the rows, and those of them that may repeat a nominee. */
export interface NomineesCreated {
  ids: number[];
  /** Ids (of `ids`) with the same name and kind as another nominee, and no different year of birth or unit: worth a look. */
  possibleDuplicates: number[];
}

const stored = { id: idSchema, version: versionSchema };
/** The same fields as on creation, every one given (a form sends the whole record); the kind cannot change. */
export const nomineeUpdateSchema = builtOnFirstUse(() =>
  z.discriminatedUnion('kind', [individual.extend(stored), collective.extend(stored), household.extend(stored)], {
    error: 'Loại đối tượng không hợp lệ (cá nhân, tập thể, hộ gia đình)',
  }),
);
export type NomineeUpdateInput = z.output<typeof nomineeUpdateSchema>;

const decisionFields = {
  decisionNumber: optionalText('Số quyết định', 60),
  decisionDate: optionalIsoDate('Ngày quyết định'),
  issuer: optionalText('Cơ quan ban hành', 200),
};

export const nomineeAddAwardSchema = builtOnFirstUse(() =>
  z
    .object({
      nomineeId: idSchema,
      awardCode: requiredText('Mã danh hiệu, hình thức', 40),
      year: yearSchema,
      /** The kind of commendation the award was given under; thematic and ad-hoc ones do not ground merit awards after 1/7/2025. */
      commendationKind: z.enum(COMMENDATION_KINDS, { error: 'Loại hình khen thưởng không hợp lệ' }).default('merit'),
      ...decisionFields,
    })
    .strict(),
);
export type NomineeAddAwardInput = z.output<typeof nomineeAddAwardSchema>;

export const nomineeAddRecordSchema = builtOnFirstUse(() =>
  z.discriminatedUnion(
    'kind',
    [
      z
        .object({
          kind: z.literal('rating'),
          nomineeId: idSchema,
          year: yearSchema,
          rating: z.enum(TASK_RATINGS, { error: 'Mức xếp loại không hợp lệ' }),
          ...decisionFields,
        })
        .strict(),
      z
        .object({
          kind: z.literal('initiative'),
          nomineeId: idSchema,
          year: yearSchema,
          scope: z.enum(INITIATIVE_SCOPES, { error: 'Phạm vi sáng kiến không hợp lệ' }),
          detail: requiredText('Tên sáng kiến, đề tài', 500),
          ...decisionFields,
        })
        .strict(),
      z
        .object({
          kind: z.literal('discipline'),
          nomineeId: idSchema,
          year: yearSchema,
          detail: requiredText('Hình thức kỷ luật', 300),
          ...decisionFields,
        })
        .strict(),
    ],
    { error: 'Loại quá trình không hợp lệ (xếp loại, sáng kiến, kỷ luật)' },
  ),
);
export type NomineeAddRecordInput = z.output<typeof nomineeAddRecordSchema>;

export interface NomineeCreated extends NomineeDetail {
  /** True when possible duplicates were found (the record is created; the screen shows them). */
  duplicateWarning: boolean;
}

export const nomineesContract = {
  /** Nominees whose name has words starting with the query's words, ignoring case and diacritics; at most `limit`. */
  'nominees.search': channel<Nominee[]>()(() =>
    z
      .object({
        query: optionalText('Từ khóa', 200),
        kind: nomineeKind.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        /** Results to skip: the next page of the same query. */
        offset: z.number().int().min(0, 'Vị trí bắt đầu không được âm').max(100_000, 'Vị trí bắt đầu quá lớn').default(0),
      })
      .strict(),
  ),
  'nominees.create': channel<NomineeCreated>()(() => nomineeCreateSchema),
  /** Creates every row in one transaction (one audit entry naming each nominee), or none when a row is refused. */
  'nominees.createBulk': channel<NomineesCreated>()(() => nomineeBulkSchema),
  'nominees.get': channel<NomineeDetail>()(() => z.object({ id: idSchema }).strict()),
  'nominees.update': channel<NomineeCreated>()(() => nomineeUpdateSchema),
  'nominees.addAward': channel<NomineeHistoryEntry>()(() => nomineeAddAwardSchema),
  /** A task rating, a recognised initiative or a discipline: the other facts eligibility reads. */
  'nominees.addRecord': channel<NomineeHistoryEntry>()(() => nomineeAddRecordSchema),
};
