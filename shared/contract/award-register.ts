import { z } from 'zod';

import type { RegisterEntry, RegisterPage } from '../domain/council';
import { builtOnFirstUse, idSchema, optionalIsoDate, optionalText, versionSchema, yearSchema } from './common';
import { channel } from './define';

export const registerQuerySchema = builtOnFirstUse(() =>
  z
    .object({
      /** Awardee or decision number; case and diacritics ignored. */
      query: optionalText('Từ khóa', 200),
      year: yearSchema.optional(),
      awardCode: z.string().max(40).optional(),
      /** The proposing unit. */
      unitId: idSchema.optional(),
      /** The movement of the nomination round. */
      movementId: idSchema.optional(),
      page: z.number({ error: 'Trang phải là số' }).int().min(1, 'Trang bắt đầu từ 1').max(100000).default(1),
      pageSize: z.number({ error: 'Số dòng mỗi trang phải là số' }).int().min(1).max(500).default(50),
    })
    .strict()
    .default({ query: '', page: 1, pageSize: 50 }),
);
export type RegisterQuery = z.output<typeof registerQuerySchema>;

export const registerExportSchema = builtOnFirstUse(() =>
  z
    .object({
      query: optionalText('Từ khóa', 200),
      year: yearSchema.optional(),
      awardCode: z.string().max(40).optional(),
      unitId: idSchema.optional(),
      movementId: idSchema.optional(),
    })
    .strict()
    .default({ query: '' }),
);
export type RegisterExportQuery = z.output<typeof registerExportSchema>;

/** Handing over of one award: dates from the decision's date on; a date left out or null is cleared. */
export const handOverSchema = builtOnFirstUse(() =>
  z
    .object({
      /** The award (a register entry's id). */
      awardId: idSchema,
      version: versionSchema,
      printedOn: optionalIsoDate('Ngày in'),
      handedOverOn: optionalIsoDate('Ngày trao'),
      receivedBy: optionalText('Người nhận', 200),
    })
    .strict(),
);
export type HandOverInput = z.output<typeof handOverSchema>;

/** Channels of the award register, served by the council area under the awards prefix. */
export const awardRegisterContract = {
  /** The award register (sổ khen thưởng) of issued decisions, one page at a time. */
  'awards.register': channel<RegisterPage>()(() => registerQuerySchema),
  /** The same register, every row the filters select (up to 50.000), as XLSX. */
  'awards.registerXlsx': channel<{ fileName: string; base64: string }>()(() => registerExportSchema),
  /** The same rows as CSV (UTF-8 with BOM, Vietnamese headers) for other software. */
  'awards.registerCsv': channel<{ fileName: string; base64: string }>()(() => registerExportSchema),
  /** Records when an issued award's certificate was printed and handed over, and to whom. */
  'awards.handOver': channel<RegisterEntry>()(() => handOverSchema),
};
