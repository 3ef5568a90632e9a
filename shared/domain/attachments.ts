/** Files attached to a record (a submission's scanned report; later inspections and nominations). */

/** Records that can carry attachments; an area adds its kind here when it starts using the service. */
export const ATTACHMENT_OWNER_KINDS = ['submission', 'inspection-visit', 'nomination', 'reminder-letter'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

/** Accepted file types, told apart by extension and by their first bytes. */
export const ATTACHMENT_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** 25 MB: a scanned report of some dozen pages fits; a video or a whole folder does not. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export interface Attachment {
  id: number;
  ownerKind: AttachmentOwnerKind;
  ownerId: number;
  /** The file's name as the user had it (NFC). */
  name: string;
  size: number;
  type: AttachmentType;
  sha256: string;
  createdBy: string;
  createdAt: string;
}

export interface AttachmentContent {
  name: string;
  type: AttachmentType;
  /** The file, base64. */
  base64: string;
}
