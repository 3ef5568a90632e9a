import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { communes, hostCall, seedRound } from './inspection-visit-pages';
import { gotoRoute } from './pages';

test.use({ province: '62' });

/** Where the screenshots of this spec go (looked at by hand; not compared). */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

const COUNT = 55;

/** The pager under a list: the rows shown of the server's count, then the second page. */
async function secondPage(page: Page, name: string, pager: string): Promise<void> {
  await expect(page.getByText(`Hiển thị 1-50 trong ${COUNT}`).first()).toBeVisible();
  await page.screenshot({ path: path.join(shots, `${name}-page-1.png`), fullPage: true });
  // The last pager on the page: the roll-up has one under its totals and one under its records.
  await page.getByLabel(pager).last().getByRole('button', { name: '2', exact: true }).click();
  await expect(page.getByText(`Hiển thị 51-${COUNT} trong ${COUNT}`).first()).toBeVisible();
  await page.screenshot({ path: path.join(shots, `${name}-page-2.png`), fullPage: true });
}

test('the four lists read a page at a time: the count, the pager and the second page', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await gotoRoute(page, app, '/dashboard');
  const units = await communes(page, app, COUNT);
  expect(units).toHaveLength(COUNT);

  // Recognitions of 2023, one per commune.
  for (const [index, unit] of units.entries()) {
    await hostCall(page, app, 'recognitions.set', {
      unitId: unit.id,
      year: 2023,
      level: index % 5 === 0 ? 'none' : 'ntm',
      decision: { number: `${100 + index}/QĐ-UBND`, date: '2023-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' },
      version: null,
    });
  }
  await gotoRoute(page, app, '/units/roll-up?year=2023&asOf=2026-01-15');
  await expect(page.getByRole('status').filter({ hasText: 'quyết định công nhận' })).toHaveText(`${COUNT} quyết định công nhận`);
  await secondPage(page, 'roll-up', 'Các trang');
  await page.getByLabel('Tìm theo tên').fill('dak');
  await expect(page).toHaveURL(/[?&]q=dak/u);
  await expect(page.getByRole('table', { name: 'Từng quyết định như đã ghi nhận' })).toContainText(/Đ[ăắ]k/u);

  // Recommendations of one visit.
  const round = await seedRound(page, app, 2025, [units[0].id]);
  for (let i = 1; i <= COUNT; i++) {
    await hostCall(page, app, 'recommendations.create', {
      visitId: round.visitIds[0],
      text: `Kiến nghị số ${i}: hoàn thiện hồ sơ tiêu chí ${(i % 19) + 1}`,
      responsibleUnitId: units[0].id,
      deadline: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    });
  }
  await gotoRoute(page, app, '/recommendations');
  await expect(page.getByRole('status').filter({ hasText: 'kiến nghị' })).toContainText(`${COUNT} kiến nghị`);
  await secondPage(page, 'recommendations', 'Các trang');

  // A round's dossiers.
  const movements = await hostCall<{ id: number }[]>(page, app, 'movements.list', {});
  const nominationRound = await hostCall<{ id: number }>(page, app, 'rounds.create', {
    name: 'Tổng kết phong trào 2021-2025',
    year: 2025,
    commendationKind: 'thematic',
    movementId: movements[0].id,
    deadline: '2025-10-31',
  });
  for (let i = 1; i <= COUNT; i++) {
    const nominee = await hostCall<{ id: number }>(page, app, 'nominees.create', {
      kind: 'individual',
      name: `Nguyễn Văn Đức ${i}`,
      formOfAddress: 'Ông',
      gender: 'male',
      birthYear: 1960 + (i % 30),
      ethnicity: 'Kinh',
      position: 'Trưởng thôn',
      workplace: units[i % units.length].name,
      classification: 'direct-worker',
      unitId: units[i % units.length].id,
    });
    await hostCall(page, app, 'nominations.create', {
      roundId: nominationRound.id,
      nomineeId: nominee.id,
      awardCode: i % 2 === 0 ? 'BK_TINH' : 'GIAY_KHEN',
      proposingUnitId: units[i % units.length].id,
      summary: 'Vận động nhân dân hiến đất làm đường giao thông nông thôn.',
    });
  }
  await gotoRoute(page, app, `/nominations/rounds/${nominationRound.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'hồ sơ' })).toHaveText(`${COUNT} hồ sơ`);
  await secondPage(page, 'nomination-round', 'Các trang');
  await expect(page).toHaveURL(/[?&]page=2/u);

  // The register with an issued report (a district's 2023 criteria first): the count and the filters from the server's answer.
  const districts = await hostCall<{ rows: { id: number }[] }>(page, app, 'units.list', { kind: 'district', pageSize: 1 });
  const grid = await hostCall<{ rows: { unitId: number }[] }>(page, app, 'criteria.forDistrictYear', {
    districtId: districts.rows[0].id,
    year: 2023,
  });
  await hostCall(page, app, 'criteria.setDistrictYear', {
    districtId: districts.rows[0].id,
    year: 2023,
    rows: grid.rows.map((row) => ({ unitId: row.unitId, criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], version: null })),
  });
  await hostCall(page, app, 'documents.issue', {
    template: 'movement-report',
    params: { movementId: movements[0].id, year: 2023 },
    date: '2026-11-30',
  });
  await gotoRoute(page, app, '/documents');
  await expect(page.getByRole('status').filter({ hasText: 'văn bản' })).toHaveText('1 văn bản');
  await page.screenshot({ path: path.join(shots, 'documents-register.png'), fullPage: true });
});
