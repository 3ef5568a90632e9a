import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test } from './fixtures';
import { SetupPage, UnitPage, UnitsPage } from './pages';

test('set-up, search, edit a phone number and see it kept and in the history', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();
  const setup = new SetupPage(page);
  await setup.chooseProvince('kon tum', 'Tỉnh Kon Tum');
  await setup.fillOperator('Nguyễn Thị Hoa');
  await setup.submit();
  await expect(page.getByText('Đã tạo 113 đơn vị')).toBeVisible();
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();

  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('127 đơn vị');
  await expect(units.unitLink('Tỉnh Kon Tum')).toBeVisible();
  await expect(page.getByText('Hiển thị 1-50 trong 127')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Tỉnh Kon Tum');

  await units.search('dak ha');
  await expect(units.count).toHaveText('3 đơn vị');
  await expect(units.unitLink('Huyện Đắk Hà')).toBeVisible();
  await expect(units.unitLink('Thị trấn Đắk Hà')).toBeVisible();

  const unit = await units.open('Huyện Đắk Hà');
  await expect(page.getByRole('navigation', { name: 'Vị trí của đơn vị' })).toContainText('Danh sách đơn vị/Tỉnh Kon Tum/Huyện Đắk Hà');
  await expect(unit.detail('Điện thoại')).toHaveText('—');
  await unit.edit('Điện thoại', '0260 3821 234');
  await expect(unit.detail('Điện thoại')).toHaveText('0260 3821 234');

  await page.reload();
  await expect(unit.heading).toHaveText('Huyện Đắk Hà');
  await expect(unit.detail('Điện thoại')).toHaveText('0260 3821 234');

  const latest = unit.history.getByRole('row').nth(1);
  await expect(latest).toContainText('Sửa');
  await expect(latest).toContainText('Nguyễn Thị Hoa');
  await expect(latest).toContainText('Điện thoại: (trống) → 0260 3821 234');
  await expect(latest).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(unit.history.getByRole('row').nth(2)).toContainText('Tạo mới');

  // A second edit shows the old value on the left of the arrow.
  await unit.edit('Điện thoại', '0260 3821 999');
  await expect(unit.history.getByRole('row').nth(1)).toContainText('Điện thoại: 0260 3821 234 → 0260 3821 999');
});

test.describe('two tabs', () => {
  test.use({ province: '62' });

  test('a stale edit from a second tab is refused and the first edit is kept', async ({ page, context, app }) => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    const units = new UnitsPage(page);
    await expect(units.count).toHaveText('127 đơn vị');
    await units.search('dak ha');
    const first = await units.open('Huyện Đắk Hà');

    const secondTab = await context.newPage();
    await secondTab.goto(page.url());
    const stale = new UnitPage(secondTab);
    await expect(stale.heading).toHaveText('Huyện Đắk Hà');

    await first.edit('Điện thoại', '0260 1111 111');
    await expect(first.detail('Điện thoại')).toHaveText('0260 1111 111');

    await stale.startEdit();
    await stale.fill('Điện thoại', '0260 2222 222');
    await stale.save();
    const alert = stale.dialog.getByRole('alert');
    await expect(alert).toContainText('Đơn vị đã được thay đổi ở nơi khác');
    await expect(alert).toContainText('Thay đổi của bạn chưa được lưu');
    await alert.getByRole('button', { name: 'Tải lại' }).click();
    await expect(stale.dialog).toBeHidden();
    await expect(stale.detail('Điện thoại')).toHaveText('0260 1111 111');

    await page.reload();
    await expect(first.detail('Điện thoại')).toHaveText('0260 1111 111');
    await expect(first.history.getByRole('row').filter({ hasText: 'Sửa' })).toHaveCount(1);
  });
});

test.describe('exports', () => {
  test.use({ province: '62' });

  test('exports the list as filtered to CSV (UTF-8 with BOM) and to Excel', async ({ page, app }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    const units = new UnitsPage(page);
    await units.search('dak ha');
    await expect(units.count).toHaveText('3 đơn vị');
    const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'units-exports.png') });

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/^Danh bạ đơn vị .*\.csv$/u);
    const bytes = fs.readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Mã,Tên đơn vị,Loại,Cấp trên,Vùng DTTS,Tên gọi khác,Điện thoại,Email,Địa chỉ,Ghi chú,Trạng thái');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[1])
        .sort(),
    ).toEqual(['Huyện Đắk Hà', 'Thị trấn Đắk Hà', 'Xã Đắk Hà'].sort());

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    expect((await xlsxDownload).suggestedFilename()).toMatch(/^Danh bạ đơn vị .*\.xlsx$/u);
  });
});

test.describe('paging on the server', () => {
  test.use({ province: '62' });

  test('pages, sorts and filters by the tree through the server, keeping the page in the address', async ({ page, app }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const answers: number[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/api/units.list')) answers.push((await response.body()).length);
    });
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    const units = new UnitsPage(page);
    await expect(units.count).toHaveText('127 đơn vị');
    await expect(page.getByText('Hiển thị 1-50 trong 127')).toBeVisible();

    await page.getByRole('button', { name: '2', exact: true }).click();
    await expect(page.getByText('Hiển thị 51-100 trong 127')).toBeVisible();
    expect(page.url()).toContain('page=2');
    await expect(units.table.getByRole('row')).toHaveCount(51);

    // Sorting by code asks the server again from the first page.
    await units.table.getByRole('button', { name: 'Mã' }).click();
    await expect(page.getByText('Hiển thị 1-50 trong 127')).toBeVisible();
    expect(page.url()).toContain('sort=code');
    await expect(units.table.getByRole('columnheader', { name: 'Mã' })).toHaveAttribute('aria-sort', 'ascending');

    // The tree reads a district's communes when it is opened; choosing it filters the table.
    const tree = page.getByRole('tree', { name: 'Cây đơn vị theo huyện' });
    await tree.getByText('Huyện Đắk Hà', { exact: true }).click();
    await expect(units.count).toHaveText('12 đơn vị · Huyện Đắk Hà');
    await expect(tree.getByText('Thị trấn Đắk Hà', { exact: true })).toBeVisible();
    await expect(units.unitLink('Xã Đắk Mar')).toBeVisible();
    // Each level sits further right than its parent: province, district, commune.
    const left = async (name: string) => (await tree.getByText(name, { exact: true }).boundingBox())?.x ?? Number.NaN;
    const [province, district, commune] = [await left('Tỉnh Kon Tum'), await left('Huyện Đắk Hà'), await left('Thị trấn Đắk Hà')];
    expect(district - province).toBeGreaterThanOrEqual(12);
    expect(commune - district).toBeGreaterThanOrEqual(12);

    const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'units-paged.png') });
    // A page of the registry is small: never the whole table.
    expect(answers.length).toBeGreaterThan(3);
    expect(Math.max(...answers)).toBeLessThan(60_000);
  });
});
