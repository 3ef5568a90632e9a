import fs from 'node:fs';
import path from 'node:path';

import type { AttachmentSaveResult } from '../../../../shared/contract/attachments';
import {
  type Attachment,
  ATTACHMENT_MAX_BYTES,
  type AttachmentContent,
  type AttachmentOwnerKind,
} from '../../../../shared/domain/attachments';
import { AppError } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format/number';
import { normalizeText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AttachmentsRepository } from '../../db/repositories/attachments';
import type { AuditRepository } from '../../db/repositories/audit';
import type { DesktopShell } from '../../desktop/shell';
import type { Clock } from '../context';
import { sha256 } from '../documents/storage';
import { ACCEPTED_EXTENSIONS, contentMatches, typeOfName } from './file-type';
import { attachmentMessages as msg } from './messages';
import type { AttachmentStore } from './store';

/** Whether the record an attachment would belong to exists; each owning area gives its own check. */
export type OwnerCheck = Record<AttachmentOwnerKind, (id: number) => boolean>;

interface Deps {
  db: Db;
  attachments: AttachmentsRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
  store: AttachmentStore;
  owners: OwnerCheck;
  /** Null in the browser host and in tests without a desktop shell. */
  shell: DesktopShell | null;
}

interface Incoming {
  name: string;
  bytes: Uint8Array;
}

const megabytes = (size: number) => `${formatNumber(size / (1024 * 1024), 1)} MB`;

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Only the file's own name: a path sent by a browser or a dialog keeps no folder. */
function baseName(name: string): string {
  return normalizeText(name.split(/[\\/]/).pop() ?? '');
}

function refuse(message: string): never {
  throw new AppError('VALIDATION', message, [{ path: 'file', message }]);
}

/**
 * Files attached to records, for every area that needs them (submissions today; inspections and
 * nominations later): checked for size and type (extension and first bytes), stored once per content
 * under attachments/<sha256>, linked to their owner, opened, saved elsewhere and removed; every link
 * and removal audited in its transaction. A refused file writes nothing.
 */
