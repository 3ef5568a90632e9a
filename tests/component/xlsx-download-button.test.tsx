import { AppError } from '@shared/errors';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { call } from '../../renderer/src/api/client';
import { XlsxDownloadButton } from '../../renderer/src/components/XlsxDownloadButton';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

const WORKBOOK = btoa('PK\u0003\u0004 workbook');
let downloads: { name: string; href: string }[];
let blobs: Blob[];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  downloads = [];
  blobs = [];
  // jsdom has no blob: URLs and does not navigate: the link's click is what "saves" the file.
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
});
afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
  vi.restoreAllMocks();
  resetBackend();
});

describe('XlsxDownloadButton', () => {
  it('asks the export channel for the workbook and saves it under the name main gives', async () => {
    const calls = fakeBackend({
      'inspections.exportXlsx': () => ({ fileName: 'Lịch kiểm tra năm 2025.xlsx', base64: WORKBOOK }),
    });
    const user = userEvent.setup();
    renderInApp(
      <XlsxDownloadButton label="Xuất lịch kiểm tra" load={() => call('inspections.exportXlsx', { inspectionId: 3, list: 'schedule' })} />,
    );
    await user.click(screen.getByRole('button', { name: 'Xuất lịch kiểm tra' }));
    await waitFor(() => expect(downloads).toEqual([{ name: 'Lịch kiểm tra năm 2025.xlsx', href: 'blob:test/1' }]));
    expect(calls).toEqual([{ channel: 'inspections.exportXlsx', input: { inspectionId: 3, list: 'schedule' } }]);
    expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(new Uint8Array(await blobs[0].arrayBuffer())).toEqual(Uint8Array.from(atob(WORKBOOK), (c) => c.charCodeAt(0)));
  });

  it("shows the server's Vietnamese message in a red notification and saves nothing when the export fails", async () => {
    fakeBackend({
      'recommendations.exportXlsx': () => {
        throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị (mã bản ghi 9).');
      },
    });
    const user = userEvent.setup();
    renderInApp(<XlsxDownloadButton label="Xuất Excel" load={() => call('recommendations.exportXlsx', { unitId: 9, overdueOn: null })} />);
    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Chưa tải được tệp Excel')).toBeTruthy();
    expect(screen.getByText('Không tìm thấy đơn vị (mã bản ghi 9).')).toBeTruthy();
    expect(downloads).toEqual([]);
    // The button is usable again for another try.
    expect(screen.getByRole('button', { name: 'Xuất Excel' }).hasAttribute('disabled')).toBe(false);
  });
});
