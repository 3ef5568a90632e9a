import type { CriterionResult, DistrictRecorded } from '@shared/domain/agencies';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { ShortModal } from '../../renderer/src/features/agencies/ShortModal';
import { renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const districts: DistrictRecorded[] = [
  { districtId: 3, districtName: 'Huyện Đắk Hà', recorded: 10 },
  { districtId: 4, districtName: 'Huyện Sa Thầy', recorded: 8 },
];

const criterion = (notMetCount: number): CriterionResult => ({
  criterionId: 19,
  number: 19,
  name: 'Quốc phòng và An ninh',
  groupName: '',
  agencies: [],
  recorded: 18,
  met: 18 - notMetCount,
  share: null,
  previousMet: null,
  previousShare: null,
  metByDistrict: [7, 5],
  notMet: [
    { unitId: 31, name: 'Xã Đắk Mar', districtId: 3, districtName: 'Huyện Đắk Hà' },
    { unitId: 41, name: 'Xã Mô Rai', districtId: 4, districtName: 'Huyện Sa Thầy' },
  ],
  notMetCount,
});

describe('a criterion’s communes short of it (ShortModal)', () => {
  it('pairs each district with its met count, counts every commune short and says the list is cut', async () => {
    renderInApp(<ShortModal criterion={criterion(1250)} districts={districts} year={2025} onClose={() => undefined} />, '/');
    const dialog = await screen.findByRole('dialog');
    const table = within(dialog).getByRole('table', { name: 'Theo huyện, thành phố' });
    expect(within(table).getByText('Huyện Đắk Hà').closest('tr')?.textContent).toContain('7/10');
    expect(within(table).getByText('Huyện Sa Thầy').closest('tr')?.textContent).toContain('5/8');
    expect(within(dialog).getByText('Các xã chưa đạt (1.250)')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Xã Đắk Mar' }).getAttribute('href')).toContain('/units/31');
    expect(
      within(dialog).getByText(
        'Hiển thị 2 xã đầu tiên trong 1.250 xã chưa đạt. Tệp Excel kết quả theo tiêu chí và công văn đôn đốc có đủ danh sách.',
      ),
    ).toBeTruthy();
  });

  it('says nothing of a cut when every commune short is listed', async () => {
    renderInApp(<ShortModal criterion={criterion(2)} districts={districts} year={2025} onClose={() => undefined} />, '/');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Các xã chưa đạt (2)')).toBeTruthy();
    expect(within(dialog).queryByText(/Hiển thị .* xã đầu tiên/)).toBeNull();
  });
});
