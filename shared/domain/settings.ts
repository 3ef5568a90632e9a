import { DEFAULT_SIGNATURES, type IssuerSignature } from './signature';

/** Settings the printed documents and the audit log need; stored as one row, edited on the settings screen. */
export interface DocumentSettings {
  /** Parent agency, printed upper left in capitals: "UBND TỈNH KON TUM". */
  parentAgency: string;
  /** Issuing body, printed bold under it: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG". */
  issuingBody: string;
  /** Abbreviation used in document symbols: "HĐTĐKT" in "12/BC-HĐTĐKT". */
  issuerAbbreviation: string;
  /** Place name printed before the date: "Kon Tum, ngày ...". */
  placeName: string;
  /** Page margins in millimetres (Decree 30/2020 defaults: 20 / 20 / 30 / 15). */
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  /** Body font size in points (13-14). */
  bodyFontSize: number;
}

export interface Settings extends DocumentSettings {
  /** The signature block each issuer signs with by default, editable in Settings and per document on issue. */
  signatureDefaults: IssuerSignature[];
  /** Official code of the province this database serves ("62" for Kon Tum); null before set-up. */
  provinceCode: string | null;
  provinceName: string | null;
  /** Name recorded in the audit log for every change. */
  operatorName: string;
  /** The printer's shift on certificate blanks, added to every positioned print (mm; + moves right and down). */
  certificateOffsetMm: PrinterOffset;
  version: number;
  updatedAt: string;
}

export interface PrinterOffset {
  x: number;
  y: number;
}

/** How far the offset may go: a printer's feed is off by a few millimetres, not centimetres. */
export const PRINTER_OFFSET_LIMIT_MM = 20;

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  parentAgency: 'UBND TỈNH KON TUM',
  issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  issuerAbbreviation: 'HĐTĐKT',
  placeName: 'Kon Tum',
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  bodyFontSize: 14,
};

export { DEFAULT_SIGNATURES };

export interface ProvinceOption {
  code: string;
  name: string;
  districtCount: number;
  communeCount: number;
}

/** Short place name for dates: "Tỉnh Kon Tum" -> "Kon Tum", "Thành phố Hà Nội" -> "Hà Nội". */
export function placeNameOf(provinceName: string): string {
  return provinceName.replace(/^(Tỉnh|Thành phố)\s+/u, '').trim();
}

/** Document settings proposed on set-up for a province: "UBND TỈNH KON TUM", place "Kon Tum". */
export function documentSettingsFor(provinceName: string): DocumentSettings {
  const upper = provinceName.normalize('NFC').toLocaleUpperCase('vi');
  return { ...DEFAULT_DOCUMENT_SETTINGS, parentAgency: `UBND ${upper}`, placeName: placeNameOf(provinceName) };
}
