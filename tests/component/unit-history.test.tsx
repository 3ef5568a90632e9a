import type { AuditEntry } from '@shared/domain/audit';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { UnitHistory } from '../../renderer/src/features/units/UnitHistory';
import { renderInApp } from '../support/render';

// Local times, so the expected dd/MM/yyyy HH:mm does not depend on the machine's time zone.
const created = new Date(2026, 2, 5, 9, 7).toISOString();
const edited = new Date(2026, 10, 28, 15, 42).toISOString();
const archived = new Date(2026, 11, 1, 8, 0).toISOString();

const base = {
  id: 78,
  code: '23500',
  name: 'Thị trấn Đắk Hà',
  kind: 'commune',
  adminType: 'Thị trấn',
  parentId: 8,
  ethnicMinorityArea: false,
  headName: '',
  phone: '',
  email: '',
  address: '',
  notes: '',
  archived: false,
  version: 1,
};

const entries: AuditEntry[] = [
  {
    id: 3,
    entity: 'unit',
    entityId: 78,
    action: 'archive',
    before: { ...base, phone: '0260 3821 234', headName: 'Trần Văn Nam', ethnicMinorityArea: true, parentId: 9, version: 2 },
    after: { ...base, phone: '0260 3821 234', headName: 'Trần Văn Nam', ethnicMinorityArea: true, parentId: 9, archived: true, version: 3 },
    operator: 'Lê Văn Bình',
    at: archived,
  },
  {
    id: 2,
    entity: 'unit',
    entityId: 78,
    action: 'update',
    before: base,
    after: { ...base, phone: '0260 3821 234', headName: 'Trần Văn Nam', ethnicMinorityArea: true, parentId: 9, version: 2 },
    operator: 'Nguyễn Thị Hoa',
    at: edited,
  },
  { id: 1, entity: 'unit', entityId: 78, action: 'create', before: null, after: base, operator: 'Nguyễn Thị Hoa', at: created },
];

const names = new Map([
  [8, 'Huyện Đắk Hà'],
  [9, 'Huyện Đắk Tô'],
]);

