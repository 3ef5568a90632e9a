/** The document register (sổ văn bản đi): every issued document, numbered per issuer and year. */
import type { SignatureBlock } from './signature';

export const DOCUMENT_STATUSES = ['issued', 'cancelled'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface DocumentTemplateInfo {
  id: string;
  title: string;
  /** A working list (the unit directory): previewed, saved and printed, never issued. */
  workingList: boolean;
}

export interface DocumentPreview {
  /** The PDF, base64. */
  pdf: string;
  pages: number;
  /** False for a working list: the preview offers no "Cấp số và phát hành" (absent: issuable). */
  issuable?: boolean;
}

export interface DocumentEntry {
  id: number;
  /** Issuer abbreviation the number runs under: "HĐTĐKT". */
  issuer: string;
  year: number;
  number: number;
  /** "BC"; '' for a công văn. */
  typeAbbreviation: string;
  /** "BC-HĐTĐKT". */
  symbol: string;
  /** "05/BC-HĐTĐKT", as printed after "Số:". */
  numberSymbol: string;
  /** yyyy-MM-dd. */
  date: string;
  title: string;
  template: string;
  params: Record<string, unknown>;
  /** The record the document belongs to ("movement", 12), when there is one. */
  entity: string | null;
  entityId: number | null;
  signer: string;
  /** "Nơi nhận" entries as printed (without "- " and ";"); [] for documents issued before they were kept. */
  recipients: string[];
  /** Số bản: copies sent out and filed; 0 when not recorded (documents issued before it was kept). */
  copies: number;
  /** The signature block printed (prefix, authority, position, signer); null for documents issued before it was stored. */
  signature: SignatureBlock | null;
  sha256: string;
  /** Relative to the data folder: documents/<sha256>.pdf. */
  filePath: string;
  pages: number;
  status: DocumentStatus;
  cancelReason: string;
  cancelledAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentWithPdf extends DocumentEntry {
  pdf: string;
}
