import type { DocumentIssueInput, DocumentListFilter, DocumentPage, DocumentPageInput } from '../../../../shared/contract/documents';
import { pageOffset } from '../../../../shared/contract/paging';
import type { DocumentDescription } from '../../../../shared/documents/description';
import type { DocumentEntry, DocumentPreview, DocumentTemplateInfo, DocumentWithPdf } from '../../../../shared/domain/documents';
import type { Settings } from '../../../../shared/domain/settings';
import { defaultSignatureFor, type SignatureBlock } from '../../../../shared/domain/signature';
import { AppError } from '../../../../shared/errors';
import { documentNumber } from '../../../../shared/format/document-number';
import { foldedWords } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { DocumentsRepository } from '../../db/repositories/documents';
import { type PdfEngine, renderDocument } from '../../pdf';
import { type BuiltDocument, findTemplate, type RegisteredTemplate } from '../../pdf/templates';
import type { Clock } from '../context';
import { documentMessages } from './messages';
import { type DocumentStore, sha256 } from './storage';

interface Deps {
  db: Db;
  documents: DocumentsRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
  settings: () => Settings;
  engine: PdfEngine;
  store: DocumentStore;
  /** Every area's templates, bound to their readers; read on each call, so the list is complete once the app is composed. */
  templates: () => readonly RegisteredTemplate[];
  /**
   * The kinds of record an issued document can be filed under (`entity`), each with its existence
   * check; read on each call, like the templates.
   */
  records: () => Readonly<Record<string, (id: number) => boolean>>;
}

/** How many times issuing re-renders when another issue took the number it had rendered with. */
const ISSUE_ATTEMPTS = 10;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The snapshot the audit log keeps: the register row without the (possibly long) params. */
function auditSnapshot(entry: DocumentEntry): object {
  const { params: _params, ...rest } = entry;
  return rest;
}

/**
 * Số bản: one copy per "Nơi nhận" entry, and one per place named after "Lưu:" (the office's file
 * "VT" and each department that keeps one): "Lưu: VT, TĐKT" is two copies.
 */
export function copiesFor(recipients: readonly string[]): number {
  return recipients.reduce((total, entry) => {
    const kept = /^Lưu\s*:\s*(.*)$/u.exec(entry.normalize('NFC').trim());
    if (!kept) return total + 1;
    return total + Math.max(1, kept[1].split(/[,;]/).filter((place) => place.trim() !== '').length);
  }, 0);
}

/** A number given to a document filed under a record that does not exist would be burnt for nothing. */
function recordChecker(records: Deps['records']) {
  return (entity: string | undefined, entityId: number | undefined): void => {
    if (entity === undefined || entityId === undefined) return;
    const exists = Object.prototype.hasOwnProperty.call(records(), entity) ? records()[entity] : undefined;
    if (!exists) throw new AppError('VALIDATION', documentMessages.unknownRecordKind(entity));
    if (!exists(entityId)) throw new AppError('NOT_FOUND', documentMessages.recordNotFound(entity, entityId));
  };
}

/** "Nguyễn Văn Hùng, Trần Văn Bình": the names a template printed in its own signature blocks. */
function ownSignerNames(description: DocumentDescription): string {
  return (description.signatures ?? [])
    .map((signature) => signature.signer?.trim() ?? '')
    .filter(Boolean)
    .join(', ');
}

