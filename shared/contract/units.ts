import { z } from 'zod';

import type { AliasImportPreview, RegistryImportPreview, Unit, UnitAlias, UnitDetail, UnitListItem, UnitMatch } from '../domain/units';
import { UNIT_KINDS } from '../domain/units';
import { builtOnFirstUse, idSchema, multilineText, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';
import { UNIT_PAGE_MAX, UNIT_SORTS } from './unit-paging';

const kindSchema = builtOnFirstUse(() => z.enum(UNIT_KINDS, { error: 'Loại đơn vị không hợp lệ' }));

const codeSchema = builtOnFirstUse(() =>
  z
    .string({ error: 'Mã đơn vị phải là chuỗi ký tự' })
    .trim()
    .regex(/^[0-9A-Za-z.-]{0,20}$/, 'Mã đơn vị chỉ gồm chữ số, chữ cái, dấu chấm, gạch ngang (tối đa 20 ký tự)')
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null),
);

const emailSchema = optionalText('Thư điện tử', 200).pipe(
  z.union([z.literal(''), z.email({ error: 'Thư điện tử không đúng định dạng (ví dụ: vanthu@kontum.gov.vn)' })]),
);

const phoneSchema = optionalText('Số điện thoại', 30).pipe(
  z.string().regex(/^[0-9 +().-]*$/, 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -'),
);

/** Editable fields of a unit, shared by create and update. */
export const unitFieldsSchema = z.object({
  code: codeSchema,
  name: requiredText('Tên đơn vị', 200),
  kind: kindSchema,
  adminType: requiredText('Loại hình hành chính', 60),
  parentId: idSchema.nullable().default(null),
  ethnicMinorityArea: z.boolean({ error: 'Vùng đồng bào DTTS phải là có hoặc không' }).default(false),
  headName: optionalText('Thủ trưởng đơn vị', 120),
  phone: phoneSchema,
  email: emailSchema,
  address: optionalText('Địa chỉ', 300),
  notes: multilineText('Ghi chú'),
});

export type UnitFields = z.output<typeof unitFieldsSchema>;

export const unitListSchema = builtOnFirstUse(() =>
  z
    .object({
      kind: kindSchema.optional(),
      districtId: idSchema.optional(),
      parentId: idSchema.optional(),
      ethnicMinorityArea: z.boolean().optional(),
      archived: z.enum(['active', 'archived', 'all']).default('active'),
      query: z.string().max(200, 'Từ khóa tìm kiếm dài quá 200 ký tự').optional(),
    })
    .strict()
    .default({ archived: 'active' }),
);

export type UnitListFilter = z.output<typeof unitListSchema>;

export { UNIT_PAGE_MAX, UNIT_SORTS, type UnitSort } from './unit-paging';

/**
 * One page of the registry: the list filters, several kinds at once (a parent picker), an order and a page.
 * With a query the best matches come first unless another order is asked for.
 */
export const unitPageSchema = builtOnFirstUse(() =>
  z
    .object({
      kind: kindSchema.optional(),
      kinds: z.array(kindSchema).min(1).max(UNIT_KINDS.length).optional(),
      /** Only these units (names for ids a screen already holds); at most a page of them. */
      ids: z.array(idSchema).max(UNIT_PAGE_MAX, `Tối đa ${UNIT_PAGE_MAX} đơn vị mỗi lần`).optional(),
      districtId: idSchema.optional(),
      parentId: idSchema.optional(),
      ethnicMinorityArea: z.boolean().optional(),
      archived: z.enum(['active', 'archived', 'all']).default('active'),
      query: z.string().max(200, 'Từ khóa tìm kiếm dài quá 200 ký tự').optional(),
      sort: z.enum(UNIT_SORTS, { error: 'Cách sắp xếp không hợp lệ' }).optional(),
      direction: z.enum(['asc', 'desc'], { error: 'Chiều sắp xếp không hợp lệ' }).default('asc'),
      page: z.number({ error: 'Số trang phải là số' }).int().min(1, 'Số trang bắt đầu từ 1').default(1),
      pageSize: z
        .number({ error: 'Số dòng mỗi trang phải là số' })
        .int()
        .min(1, 'Mỗi trang có ít nhất 1 dòng')
        .max(UNIT_PAGE_MAX, `Mỗi trang có tối đa ${UNIT_PAGE_MAX} dòng`)
        .default(50),
    })
    .strict()
    .default({ archived: 'active', direction: 'asc', page: 1, pageSize: 50 }),
);

export type UnitPageInput = z.output<typeof unitPageSchema>;

/** One page of rows and how many rows the filters match in all. */
export interface UnitPage {
  rows: UnitListItem[];
  total: number;
  /** With a query only the best `rankedLimit` matches are ranked and paged; null when every match is. */
  rankedLimit: number | null;
}

export const unitSearchSchema = builtOnFirstUse(() =>
  z
    .object({
      query: z.string({ error: 'Thiếu từ khóa tìm kiếm' }).max(200, 'Từ khóa tìm kiếm dài quá 200 ký tự'),
      limit: z.number().int().min(1, 'Số kết quả tối thiểu là 1').max(200, 'Số kết quả tối đa là 200').default(20),
      includeArchived: z.boolean().default(false),
      /** Results to skip: the next page of the same query. */
      offset: z.number().int().min(0, 'Vị trí bắt đầu không được âm').max(100_000, 'Vị trí bắt đầu quá lớn').default(0),
    })
    .strict(),
);

/** A name as a list, a decision or a colleague writes it ("UBND xã Đăk Ui", "xã Ngọc Wang, huyện Đăk Hà"). */
export const unitMatchSchema = builtOnFirstUse(() =>
  z
    .object({
      name: z.string({ error: 'Thiếu tên cần tìm' }).trim().min(1, 'Thiếu tên cần tìm').max(300, 'Tên cần tìm dài quá 300 ký tự'),
      parentId: idSchema.optional(),
      kinds: z.array(kindSchema).max(5).optional(),
      includeArchived: z.boolean().default(true),
      limit: z.number().int().min(1, 'Số kết quả tối thiểu là 1').max(50, 'Số kết quả tối đa là 50').default(10),
    })
    .strict(),
);

export const unitAliasAddSchema = builtOnFirstUse(() =>
  z
    .object({
      unitId: idSchema,
      name: requiredText('Tên gọi khác', 200),
      /** Saved from an import preview's choice rather than typed on the unit page. */
      fromImport: z.boolean().default(false),
    })
    .strict(),
);

/** A registry file exported by units.exportXlsx or units.exportCsv, read back for its "Tên gọi khác" column. */
export const aliasImportSchema = builtOnFirstUse(() =>
  z
    .object({
      fileName: requiredText('Tên tệp', 255),
      base64: z
        .string({ error: 'Thiếu nội dung tệp' })
        .min(1, 'Tệp rỗng')
        .max(Math.ceil((20 * 1024 * 1024) / 3) * 4 + 4, 'Tệp quá lớn: tối đa 20 MB')
        .regex(/^[A-Za-z0-9+/=]+$/, 'Nội dung tệp không đúng dạng base64'),
      /** The user's pick of unit per row number where the written name was not taken without asking. */
      resolutions: z.record(z.string().regex(/^\d{1,7}$/, 'Số dòng không hợp lệ'), idSchema).optional(),
    })
    .strict(),
);

const archiveSchema = builtOnFirstUse(() => z.object({ id: idSchema, version: versionSchema }).strict());

/** A registry file as units.exportXlsx / exportCsv write it (Excel or CSV). */
export const registryImportSchema = builtOnFirstUse(() =>
  z
    .object({
      fileName: z
        .string({ error: 'Thiếu tên tệp' })
        .trim()
        .max(255, 'Tên tệp dài quá 255 ký tự')
        .regex(/\.(xlsx|csv)$/i, 'Chỉ nhập được tệp Excel (.xlsx) hoặc CSV (.csv) theo mẫu danh bạ đơn vị'),
      base64: z
        .string({ error: 'Thiếu nội dung tệp' })
        .min(1, 'Tệp rỗng')
        .max(30_000_000, 'Tệp quá lớn (tối đa khoảng 20 MB)')
        .regex(/^[A-Za-z0-9+/=\s]+$/, 'Nội dung tệp không đúng dạng base64'),
    })
    .strict(),
);

export const unitsContract = {
  /** One page of the registry, filtered, ordered and counted in SQL. */
  'units.list': channel<UnitPage>()(() => unitPageSchema),
  'units.get': channel<UnitDetail>()(() => z.object({ id: idSchema }).strict()),
  'units.search': channel<UnitListItem[]>()(() => unitSearchSchema),
  'units.create': channel<Unit>()(() => unitFieldsSchema.strict()),
  'units.update': channel<Unit>()(() => unitFieldsSchema.extend({ id: idSchema, version: versionSchema }).strict()),
  'units.archive': channel<Unit>()(() => archiveSchema),
  'units.restore': channel<Unit>()(() => archiveSchema),
  'units.match': channel<UnitMatch[]>()(() => unitMatchSchema),
  'units.aliases': channel<UnitAlias[]>()(() => z.object({ unitId: idSchema }).strict()),
  'units.addAlias': channel<UnitAlias>()(() => unitAliasAddSchema),
  'units.removeAlias': channel<{ removed: number }>()(() => z.object({ id: idSchema }).strict()),
  /** What importing a registry file's "Tên gọi khác" column would add: units found, ambiguous or unknown. */
  'units.aliasImportPreview': channel<AliasImportPreview>()(() => aliasImportSchema),
  /** Adds them all in one transaction (nothing when a row is in error), audited per alias and per batch. */
  'units.aliasImportCommit': channel<{ units: number; aliases: number }>()(() => aliasImportSchema),
  /** The list as its filters show it (units.list's input), as an Excel workbook. */
  'units.exportXlsx': channel<{ fileName: string; base64: string }>()(() => unitListSchema),
  /** The same rows as CSV in UTF-8 with BOM, RFC 4180 quoting, CRLF line ends. */
  'units.exportCsv': channel<{ fileName: string; base64: string }>()(() => unitListSchema),
  /** A registry file (Excel or CSV, the export's columns) read and checked row by row; nothing written. */
  'units.importPreview': channel<RegistryImportPreview>()(() => registryImportSchema),
  /** Creates the file's new units in one transaction (one audit entry), or none when any row has an error. */
  'units.importCommit': channel<{ created: number; existing: number; skipped: number }>()(() => registryImportSchema),
};
