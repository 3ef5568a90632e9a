import { describe, expect, it } from 'vitest';

import { ipcMessages } from '../../electron/main/ipc/messages';
import type { HandlerMap } from '../../electron/main/ipc/types';
import { invokeChannel } from '../../electron/main/ipc/wrapper';
import { CHANNEL_NAMES } from '../../shared/contract';
import { multilineText, optionalText, requiredText } from '../../shared/contract/common';
import { findMalformedString, isWellFormed, storedTextProblem } from '../../shared/text/clean';
import { foldText, normalizeText } from '../../shared/text/fold';

const LONE_HIGH = '\ud800abc';
const LONE_LOW = 'abc\udc00';

describe('well-formed Unicode', () => {
  it('tells lone surrogates from pairs', () => {
    expect(isWellFormed('Đắk Hà 😀')).toBe(true);
    expect(isWellFormed(LONE_HIGH)).toBe(false);
    expect(isWellFormed(LONE_LOW)).toBe(false);
    expect(isWellFormed('\ud800')).toBe(false);
  });

  it('finds the path of the first malformed or NUL string anywhere in an input', () => {
    expect(findMalformedString({ name: 'Xã Đắk Ui', items: [{ note: 'tốt' }] })).toBeNull();
    expect(findMalformedString({ name: 'Xã', items: [{ note: 'a' }, { note: LONE_HIGH }] })).toBe('items.1.note');
    expect(findMalformedString({ nested: { text: 'a\u0000b' } })).toBe('nested.text');
    expect(findMalformedString(LONE_LOW)).toBe('');
    expect(findMalformedString(42)).toBeNull();
  });
});

describe('names and notes', () => {
  it('refuses control characters and bidi overrides in one-line text, allows tabs and line breaks that collapse', () => {
    expect(storedTextProblem('Xã\u0007 Đắk Ui')).toBe('chứa ký tự điều khiển');
    expect(storedTextProblem('Xã \u202eiU kắĐ')).toBe('chứa ký tự đảo chiều văn bản');
    expect(storedTextProblem('Xã\tĐắk\nUi')).toBeNull();
  });

  it('lets notes keep line breaks and tabs but not other controls', () => {
    expect(storedTextProblem('Dòng 1\r\nDòng 2\tcột')).toBeNull();
    expect(storedTextProblem('a\u001bb')).toBe('chứa ký tự điều khiển');
    expect(storedTextProblem('a\u2066b')).toBe('chứa ký tự đảo chiều văn bản');
  });

  it('removes zero-width characters before storing and folding, so equal-looking names are equal', () => {
    expect(normalizeText('Đắk\u200b Hà\ufeff')).toBe('Đắk Hà');
    expect(foldText('Đ\u200dắk Hà')).toBe('dak ha');
  });

  it('text schemas answer a Vietnamese message naming the field and clean what they keep', () => {
    const name = requiredText('Tên đơn vị');
    expect(name.safeParse('Xã\u0000 Đắk').error?.issues[0].message).toBe('Tên đơn vị chứa ký tự điều khiển');
    expect(name.safeParse('Xã \u202eĐắk').error?.issues[0].message).toBe('Tên đơn vị chứa ký tự đảo chiều văn bản');
    expect(name.safeParse(LONE_HIGH).error?.issues[0].message).toBe('Tên đơn vị chứa ký tự lỗi mã hóa');
    expect(name.parse('Xã \u200bĐắk Ui')).toBe('Xã Đắk Ui');
    expect(optionalText('Chức vụ').safeParse('Trưởng\u0085phòng').success).toBe(false);
    expect(multilineText('Ghi chú').parse('Dòng 1\n\u200bDòng 2')).toBe('Dòng 1\nDòng 2');
    expect(multilineText('Ghi chú').safeParse('a\u0000').success).toBe(false);
  });
});

describe('the IPC boundary', () => {
  const handlers = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, () => 'ok'])) as unknown as HandlerMap;
  const options = { handlers, senderAllowed: true, context: { transport: 'test' as const } };

  it('refuses a lone surrogate in any channel before its schema runs, naming the field', async () => {
    const result = await invokeChannel('units.create', { name: LONE_HIGH, kind: 'village', adminType: 'Thôn', parentId: 7 }, options);
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: ipcMessages.invalidInput, fields: [{ path: 'name', message: ipcMessages.malformedText }] },
    });
    const inKey = await invokeChannel('units.list', { [LONE_LOW]: 1 }, options);
    expect(inKey.ok).toBe(false);
  });
});
