import { describe, expect, it } from 'vitest';

import { isoDate, optionalIsoDate } from '../../shared/contract/movement-common';

const required = isoDate('Hạn hoàn thành');
const optional = optionalIsoDate('Ngày hoàn thành');

function messageOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.success ? '' : (result.error?.issues[0]?.message ?? '');
}

describe('the contract date schemas', () => {
  it.each(['2024-02-31', '2023-02-29', '2024-00-10', '2024-13-01', '2024-12-32', '31/02/2024', '00/01/2024'])(
    'refuse the impossible date %s with "Ngày không hợp lệ"',
    (value) => {
      const strict = required.safeParse(value);
      expect(strict.success).toBe(false);
      expect(messageOf(strict)).toBe('Ngày không hợp lệ (Hạn hoàn thành, dd/mm/yyyy)');
      expect(messageOf(optional.safeParse(value))).toBe('Ngày không hợp lệ (Ngày hoàn thành, dd/mm/yyyy)');
    },
  );

  it('refuse what the date field holds for an impossible typed date', () => {
    expect(required.safeParse('invalid-date:31/02/2024').success).toBe(false);
  });

  it('accept real dates, leap days included, as yyyy-MM-dd', () => {
    expect(required.parse('2024-02-29')).toBe('2024-02-29');
    expect(required.parse('29/02/2024')).toBe('2024-02-29');
    expect(optional.parse('2025-12-31')).toBe('2025-12-31');
  });

  it('take an empty optional date as null', () => {
    expect(optional.parse('')).toBeNull();
    expect(optional.parse(null)).toBeNull();
    expect(optional.parse(undefined)).toBeNull();
  });
});