export function createAttachmentsService(deps: Deps) {
  const { db, attachments, audit, clock, store } = deps;

  function mustGet(id: number): Attachment {
    const attachment = attachments.get(id);
    if (!attachment) throw new AppError('NOT_FOUND', msg.notFound(id));
    return attachment;
  }

  function mustOwner(kind: AttachmentOwnerKind, ownerId: number): void {
    if (!deps.owners[kind](ownerId)) throw new AppError('NOT_FOUND', msg.ownerNotFound);
  }

  /**
   * The owner's history also tells which files it carries (the owner kinds are audit entities too),
   * so a submission's history shows "Tệp đính kèm: a.pdf → a.pdf; b.png".
   */
  function auditOwner(kind: AttachmentOwnerKind, ownerId: number, before: string[], at: string): void {
    const after = attachments.forOwner(kind, ownerId).map((a) => a.name);
    audit.record(
      {
        entity: kind,
        entityId: ownerId,
        action: 'update',
        before: { attachments: before },
        after: { attachments: after },
        operator: deps.operator(),
      },
      at,
    );
  }

  function requireShell(): DesktopShell {
    if (!deps.shell) throw new AppError('FORBIDDEN', msg.noShell);
    return deps.shell;
  }

  /** Checks a file before anything is written; returns what will be stored. */
  function checked(kind: AttachmentOwnerKind, ownerId: number, file: Incoming) {
    const name = baseName(file.name);
    if (file.bytes.length === 0) refuse(msg.empty(name));
    if (file.bytes.length > ATTACHMENT_MAX_BYTES) refuse(msg.tooLarge(name, megabytes(file.bytes.length)));
    const type = typeOfName(name) ?? refuse(msg.badExtension(name));
    if (!contentMatches(type, file.bytes)) refuse(msg.contentMismatch(name));
    const hash = sha256(file.bytes);
    const same = attachments.sameFile(kind, ownerId, hash);
    if (same) throw new AppError('CONFLICT', msg.duplicate(name, same.name), [{ path: 'file', message: msg.duplicate(name, same.name) }]);
    return { name, type, hash, bytes: file.bytes };
  }

  /** Checks every file first (one refused, none stored), then stores the files and links them in one transaction. */
  function addAll(kind: AttachmentOwnerKind, ownerId: number, files: Incoming[]): Attachment[] {
    mustOwner(kind, ownerId);
    const ready = files.map((file) => checked(kind, ownerId, file));
    const hashes = new Set<string>();
    for (const file of ready) {
      if (hashes.has(file.hash)) refuse(msg.duplicate(file.name, file.name));
      hashes.add(file.hash);
    }
    const written: string[] = [];
    try {
      for (const file of ready) {
        if (store.has(file.hash)) continue;
        store.write(file.hash, file.bytes);
        written.push(file.hash);
      }
    } catch (error) {
      for (const hash of written) if (attachments.referencesTo(hash) === 0) store.remove(hash);
      throw new AppError('INTERNAL', msg.cannotStore(detailOf(error)));
    }
    try {
      return db.transaction(() => {
        const at = clock.now();
        const before = attachments.forOwner(kind, ownerId).map((a) => a.name);
        const added = ready.map((file) => {
          const id = attachments.insert(
            {
              ownerKind: kind,
              ownerId,
              name: file.name,
              size: file.bytes.length,
              type: file.type,
              sha256: file.hash,
              createdBy: deps.operator(),
            },
            at,
          );
          const created = mustGet(id);
          audit.record(
            { entity: 'attachment', entityId: id, action: 'create', before: null, after: created, operator: deps.operator() },
            at,
          );
          return created;
        });
        auditOwner(kind, ownerId, before, at);
        return added;
      })();
    } catch (error) {
      for (const hash of written) if (attachments.referencesTo(hash) === 0) store.remove(hash);
      throw error;
    }
  }

  /** The stored bytes, checked against the SHA-256 recorded when the file was attached. */
  function bytesOf(attachment: Attachment): Buffer {
    const bytes = store.read(attachment.sha256);
    if (!bytes) throw new AppError('NOT_FOUND', msg.fileMissing(attachment.name));
    if (sha256(bytes) !== attachment.sha256) throw new AppError('INTERNAL', msg.fileChanged(attachment.name));
    return bytes;
  }

  /** A file the user chose on disk: its size checked before it is read. */
  function readChosen(filePath: string): Incoming {
    const name = path.basename(filePath);
    try {
      const size = fs.statSync(filePath).size;
      if (size > ATTACHMENT_MAX_BYTES) refuse(msg.tooLarge(baseName(name), megabytes(size)));
      return { name, bytes: fs.readFileSync(filePath) };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('VALIDATION', msg.cannotRead(baseName(name), detailOf(error)));
    }
  }

  return {
    list(kind: AttachmentOwnerKind, ownerId: number): Attachment[] {
      return attachments.forOwner(kind, ownerId);
    },
    add(kind: AttachmentOwnerKind, ownerId: number, name: string, bytes: Uint8Array): Attachment {
      return addAll(kind, ownerId, [{ name, bytes }])[0];
    },
    async choose(kind: AttachmentOwnerKind, ownerId: number): Promise<Attachment[]> {
      const shell = requireShell();
      mustOwner(kind, ownerId);
      const paths = await shell.chooseFiles({
        title: msg.dialogTitle,
        filters: [{ name: msg.filterName, extensions: ACCEPTED_EXTENSIONS }],
      });
      if (paths.length === 0) return [];
      return addAll(kind, ownerId, paths.map(readChosen));
    },
    content(id: number): AttachmentContent {
      const attachment = mustGet(id);
      return { name: attachment.name, type: attachment.type, base64: bytesOf(attachment).toString('base64') };
    },
    async open(id: number): Promise<{ opened: true }> {
      const shell = requireShell();
      const attachment = mustGet(id);
      const bytes = bytesOf(attachment);
      try {
        await shell.openFile(attachment.name, bytes);
      } catch (error) {
        throw new AppError('INTERNAL', msg.cannotOpen(attachment.name, detailOf(error)));
      }
      return { opened: true };
    },
    async saveAs(id: number): Promise<AttachmentSaveResult> {
      const shell = requireShell();
      const attachment = mustGet(id);
      const bytes = bytesOf(attachment);
      let saved: string | null;
      try {
        saved = await shell.saveFile(attachment.name, bytes, {
          name: attachment.type.toUpperCase(),
          extensions: [path.extname(attachment.name).slice(1)],
        });
      } catch (error) {
        throw new AppError('INTERNAL', msg.cannotSave(detailOf(error)));
      }
      return saved === null ? { saved: false } : { saved: true, path: saved };
    },
    /** Unlinks the file from its record (audited); the stored file goes when no record uses it any more. */
    remove(id: number): { removed: number } {
      const removed = db.transaction(() => {
        const before = mustGet(id);
        const at = clock.now();
        const names = attachments.forOwner(before.ownerKind, before.ownerId).map((a) => a.name);
        attachments.remove(id);
        audit.record({ entity: 'attachment', entityId: id, action: 'archive', before, after: null, operator: deps.operator() }, at);
        auditOwner(before.ownerKind, before.ownerId, names, at);
        return before;
      })();
      if (attachments.referencesTo(removed.sha256) === 0) store.remove(removed.sha256);
      return { removed: 1 };
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
