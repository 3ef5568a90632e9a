import { expect, type Locator, type Page } from '@playwright/test';

/** Goes straight to a route of the hash router, keeping the access token of the host's address. */
export async function gotoRoute(page: Page, app: { url: string }, route: string): Promise<void> {
  await page.goto(`${app.url}#${route}`);
}

/**
 * Enters a year's criteria for Huyện Đắk Hà through the grid (criteria 1-3 for the first commune,
 * 1-2 for the second, the others saved with none), so the dashboard and the report have data. A year
 * that has data already (a second visit) is left as it is.
 */
export async function enterCriteria(page: Page, app: { url: string }, year: number): Promise<void> {
  await gotoRoute(page, app, '/criteria');
  const criteria = new CriteriaGridPage(page);
  await criteria.chooseDistrict('dak ha', 'Huyện Đắk Hà');
  await criteria.chooseYear(year);
  const first = await criteria.commune(0);
  // Opened again at the second window size: the data is there already.
  if ((await criteria.count(first).textContent()) !== '—') return;
  await criteria.cell(1, first).focus();
  for (const key of ['Space', 'ArrowRight', 'Space', 'ArrowRight', 'Space', 'ArrowDown', 'Space', 'Home', 'Space'])
    await page.keyboard.press(key);
  await criteria.save();
}

/**
 * Fails when something (a notification, an overlay) lies over the middle of the element, where a
 * user would click: Playwright's own click would wait instead of saying what is in the way.
 */
export async function expectUncovered(locator: Locator): Promise<void> {
  // Where it is, not scrolled to the middle: a notification at the window's edge must not hide it there.
  await expect(locator).toBeInViewport({ ratio: 1 });
  const onTop = await locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === null ? 'nothing' : element.contains(hit) ? 'itself' : hit.outerHTML.slice(0, 200);
  });
  expect(onTop, 'the element under the pointer').toBe('itself');
}

/** The first-run screen. */
export class SetupPage {
  constructor(readonly page: Page) {}

  async chooseProvince(search: string, name: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await select.click();
    await select.fill(search);
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(select).toHaveValue(name);
  }

  async fillOperator(name: string): Promise<void> {
    await this.page.getByLabel('Tên người dùng').fill(name);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  }
}

/** The registry screen: search box, count and table. */
export class UnitsPage {
  readonly table: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Đơn vị' });
    this.count = page.getByRole('status').filter({ hasText: 'đơn vị' });
  }

  async search(query: string): Promise<void> {
    await this.page.getByLabel('Tìm đơn vị').fill(query);
  }

  unitLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  async open(name: string): Promise<UnitPage> {
    await this.unitLink(name).click();
    const unit = new UnitPage(this.page);
    await expect(unit.heading).toHaveText(name);
    return unit;
  }
}

/** One unit's page and its edit form. */
export class UnitPage {
  readonly heading: Locator;
  readonly dialog: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2 });
    this.dialog = page.getByRole('dialog');
    this.history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
  }

  /** The value shown next to a label in the details. */
  detail(label: string): Locator {
    return this.page.locator('dt', { hasText: new RegExp(`^${label}$`, 'u') }).locator('xpath=following-sibling::dd[1]');
  }

  async startEdit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sửa', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.dialog.getByLabel(label, { exact: true }).fill(value);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  }

  /** Edits one field and waits until the form has closed. */
  async edit(label: string, value: string): Promise<void> {
    await this.startEdit();
    await this.fill(label, value);
    await this.save();
    await expect(this.dialog).toBeHidden();
  }
}

/** The PDF preview modal (draft or issued document): page count, Save, Print, issuing. */
export class PdfPreview {
  readonly dialog: Locator;
  readonly pages: Locator;
  readonly frame: Locator;

  constructor(
    readonly page: Page,
    title: string | RegExp,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
    this.pages = this.dialog.getByText(/^\d+ trang$/u);
    this.frame = this.dialog.getByTitle('Nội dung văn bản dạng PDF');
  }

  /** Numbers the draft: "Cấp số và phát hành", the signer, "Cấp số". */
  async issue(signer: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cấp số và phát hành' }).click();
    await this.dialog.getByLabel('Người ký', { exact: true }).fill(signer);
    await this.dialog.getByRole('button', { name: 'Cấp số', exact: true }).click();
  }

  /** Clicks "Lưu PDF" and returns the browser's download of it. */
  async save() {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Lưu PDF' }).click();
    return download;
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The register of issued documents (Sổ văn bản đi). */
export class DocumentsRegisterPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Sổ văn bản đi' });
  }

  row(numberSymbol: string): Locator {
    return this.table.getByRole('row').filter({ hasText: numberSymbol });
  }

