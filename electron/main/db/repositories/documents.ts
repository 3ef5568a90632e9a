import type { DocumentEntry, DocumentStatus } from '../../../../shared/domain/documents';
import type { SignatureBlock } from '../../../../shared/domain/signature';
import { documentNumber, documentSymbol } from '../../../../shared/format/document-number';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../connection';

interface DocumentRow {
  id: number;
  issuer: string;
  year: number;
  number: number;
  type_abbreviation: string;
  symbol: string;
  date: string;
  title: string;
  template: string;
  params_json: string;
  entity: string | null;
  entity_id: number | null;
  signer: string;
  recipients_json: string;
  copies: number;
  signature_json: string | null;
  sha256: string;
  file_path: string;
  pages: number;
  status: DocumentStatus;
  cancel_reason: string;
  cancelled_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** What issuing writes; the number is the one the service allocated in the same transaction. */
export type DocumentWrite = Pick<
  DocumentEntry,
  | 'issuer'
  | 'year'
  | 'number'
  | 'typeAbbreviation'
  | 'date'
  | 'title'
  | 'template'
  | 'params'
  | 'entity'
  | 'entityId'
  | 'signer'
  | 'recipients'
  | 'copies'
  | 'signature'
  | 'sha256'
  | 'filePath'
  | 'pages'
>;

export interface DocumentQuery {
  year?: number;
  issuer?: string;
  type?: string;
  template?: string;
  status?: DocumentStatus;
  /** Folded words; each must start a word of the folded title or number. */
  words?: string[];
}

function toEntry(row: DocumentRow): DocumentEntry {
  return {
    id: row.id,
    issuer: row.issuer,
    year: row.year,
    number: row.number,
    typeAbbreviation: row.type_abbreviation,
    symbol: row.symbol,
    numberSymbol: documentNumber(row.number, row.type_abbreviation, row.issuer),
    date: row.date,
    title: row.title,
    template: row.template,
    params: JSON.parse(row.params_json) as Record<string, unknown>,
    entity: row.entity,
    entityId: row.entity_id,
    signer: row.signer,
    recipients: JSON.parse(row.recipients_json) as string[],
    copies: row.copies,
    signature: row.signature_json === null ? null : (JSON.parse(row.signature_json) as SignatureBlock),
    sha256: row.sha256,
    filePath: row.file_path,
    pages: row.pages,
    status: row.status,
    cancelReason: row.cancel_reason,
    cancelledAt: row.cancelled_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** All SQL about the document register. */
export function createDocumentsRepository(db: Db) {
  const byId = db.prepare('SELECT * FROM documents WHERE id = ?');
  // MAX over every row, cancelled ones included: a cancelled number is never handed out again.
  const lastNumber = db.prepare('SELECT MAX(number) AS n FROM documents WHERE issuer = ? AND year = ?');
  const insert = db.prepare(`INSERT INTO documents
    (issuer, year, number, type_abbreviation, symbol, date, title, search_folded, template, params_json, entity, entity_id,
     signer, recipients_json, copies, signature_json, sha256, file_path, pages, status, version, created_at, updated_at)
    VALUES (@issuer, @year, @number, @typeAbbreviation, @symbol, @date, @title, @searchFolded, @template, @paramsJson, @entity, @entityId,
     @signer, @recipientsJson, @copies, @signatureJson, @sha256, @filePath, @pages, 'issued', 1, @at, @at)`);
  const cancel =
    db.prepare(`UPDATE documents SET status = 'cancelled', cancel_reason = ?, cancelled_at = ?, version = version + 1, updated_at = ?
    WHERE id = ? AND version = ? AND status = 'issued'`);
  const countByPath = db.prepare('SELECT COUNT(*) AS n FROM documents WHERE file_path = ?');
  const years = db.prepare('SELECT DISTINCT year FROM documents ORDER BY year DESC').pluck();
  const types = db.prepare('SELECT DISTINCT type_abbreviation FROM documents ORDER BY type_abbreviation').pluck();

  return {
    get(id: number): DocumentEntry | null {
      const row = byId.get(id) as DocumentRow | undefined;
      return row ? toEntry(row) : null;
    },
    /** The next number of an issuer's year: 1 for a new year, never one already taken. */
    nextNumber(issuer: string, year: number): number {
      return ((lastNumber.get(issuer, year) as { n: number | null }).n ?? 0) + 1;
    },
    insert(fields: DocumentWrite, at: string): number {
      const nfc = (value: string) => value.normalize('NFC');
      const symbol = documentSymbol(fields.typeAbbreviation, fields.issuer);
      const numberSymbol = documentNumber(fields.number, fields.typeAbbreviation, fields.issuer);
      const { signature, ...rest } = fields;
      return Number(
        insert.run({
          ...rest,
          signatureJson: signature === null ? null : JSON.stringify(signature),
          issuer: nfc(fields.issuer),
          typeAbbreviation: nfc(fields.typeAbbreviation),
          symbol: nfc(symbol),
          title: nfc(fields.title),
          signer: nfc(fields.signer),
          recipientsJson: JSON.stringify(fields.recipients.map(nfc)),
          searchFolded: foldText(`${fields.title} ${numberSymbol}`),
          paramsJson: JSON.stringify(fields.params),
          at,
        }).lastInsertRowid,
      );
    },
    /** False when the row is not at `version` or is no longer issued. */
    cancel(id: number, version: number, reason: string, at: string): boolean {
      return cancel.run(reason.normalize('NFC'), at, at, id, version).changes === 1;
    },
    /** How many register rows point at a stored file (content-addressed, so two could share one). */
    referencesTo(filePath: string): number {
      return (countByPath.get(filePath) as { n: number }).n;
    },
    /** Every entry the filters match, in the register's order (a workbook of the list). */
    list(query: DocumentQuery): DocumentEntry[] {
      const { where, args } = whereOf(query);
      return (
        db.prepare(`SELECT * FROM documents ${where} ORDER BY ${orderBy({ sort: 'date', direction: 'desc' })}`).all(args) as DocumentRow[]
      ).map(toEntry);
    },
    /** One page in the order asked, read on the register's order index when no other order is asked. */
    page(query: DocumentQuery, order: DocumentOrder, offset: number, limit: number): DocumentEntry[] {
      const { where, args } = whereOf(query);
      const sql = `SELECT * FROM documents ${where} ORDER BY ${orderBy(order)} LIMIT @limit OFFSET @offset`;
      return (db.prepare(sql).all({ ...args, limit, offset }) as DocumentRow[]).map(toEntry);
    },
    /** How many entries the filters match. */
    count(query: DocumentQuery): number {
      const { where, args } = whereOf(query);
      return (db.prepare(`SELECT COUNT(*) AS n FROM documents ${where}`).get(args) as { n: number }).n;
    },
    /** The years and document types the register holds, newest year first (each read on its index). */
    facets(): { years: number[]; types: string[] } {
      return {
        years: years.all() as number[],
        types: types.all() as string[],
      };
    },
  };
}

/** The order of a page; ties fall back to the register's own order (date, year, number, id). */
export interface DocumentOrder {
  sort: 'date' | 'number' | 'title';
  direction: 'asc' | 'desc';
}

function orderBy({ sort, direction }: DocumentOrder): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const keys: Record<DocumentOrder['sort'], string[]> = {
    // The documents_register_order index, walked backwards for the newest first.
    date: ['date', 'year', 'number', 'id'],
    number: ['year', 'number', 'issuer', 'id'],
    title: ['search_folded', 'id'],
  };
  return keys[sort].map((key) => `${key} ${dir}`).join(', ');
}

function whereOf(query: DocumentQuery): { where: string; args: Record<string, unknown> } {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  const eq = (column: string, key: string, value: unknown) => {
    if (value === undefined) return;
    where.push(`${column} = @${key}`);
    args[key] = value;
  };
  eq('year', 'year', query.year);
  eq('issuer', 'issuer', query.issuer?.normalize('NFC'));
  eq('type_abbreviation', 'type', query.type?.normalize('NFC'));
  eq('template', 'template', query.template);
  eq('status', 'status', query.status);
  (query.words ?? []).forEach((word, index) => {
    where.push(`(' ' || search_folded) LIKE @w${index} ESCAPE '\\'`);
    args[`w${index}`] = `% ${escapeLike(word)}%`;
  });
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
