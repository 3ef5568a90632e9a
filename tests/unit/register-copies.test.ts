import { describe, expect, it } from 'vitest';

import { copiesFor } from '../../electron/main/services/documents/documents-service';

describe('số bản of a register entry', () => {
  it('one copy per recipient and one per place that keeps a file', () => {
    expect(copiesFor([])).toBe(0);
    expect(copiesFor(['Như trên', 'Lưu: VT'])).toBe(2);
    expect(copiesFor(['Ủy ban nhân dân tỉnh Kon Tum (b/c)', 'UBND các huyện, thành phố', 'Lưu: VT, TĐKT'])).toBe(4);
    expect(copiesFor(['Lưu : VT; TĐKT; KT'])).toBe(3);
    expect(copiesFor(['Lưu:'])).toBe(1);
  });
});
