import { expect, type Locator, type Page } from '@playwright/test';

import { hostCall } from './host-api';
import { gotoRoute } from './pages';

type App = { url: string };

/** Calls a channel of the browser host directly (POST /api/<channel>), as the app would, to prepare records. */
export { hostCall };

export interface SeededRound {
  inspectionId: number;
  teamId: number;
  /** One visit per unit, in the order given. */
  visitIds: number[];
}

/** The first communes (xã) of the seeded province, by name, for visits. */
export async function communes(page: Page, app: App, count: number): Promise<{ id: number; name: string }[]> {
  const units = await hostCall<{ rows: { id: number; name: string; adminType: string }[] }>(page, app, 'units.list', {
    kind: 'commune',
    pageSize: 200,
  });
  return units.rows.filter((u) => u.adminType === 'Xã').slice(0, count);
}

/**
 * A round of the year with a team (leader, member, secretary) and one visit per unit on 10, 11, ... July,
 * planned through the host's API (the round page is another screen's job).
 */
export async function seedRound(page: Page, app: App, year: number, unitIds: number[]): Promise<SeededRound> {
  const inspection = await hostCall<{ id: number }>(page, app, 'inspections.create', {
    year,
    title: `Kiểm tra công tác thi đua, khen thưởng năm ${year}`,
    periodFrom: `${year}-06-01`,
    periodTo: `${year}-09-30`,
  });
  const people = [];
  for (const [fullName, position] of [
    ['Trần Văn Bình', 'Phó Trưởng ban Thi đua - Khen thưởng'],
    ['Lê Thị Đào', 'Chuyên viên'],
    ['Phạm Minh Khôi', 'Chuyên viên'],
  ]) {
    const found = await hostCall<{ id: number; fullName: string }[]>(page, app, 'people.list', { query: fullName });
    people.push(
      found.find((p) => p.fullName === fullName) ??
        (await hostCall<{ id: number }>(page, app, 'people.create', { fullName, position, agency: 'Ban Thi đua - Khen thưởng tỉnh' })),
    );
  }
  const team = await hostCall<{ id: number }>(page, app, 'inspections.saveTeam', {
    inspectionId: inspection.id,
    name: 'Đoàn kiểm tra số 1',
    members: [
      { personId: people[0].id, role: 'leader' },
      { personId: people[1].id, role: 'member' },
      { personId: people[2].id, role: 'secretary' },
    ],
  });
  const visitIds: number[] = [];
  for (const [index, unitId] of unitIds.entries()) {
    const visit = await hostCall<{ id: number }>(page, app, 'inspections.addVisit', {
      inspectionId: inspection.id,
      unitId,
      date: `${year}-07-${String(10 + index).padStart(2, '0')}`,
      teamId: team.id,
      place: 'Hội trường UBND xã',
    });
    visitIds.push(visit.id);
  }
  return { inspectionId: inspection.id, teamId: team.id, visitIds };
}

