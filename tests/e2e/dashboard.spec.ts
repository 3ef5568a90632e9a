import { expect, test } from './fixtures';
import { CriteriaGridPage, DashboardPage, enterCriteria, gotoRoute } from './pages';

test.use({ province: '62' });

test('the seed movement on the dashboard: target cards, a figure opens its units, and the report preview', async ({ page, app }) => {
  await page.goto(app.url);
  const dashboard = new DashboardPage(page);
  await dashboard.waitForContent();
  await expect(page.getByRole('combobox', { name: 'Phong trào' })).toHaveValue('Kon Tum chung sức xây dựng nông thôn mới');
  await dashboard.chooseYear(2024);
  await expect(page.getByText('Chưa có số liệu năm 2024')).toBeVisible();

  // A year without criteria data cannot be reported on: the preview says why instead of printing zeros.
  const refused = await dashboard.printReport();
  await expect(refused.dialog).toContainText('Năm 2024 chưa có số liệu tiêu chí nào để lập báo cáo');
  await refused.close();

  await enterCriteria(page, app, 2024);
  const criteria = new CriteriaGridPage(page);
  const first = await criteria.commune(0);
  const communes = await criteria.grid.getByRole('rowheader').count();

  await gotoRoute(page, app, '/dashboard');
  await dashboard.waitForContent();
  await dashboard.chooseYear(2024);
  // The plan's eight targets, each in its card.
  await expect(page.getByRole('article')).toHaveCount(8);
  const ntm = dashboard.targetCard('3');
  await expect(ntm).toContainText('Có ít nhất 60 xã đạt chuẩn nông thôn mới');
  await expect(ntm).toContainText('ít nhất 60 xã');
  const lowest = dashboard.targetCard('5');
  await expect(lowest).toContainText('tiêu chí (xã thấp nhất)');

  // Target 5 counts the communes under 15 criteria: every commune of Đắk Hà entered (all under 15).
  const figure = lowest.getByRole('button', { name: String(communes), exact: true });
  await figure.click();
  const drawer = page.getByRole('dialog', { name: 'Chỉ tiêu 5 năm 2024' });
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText(`${communes} đơn vị`);
  const rows = drawer.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(communes + 1);
  await expect(rows.filter({ hasText: first })).toContainText('Huyện Đắk Hà');
  await expect(rows.filter({ hasText: first })).toContainText('3');
  await drawer.getByRole('button', { name: 'Đóng cửa sổ' }).click();
  await expect(drawer).toBeHidden();

  // The card's trend: the one year with records drawn inside the chart, its value under the pointer.
  const trend = lowest.getByRole('img', { name: /^Diễn biến theo năm: Không còn xã dưới 15 tiêu chí\./u });
  await expect(trend).toHaveAccessibleName(/2023: Chưa có số liệu; 2024: \d+; 2025: Chưa có số liệu; Mục tiêu: 15$/u);
  const chart = await trend.boundingBox();
  const dot = await trend.locator('line[data-year="2024"]').boundingBox();
  expect(chart && dot && dot.x > chart.x && dot.x + dot.width < chart.x + chart.width && dot.y > chart.y).toBeTruthy();
  await lowest.getByTestId('trend-year-2024').hover();
  await expect(lowest.getByRole('tooltip')).toContainText('2024');
  await expect(lowest.getByRole('tooltip')).toContainText('Mục tiêu: 15');

  const report = await dashboard.printReport();
  await expect(report.pages).toBeVisible();
  await expect(report.frame).toHaveAttribute('src', /^blob:/u);
  await expect(report.dialog).toContainText('Bản xem trước chưa có số');
  await report.close();
});

test('the dashboard opening on its address asks for its first answers in one call', async ({ page, app }) => {
  const channels: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) channels.push(pathname.slice('/api/'.length));
  });
  // A year in the address, inside the seed plan's period: the summary of that year comes with the rest.
  await page.goto(`${app.url}#/dashboard?year=2022`);
  const dashboard = new DashboardPage(page);
  await dashboard.waitForContent();
  await expect(page.getByRole('combobox', { name: 'Năm đánh giá' })).toHaveValue('2022');
  // The year's summary (a fresh register has no records for it).
  await expect(page.getByText('Chưa có số liệu năm 2022')).toBeVisible();
  expect(channels.filter((c) => c === 'dashboard.open')).toHaveLength(1);
  // Taken from that one answer, not asked for again.
  for (const part of ['movements.list', 'targets.list', 'targets.trend', 'dashboard.summary']) expect(channels).not.toContain(part);

  // A year chosen afterwards is asked for on its own.
  await dashboard.chooseYear(2023);
  await expect(page.getByText('Chưa có số liệu năm 2023')).toBeVisible();
  expect(channels.filter((c) => c === 'dashboard.summary')).toHaveLength(1);
});