/** The document engine's service: templates, preview, and the register of issued documents. */
export function createDocumentsService(deps: Deps) {
  const { db, documents, audit, clock, engine, store } = deps;
  const checkRecord = recordChecker(deps.records);

  function mustGet(id: number): DocumentEntry {
    const entry = documents.get(id);
    if (!entry) throw new AppError('NOT_FOUND', documentMessages.notFound(id));
    return entry;
  }

  function build(templateId: string, params: unknown): { template: RegisteredTemplate; built: BuiltDocument } {
    const template = findTemplate(templateId, deps.templates());
    return { template, built: template.build(params, deps.settings()) };
  }

  async function render(description: DocumentDescription, settings: Settings) {
    return renderDocument(engine, description, settings, { createdAt: new Date(clock.now()) });
  }

  /** The issuer's default signature block (settings), for a document numbered under `issuer`. */
  function defaultSignature(issuer: string, settings: Settings): SignatureBlock {
    return defaultSignatureFor(issuer, settings.signatureDefaults, settings.issuingBody);
  }

  /**
   * A document the issuer signs gets `block` as its signature; otherwise the signer's name given on
   * issue fills the first signature the template left unsigned.
   */
  function withSignature(description: DocumentDescription, block: SignatureBlock): DocumentDescription {
    if (description.signedByIssuer) return { ...description, signatures: [block] };
    if (description.ownSigners || !block.signer || !description.signatures?.length) return description;
    const index = description.signatures.findIndex((signature) => !signature.signer?.trim());
    if (index < 0) return description;
    const signatures = description.signatures.map((signature, i) => (i === index ? { ...signature, signer: block.signer } : signature));
    return { ...description, signatures };
  }

  /** The draft's bytes and its template's title (used for file names). */
  async function draftPdf(
    templateId: string,
    params: unknown,
  ): Promise<{ bytes: Buffer; pages: number; title: string; issuable: boolean }> {
    const settings = deps.settings();
    const { template, built } = build(templateId, params);
    const { content } = built;
    if (content.layout === 'positioned') {
      // Certificates on pre-printed blanks: printed as laid out (offset included by the template), never numbered.
      const rendered = await renderDocument(engine, content, settings, { createdAt: new Date(clock.now()) });
      return { bytes: rendered.bytes, pages: rendered.pages, title: built.registerTitle || template.title, issuable: false };
    }
    const issuer = content.issuer?.abbreviation ?? settings.issuerAbbreviation;
    const today = clock.now().slice(0, 10);
    const description: DocumentDescription = withSignature(
      {
        ...content,
        typeAbbreviation: template.typeAbbreviation,
        number: null,
        // A working list has no number to wait for: it is dated the day it is printed.
        numbered: !template.workingList,
        date: template.workingList ? today : null,
        draftYear: content.draftYear ?? Number(today.slice(0, 4)),
      },
      defaultSignature(issuer, settings),
    );
    const rendered = await render(description, settings);
    return { bytes: rendered.bytes, pages: rendered.pages, title: built.registerTitle || template.title, issuable: !template.workingList };
  }

  /** The issued document's stored bytes, checked against the SHA-256 recorded when it was issued. */
  function storedPdf(id: number): { entry: DocumentEntry; bytes: Buffer } {
    const entry = mustGet(id);
    const numberSymbol = documentNumber(entry.number, entry.typeAbbreviation, entry.issuer);
    if (!store.resolve(entry.filePath)) throw new AppError('INTERNAL', documentMessages.badFilePath(numberSymbol));
    const bytes = store.read(entry.filePath);
    if (!bytes) throw new AppError('NOT_FOUND', documentMessages.fileMissing(numberSymbol, entry.filePath));
    if (sha256(bytes) !== entry.sha256) throw new AppError('INTERNAL', documentMessages.fileChanged(numberSymbol));
    return { entry, bytes };
  }

  return {
    templates(): DocumentTemplateInfo[] {
      return deps.templates().map((template) => ({ id: template.id, title: template.title, workingList: template.workingList }));
    },

    /**
     * A draft: no number ("Số:      /BC-HĐTĐKT"), day and month left blank; nothing is stored. A working
     * list prints without any "Số:" line, dated today.
     */
    async preview(templateId: string, params: unknown): Promise<DocumentPreview> {
      const draft = await draftPdf(templateId, params);
      return { pdf: draft.bytes.toString('base64'), pages: draft.pages, issuable: draft.issuable };
    },

    draftPdf,
    storedPdf,

    /**
     * Numbers the document in the register (next number of the issuer's year, never one used before),
     * renders it with that number, stores the PDF by its SHA-256 and records it, all or nothing.
     * Rendering is asynchronous, so the number is checked again in the writing transaction; if another
     * issue took it meanwhile, the document is rendered again with the next one.
     */
    async issue(input: DocumentIssueInput): Promise<DocumentEntry> {
      const settings = deps.settings();
      const template = findTemplate(input.template, deps.templates());
      if (template.workingList) throw new AppError('VALIDATION', documentMessages.workingList(template.title));
      checkRecord(input.entity, input.entityId);
      const { built } = build(input.template, input.params);
      const { content } = built;
      if (content.layout === 'positioned') throw new AppError('VALIDATION', documentMessages.workingList(template.title));
      const issuer = input.issuerAbbreviation ?? settings.issuerAbbreviation;
      const year = Number(input.date.slice(0, 4));
      const fallback = defaultSignature(issuer, settings);
      const signature: SignatureBlock = input.signature ?? { ...fallback, signer: input.signer || fallback.signer };
      const base: DocumentDescription = withSignature(
        {
          ...content,
          issuer: { ...content.issuer, abbreviation: issuer },
          typeAbbreviation: template.typeAbbreviation,
          number: null,
          date: input.date,
        },
        signature,
      );
      for (let attempt = 0; attempt < ISSUE_ATTEMPTS; attempt++) {
        const number = documents.nextNumber(issuer, year);
        const rendered = await render({ ...base, number }, settings);
        const hash = sha256(rendered.bytes);
        let filePath: string;
        try {
          filePath = store.write(rendered.bytes, hash);
        } catch (error) {
          throw new AppError('INTERNAL', documentMessages.cannotStore(error instanceof Error ? error.message : String(error)));
        }
        try {
          const entry = db.transaction(() => {
            if (documents.nextNumber(issuer, year) !== number) return null;
            const at = clock.now();
            const id = documents.insert(
              {
                issuer,
                year,
                number,
                typeAbbreviation: template.typeAbbreviation,
                date: input.date,
                title: input.title || built.registerTitle,
                template: template.id,
                params: built.params,
                entity: input.entity ?? null,
                entityId: input.entityId ?? null,
                // A document with its own signers (a biên bản) is signed by them, not by the issuer's default.
                signer: content.ownSigners ? ownSignerNames(base) : signature.signer,
                recipients: base.recipients ?? [],
                copies: copiesFor(base.recipients ?? []),
                // What was printed: the issuer's block, or the signer's name in the template's own blocks.
                signature: content.signedByIssuer ? signature : null,
                sha256: hash,
                filePath,
                pages: rendered.pages,
              },
              at,
            );
            const created = mustGet(id);
            audit.record(
              {
                entity: 'document',
                entityId: id,
                action: 'create',
                before: null,
                after: auditSnapshot(created),
                operator: deps.operator(),
              },
              at,
            );
            return created;
          })();
          if (entry) return entry;
        } catch (error) {
          if (documents.referencesTo(filePath) === 0) store.remove(filePath);
          if (!isUniqueViolation(error)) throw error;
        }
        // The number went to another document while this one rendered: drop this file, render again.
        if (documents.referencesTo(filePath) === 0) store.remove(filePath);
      }
      throw new AppError('CONFLICT', documentMessages.numberBusy);
    },

    /** Every entry the filters match (the list's workbook). */
    list(filter: DocumentListFilter): DocumentEntry[] {
      return documents.list({ ...filter, words: filter.query ? foldedWords(filter.query) : undefined });
    },

    /** One page of the register, filtered, ordered and counted in SQL, with the years and types for its filters. */
    page(input: DocumentPageInput): DocumentPage {
      const { page: _page, pageSize, sort, direction, ...filter } = input;
      const query = { ...filter, words: filter.query ? foldedWords(filter.query) : undefined };
      const order = { sort: sort ?? 'date', direction: direction ?? (sort === 'title' ? 'asc' : 'desc') } as const;
      return {
        rows: documents.page(query, order, pageOffset(input), pageSize),
        total: documents.count(query),
        ...documents.facets(),
      };
    },

    /** The entry and its PDF as stored, checked against the SHA-256 recorded when it was issued. */
    get(id: number): DocumentWithPdf {
      const { entry, bytes } = storedPdf(id);
      return { ...entry, pdf: bytes.toString('base64') };
    },

    /** Marks the document cancelled; its number stays taken. */
    cancel(id: number, version: number, reason: string): DocumentEntry {
      return db.transaction(() => {
        const before = mustGet(id);
        if (before.status === 'cancelled') throw new AppError('CONFLICT', documentMessages.alreadyCancelled(before.numberSymbol));
        if (before.version !== version) throw new AppError('CONFLICT', documentMessages.stale(before.numberSymbol));
        const at = clock.now();
        if (!documents.cancel(id, version, reason, at)) throw new AppError('CONFLICT', documentMessages.stale(before.numberSymbol));
        const after = mustGet(id);
        audit.record(
          {
            entity: 'document',
            entityId: id,
            action: 'update',
            before: auditSnapshot(before),
            after: auditSnapshot(after),
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
