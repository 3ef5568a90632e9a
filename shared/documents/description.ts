/**
 * A document as its template describes it: content only. The layout module turns it into the state
 * administrative format (Decree 30/2020): header blocks, number, date, title, body, signatures,
 * recipients, page numbers and annexes. Text is given as users read it (NFC); the layout upper-cases
 * what the format prints in capitals.
 */

import type { SignaturePrefix } from '../domain/signature';

export type Orientation = 'portrait' | 'landscape';

/** A run of text inside a paragraph, for a bold name or an italic quotation. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string | TextRun[];
  /** Body paragraphs are justified with a first-line indent; a centred or plain line opts out. */
  align?: 'justify' | 'center' | 'left' | 'right';
  indent?: boolean;
  italics?: boolean;
  bold?: boolean;
}

/** A numbered section heading: "I. KẾT QUẢ ĐẠT ĐƯỢC" (level 1), "1. Công tác tuyên truyền" (level 2). */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  /** "I", "1", "a"; printed with its punctuation: "I. ", "1. ", "a) ". */
  number?: string;
  text: string;
}

export interface TableColumn {
  header: string;
  /** Relative width; the layout shares the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableCellSpec {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Extra left indent in points, e.g. villages under their commune. */
  indent?: number;
}

export type TableCellValue = string | TableCellSpec;

/**
 * A row of cells, or a group heading spanning the whole row ("II. Huyện Đắk Hà"). A group heading
 * stays with the group's first row, and a group that continues on a new page gets its heading again
 * there, under the repeated column header.
 */
export type TableRow = { cells: TableCellValue[] } | { group: string };

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableRow[];
  /** Adds the row "(1) (2) ..." under the header, repeated with it on every page. */
  numberedColumns?: boolean;
  /** Points; defaults to one less than the body size (never under 12). */
  fontSize?: number;
}

export interface SpacerBlock {
  kind: 'spacer';
  /** Points. */
  height: number;
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock | SpacerBlock;

/**
 * One signature: "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" / "CHỦ TỊCH" / space / "Nguyễn Văn A", or
 * "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / space / name. The layout prints the lines in capitals.
 */
export interface SignatureSpec {
  /** TM., KT., TL., TUQ., Q.: printed before the authority; none when the signer signs in their own right. */
  prefix?: SignaturePrefix;
  /** Whom the signer signs for: the body after TM. ("Hội đồng Thi đua - Khen thưởng"), the head after KT. ("Chủ tịch"). */
  authority?: string;
  position?: string;
  /** Full name, normal case; left blank when not known yet (the space stays). */
  signer?: string;
}

export interface AnnexSpec {
  /** Overrides the label the layout gives: "Phụ lục" for a single annex, "Phụ lục I", "Phụ lục II" when several. */
  label?: string;
  /** "DANH SÁCH ..." (upper-cased by the layout). */
  heading: string;
  /** A bold line under the heading, sentence case. */
  subtitle?: string;
  /** True: "(Kèm theo <Type> số <number> ngày <date>)" from the document itself; or the text inside the brackets. */
  attachedTo?: true | string;
  orientation?: Orientation;
  body: Block[];
}

export interface IssuerOverride {
  parentAgency?: string;
  issuingBody?: string;
  /** Abbreviation in the symbol: "HĐTĐKT" in "05/BC-HĐTĐKT". */
  abbreviation?: string;
}

export interface DocumentDescription {
  /** Decree 30's administrative format (the default); certificates on pre-printed blanks use `PositionedDocument`. */
  layout?: 'administrative';
  /** Overrides of the issuer printed and numbered under; the rest comes from settings. */
  issuer?: IssuerOverride;
  /** Sentence-case type name used in "(Kèm theo Báo cáo số ...)": "Báo cáo", "Danh sách". */
  typeName: string;
  /** "BC", "TTr", "QĐ"; '' for a công văn. */
  typeAbbreviation: string;
  /** The register's number; null prints a draft ("Số:      /BC-HĐTĐKT"). */
  number: number | null;
  /** False for a working list (the unit directory): no "Số:" line at all, never numbered. */
  numbered?: boolean;
  /** yyyy-MM-dd; null prints a draft date with day and month blank in `draftYear`. */
  date: string | null;
  draftYear?: number;
  /** Place before the date; defaults to the settings' place name. */
  place?: string;
  /** "V/v ..." under the number, for a công văn. */
  regarding?: string;
  /** The line in capitals: defaults to the type name upper-cased ("BÁO CÁO"). */
  heading?: string;
  /** Trích yếu, bold, sentence case, with a short rule under it. */
  summary?: string;
  /** Lines under the summary in italic, e.g. the filters a list was drawn with. */
  notes?: string[];
  /** "Kính gửi: ..." before the body. */
  addressees?: string[];
  orientation?: Orientation;
  body: Block[];
  signatures?: SignatureSpec[];
  /**
   * One signature, the issuer's: the documents service fills it from the issue dialog or the issuer's
   * default in settings (then `signatures` is set and this flag is ignored by the layout).
   */
  signedByIssuer?: boolean;
  /**
   * The template's `signatures` name their own signers (a biên bản: the inspected unit and the team
   * leader, from the visit's records); a name left blank stays blank for signing by hand, never filled
   * with the signer chosen on issue (the issuer's default, e.g. the council's chair).
   */
  ownSigners?: boolean;
  /** "Nơi nhận:" entries without the leading "- " and trailing ";" (the layout adds them). */
  recipients?: string[];
  annexes?: AnnexSpec[];
  /** PDF metadata title; defaults to the heading and summary. */
  metadataTitle?: string;
}

/** A page size in millimetres, or a named ISO size. */
export type PaperSize = 'A3' | 'A4' | 'A5' | { widthMm: number; heightMm: number };

/**
 * A text box on a pre-printed blank (phôi): position and size in millimetres from the paper's
 * top-left corner. Text wraps inside the box and shrinks (down to `minFontSize`) until it fits.
 */
export interface PositionedField {
  /** Named in the error when the text does not fit: "Họ và tên". */
  name: string;
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  text: string;
  /** Points. */
  fontSize: number;
  /** Points; defaults to `fontSize` (no shrinking). */
  minFontSize?: number;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right';
}

/**
 * A line or a box drawn on a positioned sheet (the calibration page's ruler grid and field boxes),
 * in millimetres from the paper's top-left corner; moved by the offset like the fields.
 */
export type PositionedDrawing =
  | { kind: 'line'; x1Mm: number; y1Mm: number; x2Mm: number; y2Mm: number; widthPt?: number; color?: string }
  | { kind: 'box'; xMm: number; yMm: number; widthMm: number; heightMm: number; widthPt?: number; color?: string; dashed?: boolean };

/** One sheet of a positioned document (a certificate). */
export interface PositionedPage {
  /** Names the sheet in the error when a field does not fit: "Bằng khen của Ông Nguyễn Văn An". */
  label?: string;
  /** Drawn under the fields. */
  drawings?: PositionedDrawing[];
  fields: PositionedField[];
}

/**
 * Fields placed at positions on the paper, without header blocks: certificates printed on
 * pre-printed blanks. `offsetMm` moves every field (the printer's feed is rarely exact).
 */
export interface PositionedDocument {
  layout: 'positioned';
  paper: PaperSize;
  orientation?: Orientation;
  offsetMm?: { x: number; y: number };
  pages: PositionedPage[];
  metadataTitle: string;
}

/** Anything the PDF engine prints. */
export type PrintableDocument = DocumentDescription | PositionedDocument;
