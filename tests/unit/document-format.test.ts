import { describe, expect, it } from 'vitest';

import { dateLine, dateWords, documentDay, documentMonth, draftDateLine, isoDateParts } from '../../shared/format/document-date';
import { documentNumber, documentSymbol, formatDocumentNumber, numberLine } from '../../shared/format/document-number';
import { formatNumber } from '../../shared/format/number';
import { numberToWords } from '../../shared/format/number-words';
import { romanNumeral } from '../../shared/format/roman';
import { upperVi } from '../../shared/text/case';

describe('dates as documents write them', () => {
  it('gives days under 10 a leading zero', () => {
    expect(dateLine('Kon Tum', '2026-12-05')).toBe('Kon Tum, ngày 05 tháng 12 năm 2026');
    expect(dateWords('2026-12-10')).toBe('ngày 10 tháng 12 năm 2026');
  });

  it('gives months 1 and 2 a leading zero and months 3 to 12 none (the decree)', () => {
    expect(dateWords('2026-01-15')).toBe('ngày 15 tháng 01 năm 2026');
    expect(dateWords('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(dateWords('2022-06-28')).toBe('ngày 28 tháng 6 năm 2022');
    expect(dateWords('2026-03-03')).toBe('ngày 03 tháng 3 năm 2026');
    expect([1, 2, 3, 9, 10, 12].map(documentMonth)).toEqual(['01', '02', '3', '9', '10', '12']);
    expect([1, 9, 10, 31].map(documentDay)).toEqual(['01', '09', '10', '31']);
  });

  it('keeps the place as typed, in NFC', () => {
    expect(dateLine('Đắk Hà'.normalize('NFD'), '2026-12-05')).toBe('Đắk Hà, ngày 05 tháng 12 năm 2026'.normalize('NFC'));
  });

  it('leaves day and month blank on a draft', () => {
    expect(draftDateLine('Kon Tum', 2026)).toBe('Kon Tum, ngày      tháng      năm 2026');
  });

  it('refuses what is not a calendar date', () => {
    expect(isoDateParts('2026-02-29')).toBeNull();
    expect(isoDateParts('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(isoDateParts('05/12/2026')).toBeNull();
    expect(() => dateWords('2026-13-01')).toThrow(RangeError);
  });
});

describe('document numbers and symbols', () => {
  it('writes numbers under 10 with a leading zero', () => {
    expect(documentNumber(5, 'BC', 'HĐTĐKT')).toBe('05/BC-HĐTĐKT');
    expect(documentNumber(12, 'TTr', 'HĐTĐKT')).toBe('12/TTr-HĐTĐKT');
    expect(formatDocumentNumber(123)).toBe('123');
  });

  it('has no type abbreviation for a công văn', () => {
    expect(documentSymbol('', 'SNV-TĐKT')).toBe('SNV-TĐKT');
    expect(documentNumber(123, '', 'SNV')).toBe('123/SNV');
  });

  it('prints "Số:" with the number, or a blank on a draft', () => {
    expect(numberLine(5, 'BC', 'HĐTĐKT')).toBe('Số: 05/BC-HĐTĐKT');
    expect(numberLine(null, 'BC', 'HĐTĐKT')).toBe('Số:      /BC-HĐTĐKT');
  });

  it('refuses a number that is not a positive whole number', () => {
    expect(() => formatDocumentNumber(0)).toThrow(RangeError);
    expect(() => formatDocumentNumber(1.5)).toThrow(RangeError);
  });
});

describe('numbers in words', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [12, 'mười hai'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [100, 'một trăm'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1050, 'một nghìn không trăm năm mươi'],
    [10_000, 'mười nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_001, 'một triệu không trăm linh một'],
    [1_234_567, 'một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy'],
    [1_000_000_000, 'một tỷ'],
    [2_500_000_000, 'hai tỷ năm trăm triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [-21, 'âm hai mươi mốt'],
  ])('%d -> %s', (value, words) => {
    expect(numberToWords(value)).toBe(words);
  });

  it('refuses fractions and unsafe integers', () => {
    expect(() => numberToWords(1.5)).toThrow(RangeError);
    expect(() => numberToWords(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});

describe('amounts, Roman numerals and capitals', () => {
  it('formats amounts with dot thousands and comma decimals', () => {
    expect(formatNumber(1_234_567)).toBe('1.234.567');
    expect(formatNumber(15.875, 2)).toBe('15,88');
  });

  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 10, 11, 14, 40].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'X', 'XI', 'XIV', 'XL']);
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });

  it('upper-cases Vietnamese with precomposed capitals', () => {
    expect(upperVi('Danh sách đơn vị')).toBe('DANH SÁCH ĐƠN VỊ');
    expect(upperVi("huyện ia h' drai")).toBe("HUYỆN IA H' DRAI");
  });
});
