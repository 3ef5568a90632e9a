import { describe, expect, it } from 'vitest';

import { contract } from '../../shared/contract';

// Through a channel's schema, not the file the date schemas live in: they are shared by every channel.
const milestone = {
  movementId: 1,
  ordinal: 5,
  title: 'Kiểm tra giữa kỳ',
  kind: 'other',
  dueDate: '2024-03-15',
  responsible: '',
  requiresSubmission: true,
  completedDate: null,
  note: '',
};

function issueAt(input: Record<string, unknown>, field: string): string | undefined {
  const result = contract['milestones.create'].input.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((issue) => issue.path.join('.') === field)?.message;
}

describe('the contract date schemas', () => {
  it.each(['2024-02-31', '2023-02-29', '2024-00-10', '2024-13-01', '2024-12-32', '31/02/2024', '00/01/2024'])(
    'refuse the impossible date %s with "Ngày không hợp lệ", required or optional',
    (value) => {
      expect(issueAt({ ...milestone, dueDate: value }, 'dueDate')).toBe('Ngày không hợp lệ (Hạn hoàn thành, dd/mm/yyyy)');
      expect(issueAt({ ...milestone, completedDate: value }, 'completedDate')).toBe('Ngày không hợp lệ (Ngày hoàn thành, dd/mm/yyyy)');
    },
  );

  it.each([
    ['1900-01-01', '01/01/1900'],
    ['3000-01-01', '01/01/3000'],
    ['31/12/1989', '31/12/1989'],
  ])('refuse a real but implausible date %s, naming the range', (value) => {
    expect(issueAt({ ...milestone, dueDate: value }, 'dueDate')).toBe('Hạn hoàn thành phải trong khoảng 01/01/1990 – 31/12/2100');
    expect(issueAt({ ...milestone, completedDate: value }, 'completedDate')).toBe(
      'Ngày hoàn thành phải trong khoảng 01/01/1990 – 31/12/2100',
    );
  });

  it('accept the first and last day of the range', () => {
    expect(contract['milestones.create'].input.parse({ ...milestone, dueDate: '01/01/1990', completedDate: '2100-12-31' })).toMatchObject({
      dueDate: '1990-01-01',
      completedDate: '2100-12-31',
    });
  });

  it('refuse what the date field holds for an impossible typed date', () => {
    expect(issueAt({ ...milestone, dueDate: 'invalid-date:31/02/2024' }, 'dueDate')).toMatch(/^Ngày không hợp lệ/);
  });

  it('accept real dates, leap days included, as yyyy-MM-dd, and an empty optional date as null', () => {
    const parsed = contract['milestones.create'].input.parse({ ...milestone, dueDate: '29/02/2024', completedDate: '' });
    expect(parsed).toMatchObject({ dueDate: '2024-02-29', completedDate: null });
    expect(contract['milestones.create'].input.parse({ ...milestone, dueDate: '2028-02-29' })).toMatchObject({ dueDate: '2028-02-29' });
  });
});
