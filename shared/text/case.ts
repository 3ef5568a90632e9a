/**
 * Upper case for Vietnamese: NFC in and out, so a capital keeps its tone mark as one precomposed
 * letter ("đắk" -> "ĐẮK"), which fonts and PDF text extraction both rely on.
 */
export function upperVi(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}

/** Sentence case: first letter upper, the rest as given ("kết quả" -> "Kết quả"). */
export function capitalizeFirst(value: string): string {
  const text = value.normalize('NFC');
  return text.length === 0 ? text : upperVi(text[0]) + text.slice(1);
}
