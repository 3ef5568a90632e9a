import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Importing any contract helper installs the Vietnamese wording.
import { idSchema } from '../../shared/contract/common';
import { looksVietnamese } from '../support/vietnamese';

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message);

describe("Vietnamese wording of zod's own checks", () => {
  it('words wrong types, missing values and bounds in Vietnamese, numbers written 1.000', () => {
    expect(messageOf(z.number(), 'x')).toEqual(['Phải là số']);
    expect(messageOf(z.boolean(), 'x')).toEqual(['Phải là có hoặc không']);
    expect(messageOf(z.string(), undefined)).toEqual(['Chưa có giá trị']);
    expect(messageOf(z.string().min(3), 'ab')).toEqual(['Phải có ít nhất 3 ký tự']);
    expect(messageOf(z.string().min(1), '')).toEqual(['Không được để trống']);
    expect(messageOf(z.string().max(5), 'abcdef')).toEqual(['Dài quá 5 ký tự']);
    expect(messageOf(z.number().max(1000), 5000)).toEqual(['Tối đa là 1.000']);
    expect(messageOf(z.number().positive(), 0)).toEqual(['Phải lớn hơn 0']);
    expect(messageOf(z.number().int(), 1.5)).toEqual(['Phải là số nguyên']);
    expect(messageOf(z.array(z.string()).min(1), [])).toEqual(['Phải có ít nhất 1 mục']);
    expect(messageOf(z.enum(['a', 'b']), 'c')).toEqual(['Giá trị không nằm trong danh sách cho phép']);
    expect(messageOf(z.email(), 'x')).toEqual(['Thư điện tử không đúng định dạng']);
    expect(messageOf(z.object({}).strict(), { extra: 1 })).toEqual(['Trường không được phép: extra']);
  });

  it('every message it gives reads as Vietnamese', () => {
    const samples: [z.ZodType, unknown][] = [
      [z.object({ a: z.string() }), 'x'],
      [z.date(), 'x'],
      [z.number().multipleOf(5), 7],
      [z.union([z.number(), z.boolean()]), 'x'],
      [z.literal('a'), 'b'],
    ];
    for (const [schema, value] of samples)
      for (const message of messageOf(schema, value) ?? []) expect(looksVietnamese(message), message).toBe(true);
  });

  it("leaves a schema's own message in place", () => {
    expect(messageOf(idSchema, 'x')).toEqual(['Mã bản ghi phải là số']);
    expect(messageOf(z.string().min(2, 'Tên quá ngắn'), 'a')).toEqual(['Tên quá ngắn']);
  });
});
