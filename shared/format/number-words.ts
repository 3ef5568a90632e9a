/**
 * Whole numbers in Vietnamese words, as amounts and counts are spelled out in documents:
 * 12 "mười hai", 21 "hai mươi mốt", 15 "mười lăm", 105 "một trăm linh năm", 1.000.000 "một triệu".
 * Conventions: "linh" (not "lẻ") for a zero tens digit, "nghìn" (not "ngàn"), "tỷ", "bốn" (not "tư").
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu'];

/** Tens and units of a group: 0 -> [], 5 -> ["năm"], 15 -> ["mười", "lăm"], 21 -> ["hai", "mươi", "mốt"]. */
function tensAndUnits(value: number, afterHundreds: boolean): string[] {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const words: string[] = [];
  if (tens === 0) {
    if (units === 0) return words;
    if (afterHundreds) words.push('linh');
    words.push(DIGITS[units]);
    return words;
  }
  words.push(...(tens === 1 ? ['mười'] : [DIGITS[tens], 'mươi']));
  if (units === 1) words.push(tens >= 2 ? 'mốt' : 'một');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units]);
  return words;
}

/** A group of three digits (1..999); `full` reads "không trăm" when hundreds is zero (groups after the first). */
function group(value: number, full: boolean): string[] {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (hundreds === 0 && !full) return tensAndUnits(rest, false);
  return [DIGITS[hundreds], 'trăm', ...tensAndUnits(rest, true)];
}

/** Below one billion: groups of nghìn and triệu; zero groups are skipped. */
function belowBillion(value: number, leading: boolean): string[] {
  const groups = [value % 1000, Math.floor(value / 1000) % 1000, Math.floor(value / 1_000_000)];
  const words: string[] = [];
  let first = leading;
  for (let scale = 2; scale >= 0; scale--) {
    const part = groups[scale];
    if (part === 0) continue;
    words.push(...group(part, !first));
    if (SCALES[scale]) words.push(SCALES[scale]);
    first = false;
  }
  return words;
}

function words(value: number, leading: boolean): string[] {
  if (value < 1_000_000_000) return belowBillion(value, leading);
  const billions = Math.floor(value / 1_000_000_000);
  const rest = value % 1_000_000_000;
  return [...words(billions, leading), 'tỷ', ...(rest === 0 ? [] : belowBillion(rest, false))];
}

/** A whole number in words, lower case: 1.234.567 -> "một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy". */
export function numberToWords(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`numberToWords takes a safe integer: ${value}`);
  if (value === 0) return DIGITS[0];
  const text = words(Math.abs(value), true).join(' ');
  return value < 0 ? `âm ${text}` : text;
}
