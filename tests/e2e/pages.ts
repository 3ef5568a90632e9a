import { expect, type Locator, type Page } from '@playwright/test';

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

  cell(number: number, commune: string): Locator {
    return this.grid.getByRole('gridcell', { name: `Tiêu chí ${number}, ${commune}`, exact: true });
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
