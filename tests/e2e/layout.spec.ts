import type { Locator } from '@playwright/test';

import { expect, test } from './fixtures';
import { CriteriaGridPage, expectUncovered, gotoRoute, UnitsPage } from './pages';

test.use({ province: '62', viewport: { width: 1024, height: 768 } });

/** The element's box and its nearest horizontally scrolling ancestor's, after scrolling that ancestor fully right. */
async function scrollRight(inside: Locator, cell: Locator) {
  const scroller = await inside.evaluate((element) => {
    let node: Element | null = element;
    while (node && !(node.scrollWidth > node.clientWidth && getComputedStyle(node).overflowX !== 'visible')) node = node.parentElement;
    if (!node) return null;
    node.scrollLeft = node.scrollWidth;
    const box = node.getBoundingClientRect();
    return { left: box.left, right: box.right, scrolled: node.scrollLeft };
  });
  const box = await cell.boundingBox();
  return { scroller, box };
}

test('the units table scrolls sideways and keeps the name column', async ({ page, app }) => {
  await gotoRoute(page, app, '/units');
  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('127 đơn vị');
  const nameHeader = units.table.getByRole('columnheader', { name: /Tên đơn vị/u });
  const before = await nameHeader.boundingBox();

  const { scroller, box } = await scrollRight(units.table, nameHeader);
  expect(scroller, 'the table scrolls inside its own area').not.toBeNull();
  expect(scroller?.scrolled).toBeGreaterThan(0);
  // The name column has not moved; the last column has come into view beside it.
  expect(box?.x).toBeCloseTo(before?.x ?? -1, 0);
  await expect(units.unitLink('Huyện Đắk Hà')).toBeInViewport();
  const phone = await units.table.getByRole('columnheader', { name: 'Điện thoại' }).boundingBox();
  expect((phone?.x ?? 0) + (phone?.width ?? 0)).toBeLessThanOrEqual((scroller?.right ?? 0) + 1);
  // The page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test('the criteria grid shows its right-hand columns and keeps the commune names', async ({ page, app }) => {
  await gotoRoute(page, app, '/criteria');
  const criteria = new CriteriaGridPage(page);
  await criteria.chooseDistrict('dak ha', 'Huyện Đắk Hà');
  await criteria.chooseYear(2024);
  const level = criteria.grid.getByRole('columnheader', { name: 'Mức công nhận' });
  await expect(level).toBeInViewport({ ratio: 1 });
  await expect(criteria.grid.getByRole('columnheader', { name: 'Năm trước' })).toBeInViewport({ ratio: 1 });
  const first = await criteria.commune(0);
  await expect(criteria.count(first)).toBeInViewport();
  const name = criteria.grid.getByRole('rowheader', { name: first, exact: true });
  const before = await name.boundingBox();
  const { box } = await scrollRight(criteria.grid, name);
  expect(box?.x).toBeCloseTo(before?.x ?? -1, 0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test('the criteria sets screen names the set and shows no internal code', async ({ page, app }) => {
  await gotoRoute(page, app, '/criteria/sets');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('xa-ntm-2021-2025');
  await expect(page.getByRole('main')).not.toContainText('Mã bộ');
});

test('the settings are saved from the foot of the page and the notification leaves the button free', async ({ page, app }) => {
  await gotoRoute(page, app, '/settings');
  const save = page.getByRole('button', { name: 'Lưu cài đặt' });
  await page.getByLabel('Địa danh ghi ngày tháng').fill('Kon Tum');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await save.click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
  await expectUncovered(save);
});
