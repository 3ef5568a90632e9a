import type { Attachment, AttachmentOwnerKind, AttachmentType } from '../../../../shared/domain/attachments';
import type { Db } from '../connection';

interface AttachmentRow {
  id: number;
  owner_kind: AttachmentOwnerKind;
  owner_id: number;
  name: string;
  size: number;
  type: AttachmentType;
  sha256: string;
  created_by: string;
  created_at: string;
}

export type AttachmentWrite = Omit<Attachment, 'id' | 'createdAt'>;

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    name: row.name,
    size: row.size,
    type: row.type,
    sha256: row.sha256,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** All SQL about attachments: which stored file (by SHA-256) belongs to which record. */
export function createAttachmentsRepository(db: Db) {
  const byId = db.prepare('SELECT * FROM attachments WHERE id = ?');
  const byOwner = db.prepare('SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id');
  const byOwnerHash = db.prepare('SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? AND sha256 = ?');
  const countByHash = db.prepare('SELECT COUNT(*) AS n FROM attachments WHERE sha256 = ?');
  const insert = db.prepare(`INSERT INTO attachments (owner_kind, owner_id, name, size, type, sha256, created_by, created_at)
    VALUES (@ownerKind, @ownerId, @name, @size, @type, @sha256, @createdBy, @at)`);
  const remove = db.prepare('DELETE FROM attachments WHERE id = ?');

  return {
    get(id: number): Attachment | null {
      const row = byId.get(id) as AttachmentRow | undefined;
      return row ? toAttachment(row) : null;
    },
    forOwner(kind: AttachmentOwnerKind, ownerId: number): Attachment[] {
      return (byOwner.all(kind, ownerId) as AttachmentRow[]).map(toAttachment);
    },
    sameFile(kind: AttachmentOwnerKind, ownerId: number, sha256: string): Attachment | null {
      const row = byOwnerHash.get(kind, ownerId, sha256) as AttachmentRow | undefined;
      return row ? toAttachment(row) : null;
    },
    /** How many records use a stored file (the same content attached to two records is stored once). */
    referencesTo(sha256: string): number {
      return (countByHash.get(sha256) as { n: number }).n;
    },
    insert(fields: AttachmentWrite, at: string): number {
      return Number(
        insert.run({ ...fields, name: fields.name.normalize('NFC'), createdBy: fields.createdBy.normalize('NFC'), at }).lastInsertRowid,
      );
    },
    remove(id: number): boolean {
      return remove.run(id).changes === 1;
    },
  };
}

export type AttachmentsRepository = ReturnType<typeof createAttachmentsRepository>;
