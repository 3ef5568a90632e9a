import type { CertificateLayout } from '@shared/domain/certificates';
import { DEFAULT_CERTIFICATE_LAYOUT } from '@shared/domain/certificates';
import type { Decision, DecisionItem } from '@shared/domain/council';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PrintCertificatesButton } from '../../renderer/src/features/certificates/PrintCertificatesButton';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
beforeEach(() => {
  URL.createObjectURL = () => 'blob:test/1';
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
  resetBackend();
});

const layout = (id: number, name: string): CertificateLayout => ({
  ...DEFAULT_CERTIFICATE_LAYOUT,
  id,
  name,
  image: null,
  version: 1,
  updatedAt: '2025-07-05T00:00:00.000Z',
});

const item = (ordinal: number, awardCode: string, awardName: string): DecisionItem => ({
  id: ordinal,
  version: 1,
  printedOn: null,
  handedOverOn: null,
  receivedBy: '',
  nominationId: ordinal,
  ordinal,
  nomineeId: ordinal,
  nomineeName: `Người ${ordinal}`,
  nomineeKind: 'individual',
  awardCode,
  awardName,
  commendationKind: 'merit',
  proposingUnitName: 'UBND xã Đăk Ui',
  summary: '',
  registerYear: 2025,
  registerNumber: ordinal,
});

const decision: Decision = {
  id: 7,
  number: '812/QĐ-UBND',
  date: '2025-07-05',
  signerName: 'Nguyễn Văn Hùng',
  signerAuthority: 'KT. Chủ tịch — Phó Chủ tịch',
  status: 'issued',
  issuedAt: '2025-07-05T08:00:00.000Z',
  items: [item(1, 'CSTD_CS', 'Chiến sĩ thi đua cơ sở'), item(2, 'BK_TINH', 'Bằng khen của Chủ tịch UBND tỉnh')],
  version: 2,
};

describe('PrintCertificatesButton', () => {
  it('prints the chosen layout and form of the decision through the documents client, without numbering', async () => {
    const calls = fakeBackend({
      'certificates.layouts': () => [layout(1, 'Bằng khen A4 ngang'), layout(2, 'Giấy khen A4 dọc')],
      'decisions.get': () => decision,
      'documents.preview': () => ({ pdf: btoa('%PDF-1.7'), pages: 1, issuable: false }),
    });
    const user = userEvent.setup();
    renderInApp(<PrintCertificatesButton decisionId={7} />);
    await user.click(screen.getByRole('button', { name: 'In bằng khen trên phôi' }));
    const dialog = await screen.findByRole('dialog', { name: 'In bằng khen, giấy khen trên phôi' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Mẫu phôi' })).toHaveValue('Bằng khen A4 ngang'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Mẫu phôi' }));
    await user.click(await screen.findByRole('option', { name: 'Giấy khen A4 dọc', hidden: true }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Hình thức khen thưởng' }));
    await user.click(await screen.findByRole('option', { name: 'Bằng khen của Chủ tịch UBND tỉnh', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Xem bản in' }));
    const preview = await screen.findByRole('dialog', { name: 'Bằng khen theo Quyết định số 812/QĐ-UBND' });
    expect(within(preview).queryByRole('button', { name: 'Cấp số và phát hành' })).toBeNull();
    expect(within(preview).getByText(/không cấp số và không ghi vào sổ văn bản/u)).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'documents.preview')).toEqual([
      { channel: 'documents.preview', input: { template: 'certificates', params: { decisionId: 7, layoutId: 2, awardCode: 'BK_TINH' } } },
    ]);
  });
});
