import { expect, test } from './fixtures';
import { UnitsPage } from './pages';

test.use({ province: '62' });

// The browser host's token arrives in the address (?token=) and is kept for the tab (renderer/src/api/client.ts),
// written to the tab's storage after the first reads are out: an address without it, in the same tab, still works.
test('the tab keeps the host token for an address without it', async ({ page, app }) => {
  await page.goto(`${app.url}#/units`);
  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('127 đơn vị');
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('thidua.token'))).toBe(new URL(app.url).searchParams.get('token'));

  const withoutToken = new URL(app.url);
  withoutToken.search = '';
  await page.goto(`${withoutToken.toString()}#/units`);
  await expect(page).toHaveURL(/^[^?]*#\/units$/);
  await expect(units.count).toHaveText('127 đơn vị');
  await expect(units.unitLink('Tỉnh Kon Tum')).toBeVisible();
});
