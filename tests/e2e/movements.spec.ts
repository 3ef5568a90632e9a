import { expect, test } from './fixtures';
import { expectUncovered, MovementPage } from './pages';

test.use({ province: '62' });

const TARGETS = 'Chỉ tiêu của phong trào';
const MILESTONES = 'Mốc thời gian';

test('open the seed movement and each tab, add a milestone and change a target, and find both after reload', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Phong trào', exact: true }).click();
  const list = page.getByRole('table', { name: 'Phong trào thi đua' });
  const seedRow = list.getByRole('row').filter({ hasText: MovementPage.SEED });
  await expect(seedRow).toContainText('2021 – 2025');
  await expect(seedRow).toContainText('2017/KH-UBND');

  await seedRow.getByRole('link', { name: MovementPage.SEED }).click();
  const movement = new MovementPage(page);
  await expect(movement.heading).toHaveText(MovementPage.SEED);
  await expect(movement.tab('Thông tin')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Ủy ban nhân dân tỉnh Kon Tum');

  // Chỉ tiêu: the plan's eight targets, target 3 with its two "trong đó" parts.
  await movement.openTab('Chỉ tiêu');
  await expect(movement.table(TARGETS).getByRole('row')).toHaveCount(9);
  const target3 = movement.row(TARGETS, 'Có ít nhất 60 xã đạt chuẩn nông thôn mới');
  await expect(target3).toContainText('≥ 60');
  await expect(target3).toContainText('Trong đó: xã đạt chuẩn nông thôn mới nâng cao: 20');

  await movement.openTargetForm('3');
  await movement.fill('Mức chỉ tiêu', '65');
  await movement.fill('Ghi chú', 'Điều chỉnh theo Nghị quyết năm 2024');
  await movement.save();
  await expect(page.getByText('Đã lưu chỉ tiêu 3.')).toBeVisible();
  await expect(target3).toContainText('≥ 65');
  await expect(target3).toContainText('Điều chỉnh theo Nghị quyết năm 2024');

  // The notification just shown never lies over the next form's buttons.
  await movement.openTargetForm('5');
  await expect(page.getByText('Đã lưu chỉ tiêu 3.')).toBeVisible();
  await expectUncovered(movement.dialog.getByRole('button', { name: 'Lưu', exact: true }));
  await expectUncovered(movement.dialog.getByRole('button', { name: 'Hủy', exact: true }));
  await movement.dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
  await expect(movement.dialog).toBeHidden();

  // Mốc thời gian: the four seeded milestones, then a new one.
  await movement.openTab('Mốc thời gian');
  await expect(movement.table(MILESTONES).getByRole('row')).toHaveCount(5);
  await page.getByRole('button', { name: 'Thêm mốc' }).click();
  await expect(page.getByRole('dialog', { name: 'Thêm mốc thời gian' })).toBeVisible();
  await movement.fill('Nội dung mốc', 'Kiểm tra giữa kỳ tại các huyện');
  await movement.fill('Hạn hoàn thành', '30/06/2026');
  await movement.fill('Đơn vị chủ trì', 'Ban Thi đua - Khen thưởng');
  await movement.save();
  await expect(page.getByText('Đã thêm mốc thời gian.')).toBeVisible();
  const added = movement.row(MILESTONES, 'Kiểm tra giữa kỳ tại các huyện');
  await expect(added).toContainText('30/06/2026');
  await expect(added).toContainText('Ban Thi đua - Khen thưởng');

  await movement.openTab('Hồ sơ đơn vị nộp');
  await expect(page.getByRole('combobox', { name: 'Mốc thời gian' })).toBeVisible();
  await expect(page.getByRole('tabpanel')).toContainText(/Đã nhận \d+\/\d+ đơn vị/u);

  await movement.openTab('Thu nhập bình quân');
  await expect(movement.table('Thu nhập bình quân đầu người khu vực nông thôn')).toBeVisible();

  // Both writes are in the database, not only on the screen.
  await page.reload();
  await movement.openTab('Mốc thời gian');
  await expect(added).toContainText('30/06/2026');
  await expect(movement.table(MILESTONES).getByRole('row')).toHaveCount(6);
  await movement.openTab('Chỉ tiêu');
  await expect(target3).toContainText('≥ 65');
  await expect(target3).toContainText('Điều chỉnh theo Nghị quyết năm 2024');
});

test.describe('at 1024x768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the navigation folds into a burger, the movement tabs fit and notifications leave the form buttons free', async ({ page, app }) => {
    await page.goto(app.url);
    const nav = page.getByRole('navigation', { name: 'Chức năng' });
    const burger = page.getByRole('button', { name: 'Mở hoặc đóng thanh chức năng' });
    await expect(burger).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Phong trào' })).toBeHidden();

    await burger.click();
    await nav.getByRole('link', { name: 'Phong trào' }).click();
    // Choosing a screen folds the navigation away again.
    await expect(nav.getByRole('link', { name: 'Phong trào' })).toBeHidden();
    await page.getByRole('link', { name: MovementPage.SEED }).click();
    const movement = new MovementPage(page);
    await expect(movement.heading).toHaveText(MovementPage.SEED);
    for (const tab of ['Thông tin', 'Chỉ tiêu', 'Mốc thời gian', 'Hồ sơ đơn vị nộp', 'Thu nhập bình quân']) {
      await expectUncovered(movement.tab(tab));
    }
    await expectUncovered(page.getByRole('button', { name: 'Sửa', exact: true }));

    // Saving shows a notification; the next form's buttons are still free to click beside it.
    await movement.openTab('Mốc thời gian');
    const addMilestone = page.getByRole('button', { name: 'Thêm mốc' });
    await addMilestone.click();
    await movement.fill('Nội dung mốc', 'Kiểm tra cuối kỳ');
    await movement.fill('Hạn hoàn thành', '30/11/2026');
    await movement.save();
    await expect(page.getByText('Đã thêm mốc thời gian.')).toBeVisible();
    await addMilestone.click();
    await expect(page.getByText('Đã thêm mốc thời gian.')).toBeVisible();
    await expectUncovered(movement.dialog.getByRole('button', { name: 'Lưu', exact: true }));
    await expectUncovered(movement.dialog.getByRole('button', { name: 'Hủy', exact: true }));
  });
});
