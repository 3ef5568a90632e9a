import { z } from 'zod';

/** The most rows one page of a list may ask for: a screen never receives a whole national table. */
export const LIST_PAGE_MAX = 200;

/** The page fields every paged list takes: which page (from 1) and how many rows on it. */
export const pageFields = {
  page: z
    .number({ error: 'Số trang phải là số' })
    .int('Số trang phải là số nguyên')
    .min(1, 'Số trang bắt đầu từ 1')
    .max(1_000_000, 'Số trang quá lớn')
    .default(1),
  pageSize: z
    .number({ error: 'Số dòng mỗi trang phải là số' })
    .int('Số dòng mỗi trang phải là số nguyên')
    .min(1, 'Mỗi trang có ít nhất 1 dòng')
    .max(LIST_PAGE_MAX, `Mỗi trang có tối đa ${LIST_PAGE_MAX} dòng`)
    .default(50),
};

/** A text search typed in a list's search box; matched without case or diacritics (đ = d). */
export const listQuerySchema = z
  .string({ error: 'Từ khóa tìm kiếm phải là chuỗi ký tự' })
  .max(200, 'Từ khóa tìm kiếm dài quá 200 ký tự')
  .optional();

export const directionSchema = z.enum(['asc', 'desc'], { error: 'Chiều sắp xếp không hợp lệ' }).optional();

/** One page of a list and how many rows its filters match in all. */
export interface ListPage<T> {
  rows: T[];
  total: number;
}

/** The first row's offset of a page. */
export function pageOffset(input: { page: number; pageSize: number }): number {
  return (input.page - 1) * input.pageSize;
}
