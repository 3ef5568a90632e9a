import { z } from 'zod';

import {
  DOCUMENT_STATUSES,
  type DocumentEntry,
  type DocumentPreview,
  type DocumentTemplateInfo,
  type DocumentWithPdf,
} from '../domain/documents';
import { isoDateParts } from '../format/document-date';
import { builtOnFirstUse, emptyInput, idSchema, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';
import { directionSchema, type ListPage, pageFields } from './paging';
import { signatureBlockSchema } from './settings';

/** Template ids are short kebab-case names ("unit-directory"); whether one exists is the service's check. */
const templateIdSchema = builtOnFirstUse(() =>
  z.string({ error: 'Chưa chọn mẫu văn bản' }).trim().min(1, 'Chưa chọn mẫu văn bản').max(60, 'Mã mẫu văn bản dài quá 60 ký tự'),
);

/** Each template checks its own params; here only that they are a group of named values. */
const paramsSchema = builtOnFirstUse(() =>
  z.record(z.string(), z.unknown(), { error: 'Thông tin của văn bản phải là một nhóm giá trị có tên' }).default({}),
);

export const documentDateSchema = builtOnFirstUse(() =>
  z.string({ error: 'Chưa có ngày ban hành' }).superRefine((value, ctx) => {
    const parts = isoDateParts(value);
    if (!parts) ctx.addIssue({ code: 'custom', message: 'Ngày ban hành không phải một ngày có thật' });
    else if (parts.year < 2000 || parts.year > 2100) ctx.addIssue({ code: 'custom', message: 'Năm ban hành phải từ 2000 đến 2100' });
  }),
);

const abbreviationSchema = requiredText('Chữ viết tắt cơ quan ban hành', 30).pipe(
  z.string().regex(/^[\p{Lu}\p{N}-]+$/u, 'Chữ viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch ngang (ví dụ: HĐTĐKT)'),
);

export const documentPreviewSchema = builtOnFirstUse(() => z.object({ template: templateIdSchema, params: paramsSchema }).strict());

export const documentIssueSchema = builtOnFirstUse(() =>
  z
    .object({
      template: templateIdSchema,
      params: paramsSchema,
      date: documentDateSchema,
      /** The signer's name alone (kept for callers that choose only the name); `signature.signer` wins. */
      signer: optionalText('Người ký', 120),
      /** The signature block to print: prefix, authority, position, signer; default: the issuer's in settings. */
      signature: signatureBlockSchema.optional(),
      issuerAbbreviation: abbreviationSchema.optional(),
      title: optionalText('Trích yếu', 500),
      entity: z
        .string({ error: 'Loại bản ghi phải là chuỗi ký tự' })
        .regex(/^[a-z][a-z-]{0,39}$/, 'Loại bản ghi không hợp lệ')
        .optional(),
      entityId: idSchema.optional(),
    })
    .strict()
    .refine((value) => (value.entity === undefined) === (value.entityId === undefined), {
      message: 'Bản ghi kèm theo cần cả loại và mã bản ghi',
      path: ['entityId'],
    }),
);

const documentFilterFields = {
  year: z
    .number({ error: 'Năm phải là số' })
    .int('Năm phải là số nguyên')
    .min(2000, 'Năm tối thiểu là 2000')
    .max(2100, 'Năm tối đa là 2100')
    .optional(),
  issuer: z.string().max(30, 'Chữ viết tắt dài quá 30 ký tự').optional(),
  type: z.string().max(10, 'Loại văn bản dài quá 10 ký tự').optional(),
  template: z.string().max(60, 'Mã mẫu văn bản dài quá 60 ký tự').optional(),
  status: z.enum(DOCUMENT_STATUSES, { error: 'Trạng thái không hợp lệ' }).optional(),
  query: z.string().max(200, 'Từ khóa tìm kiếm dài quá 200 ký tự').optional(),
};

/** The register's filters: what the screen shows and what its workbook exports (every matching row). */
export const documentListSchema = builtOnFirstUse(() => z.object(documentFilterFields).strict().default({}));

/** Orders the register can be read in; 'date' (newest first) is the register's own. */
export const DOCUMENT_SORTS = ['date', 'number', 'title'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** One page of the register: its filters, an order and a page. */
export const documentPageSchema = builtOnFirstUse(() =>
  z
    .object({
      ...documentFilterFields,
      sort: z.enum(DOCUMENT_SORTS, { error: 'Cách sắp xếp không hợp lệ' }).optional(),
      direction: directionSchema,
      ...pageFields,
    })
    .strict()
    .default({ page: 1, pageSize: 50 }),
);

export type DocumentPageInput = z.output<typeof documentPageSchema>;

/** A page of the register, its count, and the years and document types the whole register holds (for the filters). */
export interface DocumentPage extends ListPage<DocumentEntry> {
  years: number[];
  types: string[];
}

/** A file name offered in the Save dialog: no folder, none of the characters Windows forbids. */
const fileNameSchema = builtOnFirstUse(() =>
  z
    .string({ error: 'Tên tệp phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Tên tệp không được để trống')
    .max(150, 'Tên tệp dài quá 150 ký tự')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/u, 'Tên tệp không được chứa thư mục hay các ký tự \\ / : * ? " < > |')
    .refine((value) => !/^\.+$/.test(value), 'Tên tệp không hợp lệ'),
);

/**
 * Which PDF to save or print: an issued document of the register (`documentId`, its stored bytes)
 * or a draft of a template (`template` + `params`, rendered again in main). The bytes never travel
 * from the renderer, so what is written is what main produced.
 */
export const documentFileSchema = builtOnFirstUse(() =>
  z
    .object({
      documentId: idSchema.optional(),
      template: templateIdSchema.optional(),
      params: z.record(z.string(), z.unknown(), { error: 'Thông tin của văn bản phải là một nhóm giá trị có tên' }).optional(),
      fileName: fileNameSchema.optional(),
    })
    .strict()
    .superRefine((value, ctx) => {
      if ((value.documentId === undefined) === (value.template === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['documentId'],
          message: 'Cần chọn đúng một nguồn: một văn bản trong sổ văn bản hoặc một mẫu văn bản (bản nháp)',
        });
      }
      if (value.params !== undefined && value.template === undefined) {
        ctx.addIssue({ code: 'custom', path: ['params'], message: 'Thông tin của văn bản chỉ đi kèm một mẫu văn bản' });
      }
    }),
);

export type DocumentFileInput = z.output<typeof documentFileSchema>;

/** The answer of documents.saveAs: false when the user closed the dialog without choosing a file. */
export interface DocumentSaveResult {
  saved: boolean;
  /** Where the file was written. */
  path?: string;
}

/** The answer of documents.print: the PDF is open in a viewer window with the system print dialog. */
export interface DocumentPrintResult {
  opened: boolean;
}

export type DocumentListFilter = z.output<typeof documentListSchema>;
export type DocumentIssueInput = z.output<typeof documentIssueSchema>;

export const documentsContract = {
  'documents.templates': channel<DocumentTemplateInfo[]>()(() => emptyInput),
  'documents.preview': channel<DocumentPreview>()(() => documentPreviewSchema),
  'documents.issue': channel<DocumentEntry>()(() => documentIssueSchema),
  /** One page of the register, filtered, ordered and counted in SQL. */
  'documents.list': channel<DocumentPage>()(() => documentPageSchema),
  'documents.get': channel<DocumentWithPdf>()(() => z.object({ id: idSchema }).strict()),
  'documents.cancel': channel<DocumentEntry>()(() =>
    z.object({ id: idSchema, version: versionSchema, reason: requiredText('Lý do hủy', 500) }).strict(),
  ),
  /** Electron only: the native Save dialog, then the bytes written where the user chose. */
  'documents.saveAs': channel<DocumentSaveResult>()(() => documentFileSchema),
  /** Electron only: the PDF opened in a viewer window for printing. */
  'documents.print': channel<DocumentPrintResult>()(() => documentFileSchema),
};
