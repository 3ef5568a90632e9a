import { Button } from '@mantine/core';
import type { DocumentEntry } from '@shared/domain/documents';
import { AppError } from '@shared/errors';
import { todayIso } from '@shared/format/date';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { DocumentsPage, usePrintDocument } from '../../renderer/src/features/documents';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { konTumSettings } from '../support/settings-fixture';

// jsdom has no blob: URLs; the preview only needs a URL string for its iframe.
const created: string[] = [];
const revoked: string[] = [];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
beforeAll(() => {
  URL.createObjectURL = () => {
    const url = `blob:test/${created.length + 1}`;
    created.push(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});
afterAll(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});
afterEach(resetBackend);

const PDF = btoa('%PDF-1.3 draft');
const STORED = btoa('%PDF-1.3 stored');

function entry(extra: Partial<DocumentEntry> = {}): DocumentEntry {
  return {
    id: 1,
    issuer: 'HĐTĐKT',
    year: 2026,
    number: 1,
    typeAbbreviation: 'DS',
    symbol: 'DS-HĐTĐKT',
    numberSymbol: '01/DS-HĐTĐKT',
    date: '2026-12-05',
    title: 'Danh sách đơn vị tỉnh Kon Tum',
    template: 'unit-directory',
    params: {},
    entity: null,
    entityId: null,
    signer: 'Nguyễn Văn Bình',
    recipients: ['Như trên', 'Lưu: VT, TĐKT'],
    copies: 3,
    signature: null,
    sha256: 'a'.repeat(64),
    filePath: `documents/${'a'.repeat(64)}.pdf`,
    pages: 6,
    status: 'issued',
    cancelReason: '',
    cancelledAt: null,
    version: 1,
    createdAt: '2026-12-05T01:00:00.000Z',
    updatedAt: '2026-12-05T01:00:00.000Z',
    ...extra,
  };
}

const SETTINGS = konTumSettings({ version: 1, updatedAt: '2026-12-01T00:00:00.000Z' });

function PrintButton() {
  const print = usePrintDocument('unit-directory', { kind: 'commune' }, { title: 'Danh sách đơn vị' });
  return (
    <>
      <Button onClick={print.open}>In danh sách</Button>
      {print.modal}
    </>
  );
}

describe('printing a template', () => {
  it('previews the draft in a frame, then numbers and shows the stored PDF', async () => {
    const calls = fakeBackend({
      'documents.preview': () => ({ pdf: PDF, pages: 2, issuable: true }),
      'documents.issue': () => entry(),
      'documents.get': () => ({ ...entry(), pdf: STORED }),
      'settings.get': () => SETTINGS,
    });
    const user = userEvent.setup();
    renderInApp(<PrintButton />);
    await user.click(screen.getByRole('button', { name: 'In danh sách' }));
    const dialog = await screen.findByRole('dialog', { name: 'Danh sách đơn vị' });
    const frame = await within(dialog).findByTitle('Nội dung văn bản dạng PDF');
    expect(frame).toHaveAttribute('src', created[created.length - 1]);
    expect(calls[0]).toEqual({ channel: 'documents.preview', input: { template: 'unit-directory', params: { kind: 'commune' } } });
    expect(within(dialog).getByText('2 trang')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Lưu PDF' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'In' })).toBeEnabled();

    await user.click(within(dialog).getByRole('button', { name: 'Cấp số và phát hành' }));
    // The council's default block, then the deputy signs instead: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
    const preview = await within(dialog).findByLabelText('In trên văn bản');
    expect(within(preview).getByText('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toBeInTheDocument();
    expect(within(preview).getByText('CHỦ TỊCH')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Phó Chủ tịch ký thay' }));
    expect(within(preview).getByText('KT. CHỦ TỊCH')).toBeInTheDocument();
    expect(within(preview).getByText('PHÓ CHỦ TỊCH')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Người ký'), 'Nguyễn Văn Bình');
    await user.click(within(dialog).getByRole('button', { name: 'Cấp số' }));

    expect(await screen.findByRole('dialog', { name: 'Văn bản số 01/DS-HĐTĐKT' })).toBeInTheDocument();
    expect(calls.map((call) => call.channel)).toEqual(['documents.preview', 'settings.get', 'documents.issue', 'documents.get']);
    expect(calls[2].input).toEqual({
      template: 'unit-directory',
      params: { kind: 'commune' },
      date: todayIso(),
      signature: { prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch', signer: 'Nguyễn Văn Bình' },
      title: '',
    });
    expect(calls[3].input).toEqual({ id: 1 });
    expect(await screen.findByText('Đã cấp số 01/DS-HĐTĐKT và lưu vào sổ văn bản.')).toBeInTheDocument();
    // The issued document cannot be issued again from the same preview, and the draft's URL was released.
    expect(screen.queryByRole('button', { name: 'Cấp số và phát hành' })).not.toBeInTheDocument();
    await waitFor(() => expect(revoked).toContain(created[created.length - 2]));
  });

  it('offers no issue for a working list, and says why', async () => {
    fakeBackend({ 'documents.preview': () => ({ pdf: PDF, pages: 3, issuable: false }) });
    const user = userEvent.setup();
    renderInApp(<PrintButton />);
    await user.click(screen.getByRole('button', { name: 'In danh sách' }));
    const dialog = await screen.findByRole('dialog', { name: 'Danh sách đơn vị' });
    expect(await within(dialog).findByText(/Danh sách làm việc: in không có số/u)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Lưu PDF' })).toBeEnabled();
    expect(within(dialog).queryByRole('button', { name: 'Cấp số và phát hành' })).not.toBeInTheDocument();
  });

  it('checks the signature block before sending it', async () => {
    const calls = fakeBackend({ 'documents.preview': () => ({ pdf: PDF, pages: 1, issuable: true }), 'settings.get': () => SETTINGS });
    const user = userEvent.setup();
    renderInApp(<PrintButton />);
    await user.click(screen.getByRole('button', { name: 'In danh sách' }));
    const dialog = await screen.findByRole('dialog', { name: 'Danh sách đơn vị' });
    await user.click(await within(dialog).findByRole('button', { name: 'Cấp số và phát hành' }));
    await user.clear(await within(dialog).findByLabelText('Ký thay cho'));
    await user.click(within(dialog).getByRole('button', { name: 'Cấp số' }));
    expect(await within(dialog).findByText('Ký "TM." cần ghi cơ quan hoặc chức danh được ký thay')).toBeInTheDocument();
    expect(calls.map((call) => call.channel)).not.toContain('documents.issue');
  });

  it('shows a refusal with its field message and stays on the form', async () => {
    fakeBackend({
      'settings.get': () => SETTINGS,
      'documents.preview': () => ({ pdf: PDF, pages: 1 }),
      'documents.issue': () => {
        throw new AppError('VALIDATION', 'Dữ liệu nhập chưa hợp lệ.', [{ path: 'date', message: 'Năm ban hành phải từ 2000 đến 2100' }]);
      },
    });
    const user = userEvent.setup();
    renderInApp(<PrintButton />);
    await user.click(screen.getByRole('button', { name: 'In danh sách' }));
    const dialog = await screen.findByRole('dialog', { name: 'Danh sách đơn vị' });
    await user.click(await within(dialog).findByRole('button', { name: 'Cấp số và phát hành' }));
    await within(dialog).findByLabelText('In trên văn bản');
    await user.click(within(dialog).getByRole('button', { name: 'Cấp số' }));
    expect(await within(dialog).findByText('Năm ban hành phải từ 2000 đến 2100')).toBeInTheDocument();
    // The refusal itself is the kit's red notification, titled as a failed issue.
    expect(screen.getByText('Dữ liệu nhập chưa hợp lệ.')).toBeInTheDocument();
    expect(screen.getByText('Không phát hành được văn bản')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cấp số' })).toBeInTheDocument();
  });

  it('refuses an impossible issue date before numbering anything', async () => {
    const calls = fakeBackend({ 'documents.preview': () => ({ pdf: PDF, pages: 1, issuable: true }), 'settings.get': () => SETTINGS });
    const user = userEvent.setup();
    renderInApp(<PrintButton />);
    await user.click(screen.getByRole('button', { name: 'In danh sách' }));
    const dialog = await screen.findByRole('dialog', { name: 'Danh sách đơn vị' });
    await user.click(await within(dialog).findByRole('button', { name: 'Cấp số và phát hành' }));
    const date = await within(dialog).findByLabelText(/Ngày ban hành/u);
    await user.clear(date);
    await user.type(date, '31/02/2024');
    await user.click(within(dialog).getByRole('button', { name: 'Cấp số' }));
    expect(await within(dialog).findByText('Ngày không hợp lệ')).toBeInTheDocument();
    expect(date).toHaveValue('31/02/2024');
    expect(calls.map((call) => call.channel)).not.toContain('documents.issue');
  });

  it('shows why a draft could not be made, without an issue button', async () => {
    fakeBackend({
      'documents.preview': () => {
        throw new AppError('VALIDATION', 'Không có đơn vị nào phù hợp với bộ lọc để in danh sách. Hãy bỏ bớt điều kiện lọc.');
      },
    });
    const user = userEvent.setup();
    renderInApp(<PrintButton />);
    await user.click(screen.getByRole('button', { name: 'In danh sách' }));
    expect(
      await screen.findByText('Không có đơn vị nào phù hợp với bộ lọc để in danh sách. Hãy bỏ bớt điều kiện lọc.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cấp số và phát hành' })).not.toBeInTheDocument();
  });
});

describe('the register page', () => {
  const entries = [
    entry({ signature: { prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch', signer: 'Nguyễn Văn Bình' } }),
    entry({ id: 2, number: 2, numberSymbol: '02/DS-HĐTĐKT', status: 'cancelled', cancelReason: 'Nhầm', version: 2 }),
  ];

  it('lists the register and opens a stored PDF again', async () => {
    const calls = fakeBackend({
      'documents.list': () => ({ rows: entries, total: entries.length, years: [2026], types: ['DS'] }),
      'documents.get': () => ({ ...entries[0], pdf: STORED }),
    });
    const user = userEvent.setup();
    renderInApp(<DocumentsPage />);
    const table = await screen.findByRole('table', { name: 'Sổ văn bản đi' });
    expect(await within(table).findByText('01/DS-HĐTĐKT')).toBeInTheDocument();
    expect(within(table).getAllByText('05/12/2026')).toHaveLength(2);
    expect(within(table).getByText('Đã hủy')).toBeInTheDocument();
    // The capacity the document was signed in, under the signer.
    expect(within(table).getByText('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH')).toBeInTheDocument();
    // A cancelled document can be opened but not cancelled again.
    expect(screen.queryByRole('button', { name: 'Hủy văn bản 02/DS-HĐTĐKT' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mở bản PDF 01/DS-HĐTĐKT' }));
    const dialog = await screen.findByRole('dialog', { name: 'Văn bản số 01/DS-HĐTĐKT' });
    expect(await within(dialog).findByTitle('Nội dung văn bản dạng PDF')).toBeInTheDocument();
    expect(calls.filter((call) => call.channel === 'documents.get')).toEqual([{ channel: 'documents.get', input: { id: 1 } }]);
  });

  it("shows the register's message when a stored file no longer matches its hash", async () => {
    const message = 'Tệp PDF của văn bản số 01/DS-HĐTĐKT đã bị thay đổi sau khi phát hành (mã kiểm tra SHA-256 không khớp với sổ văn bản).';
    fakeBackend({
      'documents.list': () => ({ rows: entries, total: entries.length, years: [2026], types: ['DS'] }),
      'documents.get': () => {
        throw new AppError('INTERNAL', message);
      },
    });
    const user = userEvent.setup();
    renderInApp(<DocumentsPage />);
    await user.click(await screen.findByRole('button', { name: 'Mở bản PDF 01/DS-HĐTĐKT' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByTitle('Nội dung văn bản dạng PDF')).not.toBeInTheDocument();
  });

  it('searches and filters through documents.list', async () => {
    const calls = fakeBackend({ 'documents.list': () => ({ rows: entries, total: entries.length, years: [2026], types: ['DS'] }) });
    const user = userEvent.setup();
    renderInApp(<DocumentsPage />);
    await screen.findByRole('table', { name: 'Sổ văn bản đi' });
    await user.type(screen.getByLabelText('Tìm văn bản'), 'dak ha');
    await waitFor(() =>
      expect(calls.some((call) => JSON.stringify(call.input) === JSON.stringify({ query: 'dak ha', page: 1, pageSize: 50 }))).toBe(true),
    );
  });

  it('cancels with a reason', async () => {
    const calls = fakeBackend({
      'documents.list': () => ({ rows: entries, total: entries.length, years: [2026], types: ['DS'] }),
      'documents.cancel': (input) => ({ ...entries[0], status: 'cancelled', cancelReason: input.reason, version: 2 }),
    });
    const user = userEvent.setup();
    renderInApp(<DocumentsPage />);
    await user.click(await screen.findByRole('button', { name: 'Hủy văn bản 01/DS-HĐTĐKT' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hủy văn bản' });
    await user.type(within(dialog).getByLabelText(/Lý do hủy/), 'Ban hành nhầm');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy văn bản' }));
    await waitFor(() =>
      expect(calls.find((call) => call.channel === 'documents.cancel')?.input).toEqual({ id: 1, version: 1, reason: 'Ban hành nhầm' }),
    );
    expect(await screen.findByText('Đã hủy văn bản số 01/DS-HĐTĐKT.')).toBeInTheDocument();
  });
});
