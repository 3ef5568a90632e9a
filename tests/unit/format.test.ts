import { describe, expect, it } from 'vitest';

import { formatDate, formatDateTime, parseDate, todayIso } from '../../shared/format/date';
import { formatFigure, formatNumber } from '../../shared/format/number';
import { capitalizeFirst, upperVi } from '../../shared/text/case';

describe('formatDate', () => {
  it('shows ISO dates and timestamps as dd/MM/yyyy', () => {
    expect(formatDate('2024-03-05')).toBe('05/03/2024');
    expect(formatDate('2025-12-31T23:10:00.000Z')).toBe('31/12/2025');
  });

  it('gives an empty string for empty or unreadable input', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('05/03/2024')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows local date and time as dd/MM/yyyy HH:mm', () => {
    const local = new Date(2024, 0, 9, 7, 5);
    expect(formatDateTime(local.toISOString())).toBe('09/01/2024 07:05');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('parseDate', () => {
  it('reads dd/MM/yyyy and d/M/yyyy into yyyy-MM-dd', () => {
    expect(parseDate('05/03/2024')).toBe('2024-03-05');
    expect(parseDate('5/3/2024')).toBe('2024-03-05');
    expect(parseDate(' 31/12/2025 ')).toBe('2025-12-31');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses dates that are not on the calendar', () => {
    expect(parseDate('31/02/2024')).toBeNull();
    expect(parseDate('29/02/2023')).toBeNull();
    expect(parseDate('31/04/2024')).toBeNull();
    expect(parseDate('00/01/2024')).toBeNull();
    expect(parseDate('32/01/2024')).toBeNull();
    expect(parseDate('15/13/2024')).toBeNull();
  });

  it('refuses other formats', () => {
    expect(parseDate('2024-03-05')).toBeNull();
    expect(parseDate('05-03-2024')).toBeNull();
    expect(parseDate('05/03/24')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('ngày 05/03/2024')).toBeNull();
  });

  it('round-trips with formatDate', () => {
    expect(formatDate(parseDate('07/08/2025'))).toBe('07/08/2025');
  });
});

describe('todayIso', () => {
  it('uses the local calendar date', () => {
    expect(todayIso(new Date(2025, 6, 1, 23, 59))).toBe('2025-07-01');
  });
});

describe('formatNumber', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-2500)).toBe('-2.500');
  });

  it('writes decimals after a comma, rounded to the count asked', () => {
    expect(formatNumber(15.875, 2)).toBe('15,88');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(7, 2)).toBe('7,00');
  });

  it('rounds to a whole number when no decimals are asked', () => {
    expect(formatNumber(1234.6)).toBe('1.235');
  });

  it('groups whole numbers exactly as the de-DE number format does, up to the largest safe integer and beyond', () => {
    const intl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
    const values = [1, 12, 123, 1234, 12345, 123456, 7654321, 10_047, 100_470, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e21, 3.5e22];
    for (const value of values) {
      expect(formatNumber(value)).toBe(intl.format(value));
      expect(formatNumber(-value)).toBe(intl.format(-value));
    }
    // A value that rounds to zero is 0, not "-0".
    expect(formatNumber(-0.3)).toBe('0');
  });

  it('writes decimals exactly as the de-DE number format does (ties, values as written, negatives, huge and tiny)', () => {
    const intl = (decimals: number) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    const exact = [
      1.005, 2.675, 15.875, 0.5, 0.005, 0.0049, -0.001, -1234.5, 123456789.125, 9_007_199_254_740.99, 1e21, 1e-7, 4.35, 1.45, 8.325,
    ];
    // A fixed sequence (no Math.random): magnitudes from 0,001 to 10.000, with three-decimal ties among them.
    let seed = 12345;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const spread = Array.from({ length: 3000 }, (_, i) => {
      const value = (next() - 0.3) * 10 ** ((i % 8) - 3);
      return i % 2 ? Math.round(value * 1000) / 1000 : value;
    }).filter((value) => !Object.is(value, -0));
    for (const decimals of [1, 2, 3])
      for (const value of [...exact, ...spread]) expect(formatNumber(value, decimals), `${value}`).toBe(intl(decimals).format(value));
    // Intl writes negative zero as "-0,00"; it is zero.
    expect(formatNumber(-0, 2)).toBe('0,00');
  });

  it('gives an empty string for values that are not finite', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('upperVi', () => {
  it('upper-cases Vietnamese into precomposed letters', () => {
    expect(upperVi('đắk hà')).toBe('ĐẮK HÀ');
    expect(upperVi('ủy ban nhân dân tỉnh kon tum')).toBe('ỦY BAN NHÂN DÂN TỈNH KON TUM');
  });

  it('gives NFC output for NFD input', () => {
    const result = upperVi('hội đồng thi đua - khen thưởng'.normalize('NFD'));
    expect(result).toBe('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(result).toBe(result.normalize('NFC'));
  });

  it('capitalizeFirst upper-cases only the first letter', () => {
    expect(capitalizeFirst('đắk hà')).toBe('Đắk hà');
    expect(capitalizeFirst('')).toBe('');
  });
});

describe('formatFigure', () => {
  it('shows whole numbers grouped and decimals with a comma, at most two, without trailing zeros', () => {
    expect(formatFigure(35)).toBe('35');
    expect(formatFigure(1234567)).toBe('1.234.567');
    expect(formatFigure(15.8824)).toBe('15,88');
    expect(formatFigure(12.5)).toBe('12,5');
    expect(formatFigure(1230.001)).toBe('1.230');
    expect(formatFigure(Number.NaN)).toBe('');
  });
});
