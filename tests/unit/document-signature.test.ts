import { describe, expect, it } from 'vitest';

import { annexLabel } from '../../electron/main/pdf/layout/annex';
import { breakableAtSeparators } from '../../electron/main/pdf/layout/blocks';
import { settingsUpdateSchema, signatureBlockSchema } from '../../shared/contract/settings';
import { DEFAULT_SIGNATURES, defaultSignatureFor } from '../../shared/domain/signature';

describe('default signature blocks', () => {
  it('the council signs TM. in full as its Chủ tịch; a Ban is headed by its Trưởng ban', () => {
    expect(defaultSignatureFor('HĐTĐKT', DEFAULT_SIGNATURES, 'Hội đồng Thi đua - Khen thưởng')).toEqual({
      prefix: 'TM.',
      authority: 'Hội đồng Thi đua - Khen thưởng',
      position: 'Chủ tịch',
      signer: '',
    });
    expect(defaultSignatureFor('BTĐKT', DEFAULT_SIGNATURES, 'Ban Thi đua - Khen thưởng')).toMatchObject({
      prefix: '',
      position: 'Trưởng ban',
    });
  });

  it('an issuer without a default gets one read from the issuing body', () => {
    expect(defaultSignatureFor('SNV', [], 'Ban Thi đua - Khen thưởng tỉnh Kon Tum')).toMatchObject({ prefix: '', position: 'Trưởng ban' });
    expect(defaultSignatureFor('HĐTĐKT-T', [], 'Hội đồng Thi đua - Khen thưởng tỉnh')).toMatchObject({
      prefix: 'TM.',
      authority: 'Hội đồng Thi đua - Khen thưởng tỉnh',
    });
  });
});

describe('the signature block schema', () => {
  it('accepts KT. Chủ tịch / Phó Chủ tịch and Q. Chủ tịch without a position, in NFC', () => {
    expect(
      signatureBlockSchema.parse({
        prefix: 'KT.',
        authority: 'Chủ tịch',
        position: 'Phó Chủ tịch',
        signer: 'Trần Thị Mỹ Dung'.normalize('NFD'),
      }),
    ).toEqual({
      prefix: 'KT.',
      authority: 'Chủ tịch',
      position: 'Phó Chủ tịch',
      signer: 'Trần Thị Mỹ Dung',
    });
    expect(signatureBlockSchema.safeParse({ prefix: 'Q.', authority: 'Chủ tịch', position: '', signer: '' }).success).toBe(true);
  });

  it('refuses an unknown prefix, a prefix without its authority, and no prefix without a position', () => {
    const messages = (input: unknown) =>
      signatureBlockSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages({ prefix: 'TT.', authority: 'Chủ tịch', position: '', signer: '' })).toEqual([
      ['prefix', 'Hình thức ký chỉ là TM., KT., TL., TUQ., Q. hoặc để trống'],
    ]);
    expect(messages({ prefix: 'TL.', authority: ' ', position: 'Chánh Văn phòng', signer: '' })).toEqual([
      ['authority', 'Ký "TL." cần ghi cơ quan hoặc chức danh được ký thay'],
    ]);
    expect(messages({ prefix: '', authority: '', position: '', signer: '' })).toEqual([['position', 'Chưa ghi chức vụ người ký']]);
  });

  it('refuses two defaults for one issuer in settings', () => {
    const block = { prefix: '', authority: '', position: 'Trưởng ban', signer: '' };
    const result = settingsUpdateSchema.safeParse({
      version: 1,
      signatureDefaults: [
        { issuer: 'BTĐKT', ...block },
        { issuer: 'BTĐKT', ...block },
      ],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['signatureDefaults.1.issuer', 'Cơ quan "BTĐKT" đã có chữ ký mặc định'],
    ]);
  });
});

describe('layout helpers', () => {
  it('labels annexes "Phụ lục" alone, "Phụ lục I", "Phụ lục II" when several', () => {
    expect(annexLabel(0, 1)).toBe('Phụ lục');
    expect([0, 1, 3].map((index) => annexLabel(index, 4))).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục IV']);
  });

  it('lets codes and phone numbers break after their separators only', () => {
    expect(breakableAtSeparators('0260.3862.123')).toBe('0260.\u200b3862.\u200b123');
    expect(breakableAtSeparators('Số 12/KH-HĐTĐKT, ĐT 0913-123-456')).toBe('Số 12/\u200bKH-\u200bHĐTĐKT, ĐT 0913-\u200b123-\u200b456');
    expect(breakableAtSeparators('Thi đua - Khen thưởng')).toBe('Thi đua - Khen thưởng');
  });
});