  async open(numberSymbol: string): Promise<PdfPreview> {
    await this.table.getByRole('button', { name: `Mở bản PDF ${numberSymbol}` }).click();
    const preview = new PdfPreview(this.page, `Văn bản số ${numberSymbol}`);
    await expect(preview.dialog).toBeVisible();
    return preview;
  }
}

/** Tiêu chí nông thôn mới: district and year pickers, the keyboard grid, saving and the Excel import. */
export class CriteriaGridPage {
  readonly grid: Locator;
  readonly unsaved: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
    this.unsaved = page.getByText('Có thay đổi chưa lưu');
    this.preview = page.getByRole('dialog', { name: /^Xem trước dữ liệu nhập/u });
  }

  async chooseDistrict(search: string, name: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: 'Huyện, thành phố' });
    await select.click();
    await select.fill(search);
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(select).toHaveValue(name);
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Năm', exact: true }).click();
    await this.page.getByRole('option', { name: String(year), exact: true }).click();
    await expect(this.page.getByRole('grid', { name: new RegExp(`^Kết quả tiêu chí năm ${year} - `, 'u') })).toBeVisible();
  }

  /** The name of the commune on the grid's row (0-based). */
  async commune(index: number): Promise<string> {
    return (await this.grid.getByRole('rowheader').nth(index).textContent()) ?? '';
  }

  /** A criterion's checkbox in a commune's row. */
  cell(number: number, commune: string): Locator {
    return this.grid.getByRole('checkbox', { name: `Tiêu chí ${number}, ${commune}`, exact: true });
  }

  /** The derived "met/total" of a commune's row. */
  count(commune: string): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: commune, exact: true }) })
      .getByLabel('Số tiêu chí đạt trong năm');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(this.unsaved).toBeHidden();
  }

  /** "Tải mẫu Excel" and the browser's download of it. */
  async downloadTemplate() {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Tải mẫu Excel' }).click();
    return download;
  }

  /** Picks a file for "Nhập từ Excel" and waits for the preview. */
  async importFile(filePath: string): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles(filePath);
    await expect(this.preview).toBeVisible();
  }
}

/** Phong trào: one movement's page and its tabs. */
export class MovementPage {
  /** The movement every Kon Tum database starts with (Kế hoạch 2017/KH-UBND). */
  static readonly SEED = 'Kon Tum chung sức xây dựng nông thôn mới';

  readonly heading: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2 });
    this.dialog = page.getByRole('dialog');
  }

  /** From the movements list (reached by its route) to the seed movement's page. */
  static async openSeed(page: Page, app: { url: string }): Promise<MovementPage> {
    await gotoRoute(page, app, '/movements');
    await page.getByRole('link', { name: MovementPage.SEED }).click();
    const movement = new MovementPage(page);
    await expect(movement.heading).toHaveText(MovementPage.SEED);
    return movement;
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(this.page.getByRole('tabpanel')).toBeVisible();
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  /** The row of a table whose text contains `text`. */
  row(table: string, text: string): Locator {
    return this.table(table).getByRole('row').filter({ hasText: text });
  }

  /** "Sửa chỉ tiêu <code>" on the Chỉ tiêu tab. */
  async openTargetForm(code: string): Promise<void> {
    await this.page.getByRole('button', { name: `Sửa chỉ tiêu ${code}`, exact: true }).click();
    await expect(this.page.getByRole('dialog', { name: `Sửa chỉ tiêu ${code}` })).toBeVisible();
  }

  /** Types into the open form's field; a required field's label ends with " *". */
  async fill(label: string, value: string): Promise<void> {
    await this.dialog.getByLabel(new RegExp(`^${label}( \\*)?$`, 'u')).fill(value);
  }

  /** Clicks "Lưu" in the open form and waits until it has closed. */
  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** Tổng quan: movement and year, target cards, the units drawer and the report. */
export class DashboardPage {
  readonly drawer: Locator;

  constructor(readonly page: Page) {
    this.drawer = page.getByRole('dialog');
  }

  /** Resolved once the figures (or the "no data" notice) are shown, not a loader. */
  async waitForContent(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: 'Tổng quan' })).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 3 }).first()).toBeVisible();
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Năm đánh giá' }).click();
    await this.page.getByRole('option', { name: String(year), exact: true }).click();
    await expect(this.page.getByRole('combobox', { name: 'Năm đánh giá' })).toHaveValue(String(year));
  }

  /** The card of a target, named "Chỉ tiêu <code>". */
  targetCard(code: string): Locator {
    return this.page.getByRole('article', { name: `Chỉ tiêu ${code}`, exact: true });
  }

  /** "In báo cáo": the draft preview of the movement report. */
  async printReport(): Promise<PdfPreview> {
    await this.page.getByRole('button', { name: 'In báo cáo' }).click();
    const preview = new PdfPreview(this.page, /^Báo cáo kết quả phong trào thi đua “.+” năm \d{4}$/u);
    await expect(preview.dialog).toBeVisible();
    return preview;
  }
}
