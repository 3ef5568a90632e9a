/** Backups of the data folder: the database copied with SQLite's online backup, plus the stored files. */

export const BACKUP_REASONS = ['start', 'exit', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  start: 'Khi mở phần mềm',
  exit: 'Khi đóng phần mềm',
  daily: 'Hằng ngày',
  manual: 'Sao lưu thủ công',
  'before-restore': 'Trước khi khôi phục',
};

/** The figures a backup is previewed by, table by table (tables a backup predates are left out). */
export const BACKUP_FIGURES = [
  { table: 'units', label: 'Đơn vị' },
  { table: 'movements', label: 'Phong trào' },
  { table: 'unit_year_criteria', label: 'Kết quả tiêu chí theo năm' },
  { table: 'recognitions', label: 'Quyết định công nhận' },
  { table: 'submissions', label: 'Hồ sơ đơn vị nộp' },
  { table: 'documents', label: 'Văn bản trong sổ' },
  { table: 'attachments', label: 'Tệp đính kèm' },
  { table: 'inspections', label: 'Đợt kiểm tra' },
  { table: 'inspection_visits', label: 'Lượt kiểm tra đơn vị' },
  { table: 'recommendations', label: 'Kiến nghị' },
  { table: 'nominees', label: 'Đối tượng đề nghị khen thưởng' },
  { table: 'nominations', label: 'Hồ sơ đề nghị khen thưởng' },
  { table: 'audit_log', label: 'Dòng nhật ký thay đổi' },
] as const;

export interface BackupFigure {
  table: string;
  label: string;
  count: number;
}

export interface BackupEntry {
  /** Folder name under backups/: "20261130-081500-123-manual". */
  id: string;
  createdAt: string;
  reason: BackupReason;
  /** Bytes of the database copy. */
  sizeBytes: number;
  /** Stored PDFs and attachments the copy refers to (kept once in backups/files). */
  fileCount: number;
  /** "ok", or what SQLite's integrity_check found on the copy. */
  integrity: string;
  /** The last migration applied in the copy. */
  schemaVersion: number;
  figures: BackupFigure[];
  /** Copied to the second folder: true, false (see mirrorError), null when none is set. */
  mirrored: boolean | null;
  mirrorError?: string;
}

export interface BackupConfig {
  /** A second folder (USB stick, network drive) each backup is also copied to; '' for none. */
  mirrorDir: string;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

export const DEFAULT_BACKUP_CONFIG: BackupConfig = { mirrorDir: '', keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };

export interface BackupProgress {
  operation: 'backup' | 'restore' | null;
  /** 0-100. */
  percent: number;
}

export interface BackupPreview {
  backup: BackupEntry;
  /** The same figures for the data as it is now, to compare. */
  current: BackupFigure[];
}

export interface RestoreResult {
  restored: BackupEntry;
  /** The backup of the data as it was just before the restore: restoring it undoes the restore. */
  safety: BackupEntry;
}

/** The portable archive written into the data folder's `exports/` (one zip to move the data to a new PC). */
export interface ArchiveExport {
  path: string;
  fileName: string;
  sizeBytes: number;
  /** The zip's bytes when small enough to hand over through the browser (up to 50 MB); null otherwise. */
  base64: string | null;
}

export interface ArchiveImportResult {
  /** When the archive was written, and what it held. */
  createdAt: string;
  figures: BackupFigure[];
  /** The backup of the data as it was just before the import: restoring it undoes the import. */
  safety: BackupEntry;
}