/** The visit screen (/inspections/visits/:id). */
export class InspectionVisitPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, app: App, visitId: number, unitName: string): Promise<InspectionVisitPage> {
    await gotoRoute(page, app, `/inspections/visits/${visitId}`);
    const visit = new InspectionVisitPage(page);
    await expect(page.getByRole('heading', { level: 2, name: `Kiểm tra tại ${unitName}` })).toBeVisible();
    return visit;
  }

  get status(): Locator {
    return this.page.getByTestId('visit-status');
  }

  async expectStatus(label: string): Promise<void> {
    await expect(this.status).toHaveText(label);
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`, 'u') }).click();
  }

  /** Clicks "Chuyển sang "<label>"" (the next step). */
  async forward(label: string): Promise<void> {
    await this.workflow.getByRole('button', { name: `Chuyển sang "${label}"` }).click();
  }

  /** The refusal the service answered with, shown above the tabs. */
  get refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Chưa chuyển được trạng thái' });
  }

  /** The workflow's steps and buttons. */
  get workflow(): Locator {
    return this.page.getByRole('region', { name: 'Các bước của lần kiểm tra' });
  }

  async reopen(to: string, reason: string): Promise<void> {
    await this.workflow.getByRole('button', { name: 'Mở lại', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Mở lại lần kiểm tra' });
    await dialog.getByRole('combobox', { name: 'Trở về bước' }).click();
    await this.page.getByRole('option', { name: to, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Lý do mở lại' }).fill(reason);
    await dialog.getByRole('button', { name: 'Mở lại', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** One checklist item's result (Đạt / Chưa đạt / Không áp dụng), points and evidence note. */
  async setResult(code: string, result: 'Đạt' | 'Chưa đạt' | 'Không áp dụng', points?: number, note?: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: `Kết quả nội dung ${code}` })
      .getByRole('radio', { name: result, exact: true })
      .check();
    if (points !== undefined)
      await this.page.getByRole('textbox', { name: `Điểm nội dung ${code}` }).fill(String(points).replace('.', ','));
    if (note !== undefined) await this.page.getByRole('textbox', { name: `Ghi chú, minh chứng nội dung ${code}` }).fill(note);
  }

  async saveResults(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu kết quả' }).click();
    // Notifications show two at a time (limit 2, 5 s each): the confirmation may wait behind earlier ones.
    await expect(this.page.getByText('Đã lưu kết quả kiểm tra.')).toBeVisible({ timeout: 30_000 });
  }

  get total(): Locator {
    return this.page.getByTestId('visit-total');
  }

  get band(): Locator {
    return this.page.getByTestId('visit-band');
  }

  async saveFindings(findings: { strengths?: string; shortcomings?: string; causes?: string }): Promise<void> {
    await this.openTab('Nhận xét, kết luận');
    if (findings.strengths !== undefined) await this.page.getByRole('textbox', { name: 'Ưu điểm' }).fill(findings.strengths);
    if (findings.shortcomings !== undefined) await this.page.getByRole('textbox', { name: 'Hạn chế, tồn tại' }).fill(findings.shortcomings);
    if (findings.causes !== undefined) await this.page.getByRole('textbox', { name: 'Nguyên nhân' }).fill(findings.causes);
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(this.page.getByText('Đã lưu nhận xét, kết luận.')).toBeVisible({ timeout: 30_000 });
  }

  /** Adds a recommendation on the Kiến nghị tab, carried out by the inspected unit unless told. */
  async addRecommendation(text: string, deadline: string): Promise<void> {
    await this.openTab('Kiến nghị');
    await this.page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm kiến nghị' });
    await dialog.getByRole('textbox', { name: 'Nội dung kiến nghị' }).fill(text);
    await dialog.getByRole('textbox', { name: 'Hạn thực hiện' }).fill(deadline);
    await dialog.getByRole('textbox', { name: 'Hạn thực hiện' }).press('Tab');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.ownRecommendations).toContainText(text);
  }

  get ownRecommendations(): Locator {
    return this.page.getByRole('table', { name: 'Kiến nghị của lần kiểm tra này' });
  }

  get carriedRecommendations(): Locator {
    return this.page.getByRole('table', { name: 'Kiến nghị các năm trước chưa hoàn thành' });
  }

  /** Closes a carried recommendation at this visit (done, with the dated note the dialog proposes). */
  async closeCarried(text: string): Promise<void> {
    await this.openTab('Kiến nghị');
    await this.page.getByRole('button', { name: `Kết thúc kiến nghị tại lần kiểm tra này: ${text}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Kết thúc kiến nghị tại lần kiểm tra này' });
    await dialog.getByRole('button', { name: 'Kết thúc kiến nghị' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.carriedRecommendations.getByRole('row', { name: new RegExp(text, 'u') })).toContainText('Đã kết thúc tại lần này');
  }
}

/** The overview of recommendations (/recommendations). */
export class RecommendationsOverview {
  constructor(readonly page: Page) {}

  static async open(page: Page, app: App, query = ''): Promise<RecommendationsOverview> {
    await gotoRoute(page, app, `/recommendations${query}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Kiến nghị sau kiểm tra' })).toBeVisible();
    return new RecommendationsOverview(page);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Danh sách kiến nghị' });
  }

  row(text: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(text, 'u') });
  }
}
