import { z } from 'zod';

import { formatNumber } from '../format/number';

/**
 * Vietnamese wording for zod's built-in checks. Schemas in the contract give their own messages
 * where a user will meet them; this covers the rest (a wrong type, a bound without a message, an
 * unknown option), so no English "Invalid input: expected number" ever reaches the screen.
 * A schema's own `error` always wins over these.
 */
const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'có hoặc không',
  object: 'một nhóm thông tin',
  array: 'danh sách',
  date: 'ngày hợp lệ',
};

function bound(value: number | bigint): string {
  return typeof value === 'bigint' ? value.toString() : formatNumber(value, Number.isInteger(value) ? 0 : 2);
}

export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Chưa có giá trị';
      return `Phải là ${TYPE_NAMES[issue.expected] ?? 'giá trị đúng kiểu'}`;
    case 'too_small': {
      const min = bound(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Không được để trống' : `Phải có ít nhất ${min} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Phải có ít nhất ${min} mục`;
      return issue.inclusive === false ? `Phải lớn hơn ${min}` : `Tối thiểu là ${min}`;
    }
    case 'too_big': {
      const max = bound(issue.maximum);
      if (issue.origin === 'string') return `Dài quá ${max} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Nhiều nhất ${max} mục`;
      return issue.inclusive === false ? `Phải nhỏ hơn ${max}` : `Tối đa là ${max}`;
    }
    case 'invalid_format':
      return issue.format === 'email' ? 'Thư điện tử không đúng định dạng' : 'Không đúng định dạng';
    case 'not_multiple_of':
      return `Phải là bội số của ${bound(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép';
    default:
      return 'Giá trị không hợp lệ';
  }
};

z.config({ localeError: vietnameseErrorMap });
