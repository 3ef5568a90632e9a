import { expect, type Locator, type Page } from '@playwright/test';

import { gotoRoute } from './pages';

/** A person of the directory as the form takes it. */
export interface PersonEntry {
  fullName: string;
  position?: string;
  agency?: string;
  phone?: string;
}

export type TeamRoleLabel = 'Trưởng đoàn' | 'Phó Trưởng đoàn' | 'Thành viên' | 'Thư ký';

/** Today's year and a day of it as the date fields take it (dd/MM/yyyy). */
export function currentYear(): number {
  return new Date().getFullYear();
}

export function dayOf(year: number, month: number, day: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A field of a form by its label; a required field's label ends with " *". */
function field(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`, 'u'));
}

/** Types a date (dd/MM/yyyy) and leaves the field, so its calendar closes instead of covering what comes next. */
async function fillDate(scope: Locator, label: string, value: string): Promise<void> {
  const input = field(scope, label);
  await input.fill(value);
  await input.press('Tab');
}

/** Picks an option of a Mantine Select or searchable Select: types the search (if any), clicks the option. */
export async function choose(page: Page, scope: Locator, label: string, option: string, search?: string): Promise<void> {
  const input = field(scope, label);
  await input.click();
  if (search !== undefined) await input.fill(search);
  // An option may carry a second line (a person's position, a commune's district) after its name.
  await page.getByRole('option', { name: new RegExp(`^${escape(option)}(\\s|$)`, 'u') }).click();
  await expect(input).toHaveValue(option);
}

/** Clicks "Lưu" in a dialog and waits until it has closed. */
async function saveDialog(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Cán bộ, thành viên: the directory of people who serve on teams. */
export class PeopleDirectoryPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Danh bạ cán bộ, thành viên' });
  }

  static async open(page: Page, app: { url: string }): Promise<PeopleDirectoryPage> {
    await gotoRoute(page, app, '/people');
    await expect(page.getByRole('heading', { level: 2, name: 'Cán bộ, thành viên' })).toBeVisible();
    return new PeopleDirectoryPage(page);
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Tìm theo họ tên' }).fill(query);
  }

  row(fullName: string): Locator {
    return this.table.getByRole('row').filter({ hasText: fullName });
  }

  async add(person: PersonEntry): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm người' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm người vào danh bạ' });
    await fillPerson(dialog, person);
    await saveDialog(dialog);
    await expect(this.page.getByText(`Đã thêm ${person.fullName} vào danh bạ.`)).toBeVisible();
  }
}

async function fillPerson(dialog: Locator, person: PersonEntry): Promise<void> {
  await field(dialog, 'Họ và tên').fill(person.fullName);
  if (person.position) await field(dialog, 'Chức vụ').fill(person.position);
  if (person.agency) await field(dialog, 'Cơ quan, đơn vị công tác').fill(person.agency);
  if (person.phone) await field(dialog, 'Số điện thoại').fill(person.phone);
}

export interface RoundEntry {
  year: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  /** Movements covered, by their full names. */
  movements?: string[];
  teamDecisionNumber?: string;
  teamDecisionDate?: string;
  purpose?: string;
}

/** Kiểm tra: the rounds of a year. */
export class InspectionRoundsPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Danh sách đợt kiểm tra' });
  }

  static async open(page: Page, app: { url: string }, year?: number): Promise<InspectionRoundsPage> {
    await gotoRoute(page, app, year === undefined ? '/inspections' : `/inspections?year=${year}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Đợt kiểm tra' })).toBeVisible();
    return new InspectionRoundsPage(page);
  }

  /** "Tạo đợt kiểm tra", filled and saved; the app then opens the new round's page. */
  async create(round: RoundEntry): Promise<RoundPage> {
    await this.page.getByRole('button', { name: 'Tạo đợt kiểm tra' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tạo đợt kiểm tra' });
    await field(dialog, 'Năm kiểm tra').fill(String(round.year));
    await field(dialog, 'Tên đợt kiểm tra').fill(round.title);
    await fillDate(dialog, 'Từ ngày', round.periodFrom);
    await fillDate(dialog, 'Đến ngày', round.periodTo);
    for (const movement of round.movements ?? []) {
      const input = field(dialog, 'Phong trào được kiểm tra');
      await input.click();
      await input.fill(movement.split(' ').slice(0, 2).join(' '));
      await this.page.getByRole('option', { name: movement, exact: true }).click();
    }
    if (round.teamDecisionNumber) await field(dialog, 'Số quyết định thành lập đoàn').fill(round.teamDecisionNumber);
    if (round.teamDecisionDate) await fillDate(dialog, 'Ngày quyết định thành lập đoàn', round.teamDecisionDate);
    if (round.purpose) await field(dialog, 'Mục đích, yêu cầu').fill(round.purpose);
    await saveDialog(dialog);
    const page = new RoundPage(this.page);
    await expect(page.heading).toHaveText(round.title);
    return page;
  }
}

export interface MemberEntry {
  fullName: string;
  role: TeamRoleLabel;
  /** Typed to find the person; the first two words of the name when absent. */
  search?: string;
}

export interface VisitEntry {
  /** Typed into the unit picker (no diacritics needed), and the unit's full name. */
  unitSearch: string;
  unitName: string;
  date: string;
  team?: string;
  place?: string;
}

/** One round: Thông tin, Đoàn kiểm tra, Lịch kiểm tra. */
export class RoundPage {
  readonly heading: Locator;
  readonly schedule: Locator;
  /** The schedule's warnings (a member booked twice a day, a unit visited twice). */
  readonly warnings: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2 });
    this.schedule = page.getByRole('table', { name: 'Lịch kiểm tra' });
    this.warnings = page.getByRole('alert').filter({ hasText: 'Lịch kiểm tra có' });
  }

  /** A tab by its name, whatever count follows it. */
  tab(name: 'Thông tin' | 'Đoàn kiểm tra' | 'Lịch kiểm tra'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}( \\(\\d+\\))?$`, 'u') });
  }

  async openTab(name: 'Thông tin' | 'Đoàn kiểm tra' | 'Lịch kiểm tra'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /**
   * "Thêm đoàn" with its members chosen from the directory. A member listed with `create` is first added to the
   * directory from the picker ("Thêm người mới vào danh bạ").
   */
  async addTeam(name: string, members: (MemberEntry & { create?: PersonEntry })[]): Promise<void> {
    await this.openTab('Đoàn kiểm tra');
    await this.page.getByRole('button', { name: 'Thêm đoàn' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm đoàn kiểm tra' });
    await field(dialog, 'Tên đoàn').fill(name);
    for (const [index, member] of members.entries()) {
      const n = index + 1;
      if (index > 0) await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
      if (member.create) {
        await dialog.getByRole('button', { name: 'Thêm người mới vào danh bạ' }).click();
        const add = this.page.getByRole('dialog', { name: 'Thêm người vào danh bạ' });
        await fillPerson(add, member.create);
        await saveDialog(add);
        await expect(field(dialog, `Thành viên ${n}: Họ và tên`)).toHaveValue(member.fullName);
      } else {
        const search = member.search ?? member.fullName.split(' ').slice(0, 2).join(' ');
        await choose(this.page, dialog, `Thành viên ${n}: Họ và tên`, member.fullName, search);
      }
      await choose(this.page, dialog, `Thành viên ${n}: Vai trò`, member.role);
    }
    await saveDialog(dialog);
    await expect(this.page.getByText(`Đã thêm ${name}.`)).toBeVisible();
  }

  team(name: string): Locator {
    return this.page.getByRole('table', { name: `Thành viên ${name}` });
  }

  /** "Thêm đơn vị" on the schedule tab; resolves once the dialog has closed. */
  async addVisit(visit: VisitEntry): Promise<void> {
    await this.openTab('Lịch kiểm tra');
    await this.page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm đơn vị vào lịch kiểm tra' });
    await choose(this.page, dialog, 'Đơn vị được kiểm tra', visit.unitName, visit.unitSearch);
    await fillDate(dialog, 'Ngày kiểm tra', visit.date);
    if (visit.team) await choose(this.page, dialog, 'Đoàn kiểm tra', visit.team);
    if (visit.place) await field(dialog, 'Địa điểm').fill(visit.place);
    await saveDialog(dialog);
  }

  /** The schedule rows of a unit. */
  visitRows(unitName: string): Locator {
    return this.schedule.getByRole('row').filter({ has: this.page.getByRole('link', { name: `Mở biên bản kiểm tra ${unitName}` }) });
  }

  /** Follows the unit's link in the schedule to its visit screen (/inspections/visits/:id). */
  async openVisit(unitName: string): Promise<void> {
    await this.openTab('Lịch kiểm tra');
    await this.visitRows(unitName)
      .first()
      .getByRole('link', { name: `Mở biên bản kiểm tra ${unitName}` })
      .click();
    await expect(this.page).toHaveURL(/#\/inspections\/visits\/\d+$/u);
  }

  /** Opens a visit's schedule dialog (the first row of the unit). */
  async editVisit(unitName: string): Promise<Locator> {
    await this.visitRows(unitName)
      .first()
      .getByRole('button', { name: `Sửa lịch kiểm tra ${unitName}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Lịch kiểm tra: ${unitName}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Records the self-assessment report as received on `date`, with the unit's first representative. */
  async recordSelfAssessment(unitName: string, date: string, representative?: { fullName: string; position: string }): Promise<void> {
    const dialog = await this.editVisit(unitName);
    await fillDate(dialog, 'Ngày nhận báo cáo tự kiểm tra', date);
    if (representative) {
      await dialog.getByRole('button', { name: 'Thêm người dự' }).click();
      await field(dialog, 'Họ và tên (1)').fill(representative.fullName);
      await field(dialog, 'Chức vụ (1)').fill(representative.position);
    }
    await saveDialog(dialog);
  }
}
