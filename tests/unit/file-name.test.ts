import { describe, expect, it } from 'vitest';

import { safeFileName } from '../../shared/format/file-name';

describe('safeFileName', () => {
  it('keeps the Vietnamese title and turns the number and symbol into a name Windows accepts', () => {
    expect(safeFileName(['01/DS-HĐTĐKT', 'Danh sách đơn vị'], 'pdf')).toBe('01-DS-HĐTĐKT Danh sách đơn vị.pdf');
  });

  it('replaces every character Windows forbids, and control characters', () => {
    expect(safeFileName(['Báo cáo: "kết quả" 6/2024 <tỉnh> | huyện? *x*\\y\u0007'], 'pdf')).toBe(
      'Báo cáo- -kết quả- 6-2024 -tỉnh- - huyện- -x-y-.pdf',
    );
  });

  it('stores composed letters (NFC) and collapses spaces', () => {
    const decomposed = 'Tie\u0302u chi\u0301   NTM'.normalize('NFD');
    expect(safeFileName([decomposed], 'xlsx')).toBe('Tiêu chí NTM.xlsx');
  });

  it('skips empty parts, drops trailing dots and spaces, and does not double the extension', () => {
    expect(safeFileName([undefined, '', 'Kế hoạch...  '], 'pdf')).toBe('Kế hoạch.pdf');
    expect(safeFileName(['Danh sách.PDF'], '.pdf')).toBe('Danh sách.pdf');
  });

  it('falls back when nothing usable is left or the name is a device name', () => {
    expect(safeFileName(['  ', null], 'pdf')).toBe('van-ban.pdf');
    expect(safeFileName(['CON'], 'pdf')).toBe('van-ban.pdf');
    expect(safeFileName(['...'], 'xlsx', 'tieu-chi')).toBe('tieu-chi.xlsx');
  });

  it('keeps names to 120 characters before the extension', () => {
    const name = safeFileName(['Quyết định '.repeat(30)], 'pdf');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
