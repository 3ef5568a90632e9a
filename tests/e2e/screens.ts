import { expect, type Page } from '@playwright/test';

import type { RunningApp } from './fixtures';
import { CriteriaGridPage, DashboardPage, enterCriteria, gotoRoute, MovementPage, PdfPreview, UnitsPage } from './pages';

/** One screen (or open modal) of the app, as the accessibility scan and the screenshots visit it. */
export interface Screen {
  /** Short English id: the test title and the screenshot's file name. */
  id: string;
  /** A new database shows the set-up screen; every other screen runs on the seeded Kon Tum. */
  newDatabase?: boolean;
  /** From a fresh tab to the screen, resolved once its content (not a loader) is shown. */
  open(page: Page, app: RunningApp): Promise<void>;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function unitsList(page: Page, app: RunningApp): Promise<UnitsPage> {
  await gotoRoute(page, app, '/units');
  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('113 đơn vị');
  return units;
}

async function unitPage(page: Page, app: RunningApp, search: string, name: string) {
  const units = await unitsList(page, app);
  await units.search(search);
  return units.open(name);
}

async function movementTab(page: Page, app: RunningApp, tab: string | null): Promise<MovementPage> {
  const movement = await MovementPage.openSeed(page, app);
  if (tab) await movement.openTab(tab);
  return movement;
}

/**
 * Every screen of the app, with the modals worth scanning on their own. A new screen adds one entry;
 * accessibility.spec.ts scans each at both window sizes.
 */
export const screens: Screen[] = [
  {
    id: 'setup',
    newDatabase: true,
    open: async (page, app) => {
      await page.goto(app.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập lần đầu' })).toBeVisible();
    },
  },
  {
    id: 'dashboard',
    open: async (page, app) => {
      await gotoRoute(page, app, '/dashboard');
      await new DashboardPage(page).waitForContent();
    },
  },
  {
    id: 'units-list',
    open: async (page, app) => {
      await unitsList(page, app);
      await expect(page.getByText('Hiển thị 1-50 trong 113')).toBeVisible();
    },
  },
  {
    id: 'unit-form-new',
    open: async (page, app) => {
      await unitsList(page, app);
      await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    id: 'units-print-preview',
    open: async (page, app) => {
      await unitsList(page, app);
      await page.getByRole('button', { name: 'In danh sách' }).click();
      await expect(new PdfPreview(page, 'Danh sách đơn vị').pages).toBeVisible();
    },
  },
  {
    id: 'unit-page-district',
    open: async (page, app) => {
      await unitPage(page, app, 'dak ha', 'Huyện Đắk Hà');
      await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toBeVisible();
    },
  },
  {
    id: 'unit-page-commune',
    open: async (page, app) => {
      await unitPage(page, app, 'xa dak mar', 'Xã Đắk Mar');
      await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toBeVisible();
    },
  },
  {
    id: 'unit-form-edit',
    open: async (page, app) => {
      const unit = await unitPage(page, app, 'dak ha', 'Huyện Đắk Hà');
      await unit.startEdit();
    },
  },
  {
    id: 'roll-up',
    open: async (page, app) => {
      await gotoRoute(page, app, '/units/roll-up');
      await heading(page, 'Quy về đơn vị hiện nay');
    },
  },
  {
    id: 'movements-list',
    open: async (page, app) => {
      await gotoRoute(page, app, '/movements');
      await heading(page, 'Phong trào thi đua');
      await expect(page.getByRole('link', { name: MovementPage.SEED })).toBeVisible();
    },
  },
  { id: 'movement-info', open: async (page, app) => void (await movementTab(page, app, null)) },
  { id: 'movement-targets', open: async (page, app) => void (await movementTab(page, app, 'Chỉ tiêu')) },
  { id: 'movement-milestones', open: async (page, app) => void (await movementTab(page, app, 'Mốc thời gian')) },
  { id: 'movement-submissions', open: async (page, app) => void (await movementTab(page, app, 'Hồ sơ đơn vị nộp')) },
  { id: 'movement-income', open: async (page, app) => void (await movementTab(page, app, 'Thu nhập bình quân')) },
  {
    id: 'movement-form-edit',
    open: async (page, app) => {
      const movement = await movementTab(page, app, null);
      await movement.page.getByRole('button', { name: 'Sửa', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    id: 'movement-target-form',
    open: async (page, app) => {
      const movement = await movementTab(page, app, 'Chỉ tiêu');
      await movement.openTargetForm('1');
    },
  },
  {
    id: 'movement-milestone-form',
    open: async (page, app) => {
      const movement = await movementTab(page, app, 'Mốc thời gian');
      await movement.page.getByRole('button', { name: 'Thêm mốc' }).click();
      await expect(page.getByRole('dialog', { name: 'Thêm mốc thời gian' })).toBeVisible();
    },
  },
  {
    id: 'criteria-empty',
    open: async (page, app) => {
      await gotoRoute(page, app, '/criteria');
      await heading(page, 'Tiêu chí nông thôn mới');
    },
  },
  {
    id: 'criteria-grid',
    open: async (page, app) => {
      await gotoRoute(page, app, '/criteria');
      const criteria = new CriteriaGridPage(page);
      await criteria.chooseDistrict('dak ha', 'Huyện Đắk Hà');
      await criteria.chooseYear(2024);
    },
  },
  {
    id: 'criteria-sets',
    open: async (page, app) => {
      await gotoRoute(page, app, '/criteria/sets');
      await heading(page, 'Bộ tiêu chí');
      await expect(page.getByRole('table').first()).toBeVisible();
    },
  },
  {
    id: 'documents-register',
    open: async (page, app) => {
      await gotoRoute(page, app, '/documents');
      await heading(page, 'Sổ văn bản đi');
    },
  },
  {
    id: 'settings',
    open: async (page, app) => {
      await gotoRoute(page, app, '/settings');
      await heading(page, 'Cài đặt');
      await expect(page.getByRole('button', { name: /^Lưu/u }).first()).toBeVisible();
    },
  },
  {
    id: 'dashboard-with-data',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      await gotoRoute(page, app, '/dashboard?year=2024');
      const dashboard = new DashboardPage(page);
      await dashboard.waitForContent();
      await expect(dashboard.targetCard('3')).toBeVisible();
    },
  },
  {
    id: 'dashboard-report-preview',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      await gotoRoute(page, app, '/dashboard?year=2024');
      const dashboard = new DashboardPage(page);
      await dashboard.waitForContent();
      const preview = await dashboard.printReport();
      await expect(preview.pages).toBeVisible();
    },
  },
];
