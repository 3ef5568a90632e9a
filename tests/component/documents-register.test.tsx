import type { AuditEntry } from '@shared/domain/audit';
import type { DocumentEntry } from '@shared/domain/documents';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { DocumentsPage } from '../../renderer/src/features/documents';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const report: DocumentEntry = {
  id: 4,
  issuer: 'HĐTĐKT',
  year: 2026,
  number: 4,
  typeAbbreviation: 'BC',
  symbol: 'BC-HĐTĐKT',
  numberSymbol: '04/BC-HĐTĐKT',
  date: '2026-12-05',
  title: 'Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2024',
  template: 'movement-report',
  params: { movementId: 1, year: 2024 },
  entity: 'movement',
  entityId: 1,
  signer: 'Nguyễn Văn Bình',
  recipients: [
    'Ủy ban nhân dân tỉnh Kon Tum (b/c)',
    'Các thành viên Hội đồng Thi đua - Khen thưởng',
    'UBND các huyện, thành phố',
    'Lưu: VT, TĐKT',
  ],
  copies: 5,
  signature: null,
  sha256: 'a'.repeat(64),
  filePath: `documents/${'a'.repeat(64)}.pdf`,
  pages: 3,
  status: 'cancelled',
  cancelReason: 'Sai số liệu huyện Đắk Hà',
  cancelledAt: '2026-12-06T01:00:00.000Z',
  version: 2,
  createdAt: '2026-12-05T01:00:00.000Z',
  updatedAt: '2026-12-06T01:00:00.000Z',
};

const older: DocumentEntry = { ...report, id: 1, number: 1, numberSymbol: '01/BC-HĐTĐKT', recipients: [], copies: 0, status: 'issued' };

const history: AuditEntry[] = [
  {
    id: 9,
    entity: 'document',
    entityId: 4,
    action: 'update',
    before: { status: 'issued', cancelReason: '' },
    after: { status: 'cancelled', cancelReason: 'Sai số liệu huyện Đắk Hà' },
    operator: 'Nguyễn Thị Hoa',
    at: '2026-12-06T01:00:00.000Z',
  },
];

describe('the register', () => {
  it('shows recipients and copies, "—" for documents issued before they were kept, and each document\'s history', async () => {
    const calls = fakeBackend({
      'documents.list': () => ({ rows: [report, older], total: 2, years: [2026], types: [] }),
      'audit.forEntity': () => history,
    });
    const user = userEvent.setup();
    renderInApp(<DocumentsPage />);
    const table = await screen.findByRole('table', { name: 'Sổ văn bản đi' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Nơi nhận', 'Số bản']));
    const row = await within(table).findByRole('row', { name: /04\/BC-HĐTĐKT/ });
    expect(row).toHaveTextContent('Ủy ban nhân dân tỉnh Kon Tum (b/c)');
    expect(row).toHaveTextContent('và 1 nơi khác');
    const cells = within(row).getAllByRole('cell');
    expect(cells[headers.indexOf('Số bản')]).toHaveTextContent(/^5$/);
    const old = within(table).getByRole('row', { name: /01\/BC-HĐTĐKT/ });
    expect(within(old).getAllByRole('cell')[headers.indexOf('Số bản')]).toHaveTextContent('—');

    await user.click(within(row).getByRole('button', { name: 'Lịch sử thay đổi 04/BC-HĐTĐKT' }));
    const dialog = await screen.findByRole('dialog', { name: /Lịch sử thay đổi: 04\/BC-HĐTĐKT/ });
    await waitFor(() => expect(within(dialog).getByRole('table', { name: 'Lịch sử thay đổi' })).toHaveTextContent('Nguyễn Thị Hoa'));
    expect(dialog).toHaveTextContent('Trạng thái: Đã ban hành → Đã hủy');
    expect(dialog).toHaveTextContent('Lý do hủy: (trống) → Sai số liệu huyện Đắk Hà');
    expect(calls.find((c) => c.channel === 'audit.forEntity')?.input).toEqual({ entity: 'document', entityId: 4 });
  });
});
