import { z } from 'zod';

import type {
  ArchiveExport,
  ArchiveImportResult,
  BackupConfig,
  BackupEntry,
  BackupPreview,
  BackupProgress,
  RestoreResult,
} from '../domain/backups';
import { builtOnFirstUse, emptyInput } from './common';
import { channel } from './define';

/** Backup folders are named by the app; anything else (a path, "..") is refused. */
const backupId = builtOnFirstUse(() =>
  z.string({ error: 'Chưa chọn bản sao lưu' }).regex(/^\d{8}-\d{6}-\d{3}-[a-z-]{3,20}$/, 'Mã bản sao lưu không hợp lệ'),
);

const keep = (label: string, max: number) =>
  z
    .number({ error: `${label} phải là số` })
    .int(`${label} phải là số nguyên`)
    .min(1, `${label} tối thiểu là 1`)
    .max(max, `${label} tối đa là ${max}`);

export const backupConfigSchema = builtOnFirstUse(() =>
  z
    .object({
      mirrorDir: z
        .string({ error: 'Thư mục sao lưu thứ hai phải là đường dẫn' })
        .max(1000, 'Đường dẫn thư mục dài quá 1000 ký tự')
        .transform((value) => value.trim()),
      keepDaily: keep('Số bản sao lưu hằng ngày giữ lại', 90),
      keepWeekly: keep('Số bản sao lưu hằng tuần giữ lại', 52),
      keepMonthly: keep('Số bản sao lưu hằng tháng giữ lại', 120),
    })
    .strict(),
);

export const backupsContract = {
  'backups.list': channel<BackupEntry[]>()(() => emptyInput),
  /** "Sao lưu ngay": a verified backup of the database and the stored files. */
  'backups.create': channel<BackupEntry>()(() => emptyInput),
  'backups.preview': channel<BackupPreview>()(() => z.object({ id: backupId }).strict()),
  /** Restores a backup after backing up the data as it is (so the restore itself can be undone). */
  'backups.restore': channel<RestoreResult>()(() =>
    z.object({ id: backupId, confirm: z.literal(true, { error: 'Cần xác nhận trước khi khôi phục' }) }).strict(),
  ),
  'backups.config': channel<BackupConfig>()(() => emptyInput),
  'backups.setConfig': channel<BackupConfig>()(() => backupConfigSchema),
  /** Every table of the database to one workbook, a sheet each (for audits). */
  'backups.exportAll': channel<{ fileName: string; base64: string }>()(() => emptyInput),
  /** One zip (database, PDFs, attachments, manifest with hashes) written into the data folder's exports/, to move to a new PC. */
  'backups.exportArchive': channel<ArchiveExport>()(() => emptyInput),
  /** Replaces the data with an archive's after a safety backup; the zip as bytes (browser) or a path on this PC. */
  'backups.importArchive': channel<ArchiveImportResult>()(() =>
    z
      .object({
        // 64 MB is the browser host's body limit; bigger archives are imported from their path.
        base64: z
          .string({ error: 'Tệp nén phải gửi dưới dạng base64' })
          .max(64 * 1024 * 1024, 'Tệp nén quá lớn để gửi qua trình duyệt; hãy nhập từ đường dẫn')
          .optional(),
        path: z
          .string({ error: 'Đường dẫn tệp nén phải là chuỗi ký tự' })
          .trim()
          .min(1, 'Chưa chọn tệp nén')
          .max(1000, 'Đường dẫn dài quá 1000 ký tự')
          .optional(),
        confirm: z.literal(true, { error: 'Cần xác nhận trước khi nhập dữ liệu' }),
      })
      .strict()
      .refine((v) => (v.base64 === undefined) !== (v.path === undefined), {
        error: 'Hãy chọn đúng một tệp nén: gửi nội dung hoặc đường dẫn',
        path: ['path'],
      }),
  ),
  /** The running backup or restore, polled by the screen while it waits. */
  'backups.progress': channel<BackupProgress>()(() => emptyInput),
};
