import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadFontSet } from '../../electron/main/pdf/fonts';
import { inlines } from '../../electron/main/pdf/layout/blocks';
import { splitToFit } from '../../electron/main/pdf/layout/context';
import { resourcesDir } from '../support/temp-dir';

const fonts = loadFontSet(path.join(resourcesDir, 'fonts'));
const bold12 = (value: string) => fonts.metrics.bold.widthOf(value, 12);

describe('font metrics read from the shipped Tinos files', () => {
  it('match Times New Roman widths (metric-compatible) for Vietnamese capitals', () => {
    // Times New Roman Bold: A = 722 units, space = 250 units of 1000.
    expect(fonts.metrics.bold.widthOf('A', 1000)).toBeCloseTo(722, 0);
    expect(fonts.metrics.normal.widthOf(' ', 1000)).toBeCloseTo(250, 0);
    // Precomposed or decomposed, a Vietnamese letter measures the same.
    expect(bold12('ĐẮK'.normalize('NFD'))).toBeCloseTo(bold12('ĐẮK'), 6);
  });
});

describe('breaking a long name in capitals', () => {
  it('keeps a name that fits on one line', () => {
    expect(splitToFit('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 240, bold12)).toEqual(['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']);
  });

  it('breaks before the place rather than inside "KHEN THƯỞNG"', () => {
    expect(splitToFit('BAN THI ĐUA - KHEN THƯỞNG TỈNH KON TUM', 209, bold12)).toEqual(['BAN THI ĐUA - KHEN THƯỞNG', 'TỈNH KON TUM']);
  });

  it('breaks after a dash when there is no place', () => {
    expect(splitToFit('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 180, bold12)).toEqual(['HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG']);
  });
});

describe('text runs of justified paragraphs', () => {
  it('keeps numbers with slashes and hyphens whole, and leaves spaced dashes breakable', () => {
    expect(inlines('theo Kế hoạch số 12/KH-HĐTĐKT ngày 05/12/2026, Thi đua - Khen thưởng')).toEqual([
      { text: 'theo Kế hoạch số ' },
      { text: '12/KH-HĐTĐKT ', noWrap: true },
      { text: 'ngày ' },
      { text: '05/12/2026, ', noWrap: true },
      { text: 'Thi đua - Khen thưởng' },
    ]);
  });

  it('keeps bold and italic runs, in NFC', () => {
    expect(inlines([{ text: 'Xã Đắk Rơ Wa'.normalize('NFD'), bold: true }])).toEqual([{ text: 'Xã Đắk Rơ Wa', bold: true }]);
  });
});