describe('unit history', () => {
  it('shows each change with its time, operator, Vietnamese action and old -> new values', () => {
    renderInApp(<UnitHistory entries={entries} unitName={(id) => names.get(id)} />);
    const rows = within(screen.getByRole('table', { name: 'Lịch sử thay đổi' })).getAllByRole('row');
    expect(rows).toHaveLength(4);

    const [, archive, update, create] = rows;
    expect(archive).toHaveTextContent('01/12/2026 08:00');
    expect(archive).toHaveTextContent('Lê Văn Bình');
    expect(archive).toHaveTextContent('Lưu trữ');
    // The archived flag itself is told by the action, not listed as a field.
    expect(archive).not.toHaveTextContent('→');

    expect(update).toHaveTextContent('28/11/2026 15:42');
    expect(update).toHaveTextContent('Nguyễn Thị Hoa');
    expect(update).toHaveTextContent('Sửa');
    const changes = within(update)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(changes).toEqual([
      'Đơn vị cấp trên: Huyện Đắk Hà → Huyện Đắk Tô',
      'Thuộc vùng đồng bào dân tộc thiểu số: Không → Có',
      'Thủ trưởng đơn vị: (trống) → Trần Văn Nam',
      'Điện thoại: (trống) → 0260 3821 234',
    ]);

    expect(create).toHaveTextContent('05/03/2026 09:07');
    expect(create).toHaveTextContent('Tạo mới');
    expect(within(create).getByText('Cấp xã')).toBeInTheDocument();
    expect(create).toHaveTextContent('Đơn vị cấp trên: Huyện Đắk Hà');
  });

  it('says so when there is no history, and shows a read error', () => {
    const { unmount } = renderInApp(<UnitHistory entries={[]} />);
    expect(screen.getByText('Chưa có thay đổi nào.')).toBeInTheDocument();
    unmount();
    renderInApp(<UnitHistory entries={undefined} error="Không đọc được cơ sở dữ liệu." />);
    expect(screen.getByText('Không đọc được lịch sử thay đổi')).toBeInTheDocument();
    expect(screen.getByText('Không đọc được cơ sở dữ liệu.')).toBeInTheDocument();
  });

  it('names a parent it cannot resolve by its record number', () => {
    renderInApp(<UnitHistory entries={[entries[1]]} />);
    expect(screen.getByText(/đơn vị #8/)).toBeInTheDocument();
  });
});

describe('unit history with the records kept per unit', () => {
  const at = new Date(2026, 4, 2, 10, 30).toISOString();
  const decision = { number: '12/QĐ-UBND', date: '2025-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' };
  const recognition = { id: 5, unitId: 78, year: 2025, level: 'ntm', decision, note: '', version: 1 };
  const ref = (id: number, name: string) => ({ id, code: null, name, kind: 'commune', validFrom: null, validTo: null });
  const link = {
    id: 4,
    predecessor: ref(78, 'Thị trấn Đắk Hà'),
    successor: ref(80, 'Xã Hà Mòn'),
    relation: 'merged_into',
    effectiveDate: '2025-07-01',
    decision: { number: '1/NQ-HĐND', date: null, issuer: '' },
    note: '',
  };
  const related: AuditEntry[] = [
    { id: 14, entity: 'unit-successor', entityId: 4, action: 'archive', before: link, after: null, operator: 'Lê Văn Bình', at },
    { id: 13, entity: 'unit-successor', entityId: 4, action: 'create', before: null, after: link, operator: 'Lê Văn Bình', at },
    { id: 12, entity: 'recognition', entityId: 5, action: 'delete', before: recognition, after: null, operator: 'Lê Văn Bình', at },
    {
      id: 11,
      entity: 'recognition',
      entityId: 5,
      action: 'update',
      before: recognition,
      after: { ...recognition, level: 'ntm-advanced', decision: { ...decision, number: '15/QĐ-UBND' }, version: 2 },
      operator: 'Nguyễn Thị Hoa',
      at,
    },
    {
      id: 10,
      entity: 'unit-criteria',
      entityId: 78,
      action: 'update',
      before: { unitId: 78, year: 2024, setId: 1, criteriaMet: [1, 2], notes: [], count: 2, version: 1 },
      after: { unitId: 78, year: 2024, setId: 1, criteriaMet: [1, 2, 5], notes: [], count: 3, version: 2 },
      operator: 'Nguyễn Thị Hoa',
      at,
    },
  ];

  it('heads each entry with what it is about and lists its changes in words', () => {
    renderInApp(<UnitHistory entries={related} />);
    const [, unlinked, linked, removed, edited, criteria] = within(screen.getByRole('table', { name: 'Lịch sử thay đổi' })).getAllByRole(
      'row',
    );
    // A removed link says "Xóa" (it is audited as archived) and lists no blanked fields.
    expect(unlinked).toHaveTextContent('Xóa');
    expect(unlinked).toHaveTextContent('Liên kết: Thị trấn Đắk Hà sáp nhập vào Xã Hà Mòn');
    expect(unlinked).not.toHaveTextContent('→');
    expect(linked).toHaveTextContent('Tạo mới');
    expect(
      within(linked)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ngày hiệu lực: 01/07/2025', 'Số quyết định: 1/NQ-HĐND']);
    expect(removed).toHaveTextContent('Xóa');
    expect(removed).toHaveTextContent('Quyết định công nhận năm 2025');
    expect(edited).toHaveTextContent('Quyết định công nhận năm 2025');
    expect(
      within(edited)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Mức công nhận: Đạt chuẩn nông thôn mới → Đạt chuẩn nông thôn mới nâng cao', 'Số quyết định: 12/QĐ-UBND → 15/QĐ-UBND']);
    expect(criteria).toHaveTextContent('Tiêu chí nông thôn mới năm 2024');
    expect(
      within(criteria)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Số tiêu chí đạt: 2 → 3', 'Tiêu chí đạt: 1, 2 → 1, 2, 5']);
  });
});
