import { z } from 'zod';

import { type Attachment, ATTACHMENT_MAX_BYTES, ATTACHMENT_OWNER_KINDS, type AttachmentContent } from '../domain/attachments';
import { builtOnFirstUse, idSchema, requiredText } from './common';
import { channel } from './define';

const owner = {
  ownerKind: z.enum(ATTACHMENT_OWNER_KINDS, { error: 'Loại hồ sơ đính kèm không hợp lệ' }),
  ownerId: idSchema,
};

/** Base64 of at most the size limit (4 characters per 3 bytes), checked again on the decoded bytes. */
const base64Schema = builtOnFirstUse(() =>
  z
    .string({ error: 'Thiếu nội dung tệp' })
    .min(1, 'Tệp rỗng')
    .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, 'Tệp quá lớn: tối đa 25 MB')
    .regex(/^[A-Za-z0-9+/=]+$/, 'Nội dung tệp không đúng dạng base64'),
);

export const attachmentAddSchema = builtOnFirstUse(() =>
  z.object({ ...owner, name: requiredText('Tên tệp', 255), base64: base64Schema }).strict(),
);

export type AttachmentAddInput = z.output<typeof attachmentAddSchema>;

const byId = builtOnFirstUse(() => z.object({ id: idSchema }).strict());

export interface AttachmentSaveResult {
  saved: boolean;
  path?: string;
}

export const attachmentsContract = {
  'attachments.list': channel<Attachment[]>()(() => z.object(owner).strict()),
  /** Browser host: the renderer sends the chosen file's bytes. */
  'attachments.add': channel<Attachment>()(() => attachmentAddSchema),
  /** Desktop: the native open dialog, then each chosen file checked and stored; [] when cancelled. */
  'attachments.choose': channel<Attachment[]>()(() => z.object(owner).strict()),
  /** The stored bytes, checked against their SHA-256 (the browser downloads or opens them). */
  'attachments.content': channel<AttachmentContent>()(() => byId),
  /** Desktop: opens the file with the program the system uses for its type. */
  'attachments.open': channel<{ opened: true }>()(() => byId),
  /** Desktop: the native Save dialog, then a copy written where the user chose. */
  'attachments.saveAs': channel<AttachmentSaveResult>()(() => byId),
  'attachments.remove': channel<{ removed: number }>()(() => byId),
};
