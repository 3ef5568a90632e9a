/**
 * Numbers and symbols of documents (Decree 30/2020): "Số: 05/BC-HĐTĐKT". Numbers under 10 take a
 * leading zero; a công văn has no type abbreviation ("123/SNV-TĐKT").
 */

/** Blank left on a draft where the number will be written when it is issued. */
export const NUMBER_BLANK = '      ';

/** "05" for 5, "12" for 12, "123" for 123. */
export function formatDocumentNumber(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`document number must be a positive integer: ${number}`);
  return number < 10 ? `0${number}` : String(number);
}

/** "BC-HĐTĐKT"; just the issuer for a công văn (no type abbreviation). */
export function documentSymbol(typeAbbreviation: string, issuerAbbreviation: string): string {
  const type = typeAbbreviation.normalize('NFC').trim();
  const issuer = issuerAbbreviation.normalize('NFC').trim();
  return type ? `${type}-${issuer}` : issuer;
}

/** "05/BC-HĐTĐKT". */
export function documentNumber(number: number, typeAbbreviation: string, issuerAbbreviation: string): string {
  return `${formatDocumentNumber(number)}/${documentSymbol(typeAbbreviation, issuerAbbreviation)}`;
}

/** "Số: 05/BC-HĐTĐKT", or for a draft (null) "Số:      /BC-HĐTĐKT". */
export function numberLine(number: number | null, typeAbbreviation: string, issuerAbbreviation: string): string {
  const symbol = documentSymbol(typeAbbreviation, issuerAbbreviation);
  return number === null ? `Số:${NUMBER_BLANK}/${symbol}` : `Số: ${documentNumber(number, typeAbbreviation, issuerAbbreviation)}`;
}
