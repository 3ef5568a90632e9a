import { Button } from '@mantine/core';
import type { DocumentEntry } from '@shared/domain/documents';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { DocumentsPage, forgetCapabilities, usePrintDocument } from '../../renderer/src/features/documents';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

// jsdom has no blob: URLs; the preview only needs a URL string for its iframe.
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
beforeAll(() => {
  URL.createObjectURL = () => 'blob:test/pdf';
  URL.revokeObjectURL = () => undefined;
});
afterAll(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

let anchorClicks: string[];
beforeEach(() => {
  forgetCapabilities();
  anchorClicks = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    anchorClicks.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  resetBackend();
});

const PDF = btoa('%PDF-1.3 draft');

function PrintButton() {
  const print = usePrintDocument('unit-directory', { districtId: 7 }, { title: 'Danh sách đơn vị' });
  return (
    <>
      <Button onClick={print.open}>In danh sách</Button>
      {print.modal}
    </>
  );
}

async function openDraft() {
  const user = userEvent.setup();
  renderInApp(<PrintButton />);
  await user.click(screen.getByRole('button', { name: 'In danh sách' }));
  const dialog = await screen.findByRole('dialog', { name: 'Danh sách đơn vị' });
  await within(dialog).findByTitle('Nội dung văn bản dạng PDF');
  return { user, dialog };
}

describe('Save and Print in the desktop app (native dialogs)', () => {
  it('asks main to save and print the draft by template and params, and says where it went', async () => {
    const calls = fakeBackend({
      'documents.preview': () => ({ pdf: PDF, pages: 1 }),
      'app.capabilities': () => ({ nativeDialogs: true }),
      'documents.saveAs': () => ({ saved: true, path: 'C:\\Tài liệu\\Danh sách đơn vị.pdf' }),
      'documents.print': () => ({ opened: true }),
    });
    const { user, dialog } = await openDraft();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu PDF' }));
    expect(await screen.findByText('Đã lưu tệp PDF: C:\\Tài liệu\\Danh sách đơn vị.pdf')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'In' }));
    expect(await screen.findByText(/Văn bản đã mở trong cửa sổ xem PDF/u)).toBeInTheDocument();

    const source = { template: 'unit-directory', params: { districtId: 7 }, fileName: 'Danh sách đơn vị.pdf' };
    expect(calls.filter((call) => call.channel !== 'documents.preview')).toEqual([
      { channel: 'app.capabilities', input: {} },
      { channel: 'documents.saveAs', input: source },
      { channel: 'documents.print', input: source },
    ]);
    expect(anchorClicks).toEqual([]);
  });

  it('says nothing when the user cancels the Save dialog, and shows a refusal', async () => {
    let refuse = false;
    fakeBackend({
      'documents.preview': () => ({ pdf: PDF, pages: 1 }),
      'app.capabilities': () => ({ nativeDialogs: true }),
      'documents.saveAs': () => {
        if (refuse) throw new AppError('INTERNAL', 'Không lưu được tệp PDF: ổ đĩa đầy');
        return { saved: false };
      },
    });
    const { user, dialog } = await openDraft();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu PDF' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Lưu PDF' })).toBeEnabled());
    expect(screen.queryByText(/Đã lưu tệp PDF/u)).not.toBeInTheDocument();
    refuse = true;
    await user.click(within(dialog).getByRole('button', { name: 'Lưu PDF' }));
    expect(await screen.findByText('Không lưu được tệp PDF: ổ đĩa đầy')).toBeInTheDocument();
  });

  it('saves an issued document of the register by its id', async () => {
    const entry: DocumentEntry = {
      id: 9,
      issuer: 'HĐTĐKT',
      year: 2026,
      number: 3,
      typeAbbreviation: 'DS',
      symbol: 'DS-HĐTĐKT',
      numberSymbol: '03/DS-HĐTĐKT',
      date: '2026-12-05',
      title: 'Danh sách đơn vị tỉnh Kon Tum',
      template: 'unit-directory',
      params: {},
      entity: null,
      entityId: null,
      signer: '',
      recipients: [],
      copies: 0,
      signature: null,
      sha256: 'b'.repeat(64),
      filePath: `documents/${'b'.repeat(64)}.pdf`,
      pages: 4,
      status: 'issued',
      cancelReason: '',
      cancelledAt: null,
      version: 1,
      createdAt: '2026-12-05T01:00:00.000Z',
      updatedAt: '2026-12-05T01:00:00.000Z',
    };
    const calls = fakeBackend({
      'documents.list': () => ({ rows: [entry], total: 1, years: [2026], types: ['DS'] }),
      'documents.get': () => ({ ...entry, pdf: PDF }),
      'app.capabilities': () => ({ nativeDialogs: true }),
      'documents.saveAs': () => ({ saved: true, path: '/home/hoa/a.pdf' }),
    });
    const user = userEvent.setup();
    renderInApp(<DocumentsPage />);
    await user.click(await screen.findByRole('button', { name: 'Mở bản PDF 03/DS-HĐTĐKT' }));
    const dialog = await screen.findByRole('dialog', { name: 'Văn bản số 03/DS-HĐTĐKT' });
    await within(dialog).findByTitle('Nội dung văn bản dạng PDF');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu PDF' }));
    await screen.findByText('Đã lưu tệp PDF: /home/hoa/a.pdf');
    expect(calls.find((call) => call.channel === 'documents.saveAs')?.input).toEqual({
      documentId: 9,
      fileName: '03-DS-HĐTĐKT Danh sách đơn vị tỉnh Kon Tum.pdf',
    });
  });
});

describe('Save in the browser host', () => {
  it('downloads the PDF shown, without asking main to save', async () => {
    const calls = fakeBackend({
      'documents.preview': () => ({ pdf: PDF, pages: 1 }),
      'app.capabilities': () => ({ nativeDialogs: false }),
    });
    const { user, dialog } = await openDraft();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu PDF' }));
    await waitFor(() => expect(anchorClicks).toEqual(['Danh sách đơn vị.pdf']));
    expect(calls.map((call) => call.channel)).not.toContain('documents.saveAs');
  });

  it('prints from the frame showing the PDF, and opens the PDF on its own where the frame refuses', async () => {
    const calls = fakeBackend({
      'documents.preview': () => ({ pdf: PDF, pages: 1 }),
      'app.capabilities': () => ({ nativeDialogs: false }),
    });
    const { user, dialog } = await openDraft();
    const frame = within(dialog).getByTitle('Nội dung văn bản dạng PDF') as HTMLIFrameElement;
    const framePrint = vi.fn();
    Object.defineProperty(frame, 'contentWindow', { configurable: true, value: { focus: vi.fn(), print: framePrint } });
    const opened = vi.spyOn(window, 'open').mockImplementation(() => null);
    await user.click(within(dialog).getByRole('button', { name: 'In' }));
    await waitFor(() => expect(framePrint).toHaveBeenCalledTimes(1));
    expect(opened).not.toHaveBeenCalled();

    framePrint.mockImplementation(() => {
      throw new Error('blocked');
    });
    await user.click(within(dialog).getByRole('button', { name: 'In' }));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('blob:test/pdf', '_blank', 'noopener'));
    expect(calls.map((call) => call.channel)).not.toContain('documents.print');
  });
});
