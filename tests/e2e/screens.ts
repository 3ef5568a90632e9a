import path from 'node:path';

import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { issuedDecision as issuedDecisionWithCertificates } from './certificate-pages';
import { votedSession } from './council-pages';
import { issuedDecision } from './decision-pages';
import type { RunningApp } from './fixtures';
import { communes, hostCall, InspectionVisitPage, RecommendationsOverview, seedRound } from './inspection-visit-pages';
import { NominationRoundPage, proposalFile } from './nomination-pages';
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

/** Calls a channel of the browser host directly, as the app would, to prepare records a screen shows. */
async function api(page: Page, app: RunningApp, channel: string, input: unknown): Promise<unknown> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const reply = await page.request.post(new URL(`/api/${channel}`, app.url).href, {
    data: input,
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = (await reply.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.data;
}

/**
 * A round of the current year with a team of two and two units on the same day given to teams sharing a member,
 * so the schedule shows its warning; made once per database (the scan opens the screen at each window size).
 */
async function plannedRound(page: Page, app: RunningApp): Promise<number> {
  const year = new Date().getFullYear();
  const existing = (await api(page, app, 'inspections.list', { year })) as { id: number }[];
  if (existing.length > 0) return existing[0].id;
  const person = async (fullName: string, position: string) =>
    ((await api(page, app, 'people.create', { fullName, position, agency: 'Ban Thi đua - Khen thưởng', phone: '' })) as { id: number }).id;
  const an = await person('Nguyễn Văn An', 'Phó Trưởng ban');
  const binh = await person('Trần Thị Bình', 'Chuyên viên');
  const cuong = await person('Lê Văn Cường', 'Trưởng phòng');
  const round = (await api(page, app, 'inspections.create', {
    year,
    title: `Kiểm tra công tác thi đua, khen thưởng năm ${year}`,
    periodFrom: `${year}-06-01`,
    periodTo: `${year}-11-30`,
    purpose: 'Đánh giá kết quả thực hiện phong trào tại cơ sở.',
    teamDecisionNumber: '45/QĐ-HĐTĐKT',
    teamDecisionDate: `${year}-05-20`,
  })) as { id: number };
  const team = async (name: string, members: { personId: number; role: string }[]) =>
    ((await api(page, app, 'inspections.saveTeam', { inspectionId: round.id, name, members })) as { id: number }).id;
  const first = await team('Đoàn kiểm tra số 1', [
    { personId: an, role: 'leader' },
    { personId: binh, role: 'secretary' },
  ]);
  const second = await team('Đoàn kiểm tra số 2', [
    { personId: cuong, role: 'leader' },
    { personId: binh, role: 'member' },
  ]);
  for (const [query, teamId] of [
    ['xa dak mar', first],
    ['xa ha mon', second],
  ] as const) {
    const [unit] = (await api(page, app, 'units.search', { query })) as { id: number }[];
    await api(page, app, 'inspections.addVisit', { inspectionId: round.id, unitId: unit.id, date: `${year}-07-15`, teamId, place: '' });
  }
  return round.id;
}

async function roundTab(page: Page, app: RunningApp, tab: string | null): Promise<void> {
  const id = await plannedRound(page, app);
  await gotoRoute(page, app, `/inspections/${id}${tab ? `?tab=${tab}` : ''}`);
  await heading(page, /^Kiểm tra công tác thi đua/u);
}

/** An edited recognition and a year's criteria of a unit. */
async function recordYear(page: Page, app: RunningApp, unitId: number): Promise<void> {
  const decision = { number: '15/QĐ-UBND', date: '2024-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' };
  const saved = (await api(page, app, 'recognitions.set', { unitId, year: 2024, level: 'ntm', decision, version: null })) as {
    id: number;
    version: number;
  };
  await api(page, app, 'recognitions.update', {
    id: saved.id,
    version: saved.version,
    year: 2024,
    level: 'ntm-advanced',
    decision: { ...decision, number: '16/QĐ-UBND' },
    note: '',
  });
  await api(page, app, 'criteria.setUnitYear', { unitId, year: 2024, criteriaMet: [1, 2, 3, 4, 5], version: null });
}

/** A visit under way with results, a recommendation, and last year's open recommendation carried to it. */
async function visitUnderWay(page: Page, app: RunningApp): Promise<InspectionVisitPage> {
  const year = new Date().getFullYear();
  const [unit] = await communes(page, app, 1);
  const earlier = await seedRound(page, app, year - 1, [unit.id]);
  await hostCall(page, app, 'recommendations.create', {
    visitId: earlier.visitIds[0],
    text: 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã',
    responsibleUnitId: unit.id,
    deadline: `${year - 1}-12-31`,
  });
  const round = await seedRound(page, app, year, [unit.id]);
  const visitId = round.visitIds[0];
  const started = await hostCall<{ version: number; checklist: { sections: { items: { id: number; maxPoints: number | null }[] }[] } }>(
    page,
    app,
    'inspections.transition',
    { visitId, to: 'in-progress', reason: '', version: 1 },
  );
  const items = started.checklist.sections.flatMap((s) => s.items).slice(0, 5);
  await hostCall(page, app, 'inspections.setResults', {
    visitId,
    items: items.map((item, index) => ({ itemId: item.id, result: index === 2 ? 'fail' : 'pass', points: item.maxPoints, note: '' })),
  });
  await hostCall(page, app, 'recommendations.create', {
    visitId,
    text: 'Bổ sung sổ theo dõi khen thưởng theo thẩm quyền',
    responsibleUnitId: unit.id,
    deadline: `${year}-12-31`,
  });
  return InspectionVisitPage.open(page, app, visitId, unit.name);
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function unitsList(page: Page, app: RunningApp): Promise<UnitsPage> {
  await gotoRoute(page, app, '/units');
  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('127 đơn vị');
  return units;
}

async function unitPage(page: Page, app: RunningApp, search: string, name: string) {
  const units = await unitsList(page, app);
  await units.search(search);
  return units.open(name);
}

async function criteriaTab(page: Page, app: RunningApp, tab: string): Promise<void> {
  await gotoRoute(page, app, `/criteria?tab=${tab}`);
  await new CriteriaGridPage(page).chooseDistrict('dak ha', 'Huyện Đắk Hà');
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
/**
 * A merit round of this year with three dossiers (an individual with one award, a collective, a household),
 * the individual's received then returned for supplement; made once per database. Resolves with the ids.
 */
async function nominationRound(page: Page, app: RunningApp): Promise<{ roundId: number; dossierId: number; nomineeId: number }> {
  const year = new Date().getFullYear();
  const name = `Khen thưởng công trạng năm ${year}`;
  const rounds = (await api(page, app, 'rounds.list', { year })) as { id: number; name: string }[];
  let roundId = rounds.find((round) => round.name === name)?.id;
  if (roundId === undefined) {
    roundId = (
      (await api(page, app, 'rounds.create', { name, year, commendationKind: 'merit', deadline: `${year}-10-31` })) as { id: number }
    ).id;
    const [unit] = (await api(page, app, 'units.search', { query: 'dak mar', limit: 1 })) as { id: number }[];
    const nominee = async (input: Record<string, unknown>) => ((await api(page, app, 'nominees.create', input)) as { id: number }).id;
    const an = await nominee({
      kind: 'individual',
      name: 'Nguyễn Văn An',
      formOfAddress: 'Ông',
      gender: 'male',
      birthYear: 1975,
      position: 'Chủ tịch UBND xã',
      workplace: 'UBND xã Đắk Mar',
      unitId: unit.id,
    });
    await api(page, app, 'nominees.addAward', { nomineeId: an, awardCode: 'CSTD_CS', year: year - 1, decisionNumber: '120/QĐ-UBND' });
    await api(page, app, 'nominees.addRecord', { kind: 'rating', nomineeId: an, year: year - 1, rating: 'HTXSNV' });
    const collective = await nominee({ kind: 'collective', name: 'UBND xã Đắk Mar', classification: 'administrative', unitId: unit.id });
    const household = await nominee({ kind: 'household', name: 'Hộ ông A Thút', village: 'Thôn Kon Bdeh', unitId: unit.id });
    const nominate = async (nomineeId: number, awardCode: string, landM2: number | null = null) =>
      (
        (await api(page, app, 'nominations.create', {
          roundId,
          nomineeId,
          awardCode,
          proposingUnitId: unit.id,
          summary: 'Vận động nhân dân hiến đất làm đường giao thông nông thôn; hoàn thành xuất sắc nhiệm vụ năm.',
          landM2,
        })) as { id: number; version: number }
      ).id;
    const dossier = await nominate(an, 'BK_TINH');
    await nominate(collective, 'BK_TINH');
    await nominate(household, 'BK_TINH', 1200);
    const received = (await api(page, app, 'nominations.transition', { id: dossier, to: 'received', reason: '', version: 1 })) as {
      version: number;
    };
    await api(page, app, 'nominations.transition', {
      id: dossier,
      to: 'needs-supplement',
      reason: 'Thiếu biên bản họp xét của xã.',
      version: received.version,
    });
  }
  const list = (
    (await api(page, app, 'nominations.list', { roundId })) as { rows: { id: number; nomineeId: number; nomineeName: string }[] }
  ).rows;
  const an = list.find((nomination) => nomination.nomineeName === 'Nguyễn Văn An');
  if (!an) throw new Error('nominationRound: no dossier of Nguyễn Văn An');
  return { roundId, dossierId: an.id, nomineeId: an.nomineeId };
}

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
      await expect(page.getByText('Hiển thị 1-50 trong 127')).toBeVisible();
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
    id: 'unit-page-commune-records-history',
    open: async (page, app) => {
      // A recognition (edited) and a year's criteria, so the unit's history shows records kept per unit beside its own;
      // once: the scan opens the screen at each window size on the same database.
      const [commune] = (await api(page, app, 'units.search', { query: 'xa dak mar' })) as { id: number }[];
      const recorded = (await api(page, app, 'recognitions.forUnit', { unitId: commune.id })) as unknown[];
      if (recorded.length === 0) await recordYear(page, app, commune.id);
      await unitPage(page, app, 'xa dak mar', 'Xã Đắk Mar');
      const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
      await expect(history).toContainText('Quyết định công nhận năm 2024');
      await history.scrollIntoViewIfNeeded();
    },
  },
  {
    id: 'recognition-dialog',
    open: async (page, app) => {
      await unitPage(page, app, 'xa dak mar', 'Xã Đắk Mar');
      await page.getByRole('button', { name: 'Thêm quyết định công nhận' }).click();
      await expect(page.getByRole('dialog', { name: /^Quyết định công nhận – Xã Đắk Mar$/u })).toBeVisible();
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
    id: 'movement-history',
    open: async (page, app) => {
      await movementTab(page, app, 'Lịch sử thay đổi');
      await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toBeVisible();
    },
  },
  {
    id: 'submission-dialog-attachments',
    open: async (page, app) => {
      await movementTab(page, app, 'Hồ sơ đơn vị nộp');
      const dialog = page.getByRole('dialog', { name: 'Văn bản của Huyện Đắk Hà' });
      // Files attach to a stored submission: the first visit records the receipt, then opens it again.
      const edit = page.getByRole('button', { name: 'Sửa văn bản của Huyện Đắk Hà' });
      const mark = page.getByRole('button', { name: 'Ghi nhận văn bản của Huyện Đắk Hà' });
      await expect(edit.or(mark)).toBeVisible();
      if (await mark.isVisible()) {
        await mark.click();
        await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
        await expect(dialog).toBeHidden();
      }
      await edit.click();
      await expect(dialog.getByRole('button', { name: 'Đính kèm tệp…' })).toBeVisible();
    },
  },
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
    id: 'criteria-recognitions',
    open: async (page, app) => {
      await criteriaTab(page, app, 'recognitions');
      await expect(page.getByRole('table', { name: /^Mức công nhận năm \d{4} - Huyện Đắk Hà$/u })).toBeVisible();
    },
  },
  {
    id: 'criteria-ethnic',
    open: async (page, app) => {
      await criteriaTab(page, app, 'ethnic');
      await expect(page.getByRole('table', { name: 'Vùng đồng bào dân tộc thiểu số - Huyện Đắk Hà' })).toBeVisible();
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
    id: 'settings-restore',
    open: async (page, app) => {
      await api(page, app, 'backups.create', {});
      await gotoRoute(page, app, '/settings');
      await page
        .getByRole('button', { name: /^Khôi phục bản sao lưu lúc/u })
        .first()
        .click();
      await expect(page.getByRole('dialog').getByRole('row', { name: /^Đơn vị/u })).toBeVisible();
    },
  },
  {
    id: 'settings-signature',
    open: async (page, app) => {
      await gotoRoute(page, app, '/settings');
      await heading(page, 'Cài đặt');
      await page.getByRole('button', { name: 'Thêm chữ ký của cơ quan khác' }).click();
      await expect(page.getByLabel('Cơ quan ban hành (chữ viết tắt)').last()).toHaveValue('');
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
  {
    id: 'document-issue-invalid-date',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      await gotoRoute(page, app, '/dashboard?year=2024');
      const dashboard = new DashboardPage(page);
      await dashboard.waitForContent();
      const preview = await dashboard.printReport();
      await expect(preview.pages).toBeVisible();
      await preview.dialog.getByRole('button', { name: 'Cấp số và phát hành' }).click();
      const date = preview.dialog.getByRole('textbox', { name: 'Ngày ban hành' });
      await date.fill('31/02/2024');
      await preview.dialog.getByRole('button', { name: 'Cấp số', exact: true }).click();
      await expect(preview.dialog.getByText('Ngày không hợp lệ')).toBeVisible();
      // Refused before any number is taken: the form stays open and no number appears.
      await expect(preview.dialog.getByRole('button', { name: 'Cấp số', exact: true })).toBeVisible();
      await expect(preview.dialog).not.toContainText('01/BC-HĐTĐKT');
    },
  },
  {
    id: 'inspection-visit',
    open: async (page, app) => {
      const visit = await visitUnderWay(page, app);
      await expect(visit.total).toHaveText(/\/ 100/u);
    },
  },
  {
    id: 'inspection-visit-recommendations',
    open: async (page, app) => {
      const visit = await visitUnderWay(page, app);
      await visit.openTab('Kiến nghị');
      await expect(visit.carriedRecommendations).toContainText('Kiện toàn Hội đồng');
    },
  },
  {
    id: 'inspection-visit-close-carried',
    open: async (page, app) => {
      const visit = await visitUnderWay(page, app);
      await visit.openTab('Kiến nghị');
      await page
        .getByRole('button', { name: /^Kết thúc kiến nghị tại lần kiểm tra này/u })
        .first()
        .click();
      await expect(page.getByRole('dialog', { name: 'Kết thúc kiến nghị tại lần kiểm tra này' })).toBeVisible();
    },
  },
  {
    id: 'inspection-visit-reopen',
    open: async (page, app) => {
      const visit = await visitUnderWay(page, app);
      await visit.forward('Đã có kết quả');
      await visit.expectStatus('Đã có kết quả');
      await visit.workflow.getByRole('button', { name: 'Mở lại', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Mở lại lần kiểm tra' })).toBeVisible();
    },
  },
  {
    id: 'inspection-visit-present',
    open: async (page, app) => {
      const visit = await visitUnderWay(page, app);
      await visit.openTab('Thành phần dự');
      await expect(page.getByRole('table', { name: 'Thành phần đoàn kiểm tra' })).toContainText('Trưởng đoàn');
    },
  },
  {
    id: 'recommendations',
    open: async (page, app) => {
      await visitUnderWay(page, app);
      const overview = await RecommendationsOverview.open(page, app);
      await expect(overview.table.locator('[data-overdue]').first()).toBeVisible();
    },
  },
  {
    id: 'recommendation-update',
    open: async (page, app) => {
      await visitUnderWay(page, app);
      const overview = await RecommendationsOverview.open(page, app);
      await overview.table
        .getByRole('button', { name: /^Cập nhật kiến nghị: Kiện toàn/u })
        .first()
        .click();
      await expect(page.getByRole('dialog', { name: 'Cập nhật kiến nghị' })).toBeVisible();
    },
  },
  {
    id: 'unit-page-aliases',
    open: async (page, app) => {
      // An alias kept from an import, so the other-names section shows a name with its remove button; once per database.
      const [commune] = (await api(page, app, 'units.search', { query: 'xa ngok wang' })) as { id: number }[];
      const aliases = (await api(page, app, 'units.aliases', { unitId: commune.id })) as unknown[];
      if (aliases.length === 0) await api(page, app, 'units.addAlias', { unitId: commune.id, name: 'UBND xã Ngọc Wang', fromImport: true });
      await unitPage(page, app, 'xa ngok wang', 'Xã Ngok Wang');
      const section = page.getByRole('region', { name: 'Tên gọi khác' });
      await expect(section).toContainText('xã Ngọc Wang');
      await section.scrollIntoViewIfNeeded();
    },
  },
  {
    id: 'criteria-import-name-choice',
    open: async (page, app) => {
      // A sheet naming two communes as a news list does: one taken ("UBND xã ..."), one asked about (Ngọc Wang).
      await gotoRoute(page, app, '/criteria');
      const criteria = new CriteriaGridPage(page);
      await criteria.chooseDistrict('dak ha', 'Huyện Đắk Hà');
      await criteria.chooseYear(2024);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Tiêu chí');
      for (let r = 1; r < 4; r += 1) sheet.addRow([]);
      const criteriaColumns = Array.from({ length: 19 }, (_, i) => `TC${i + 1}`);
      sheet.addRow(['STT', 'Mã đơn vị', 'Tên đơn vị', ...criteriaColumns]);
      sheet.addRow([1, null, 'UBND xã Đắk Ui', 'x']);
      sheet.addRow([2, null, 'UBND xã Ngọc Wang', 'x']);
      const file = path.join(app.dataDir, 'ten-xa.xlsx');
      await workbook.xlsx.writeFile(file);
      await criteria.importFile(file);
      await expect(criteria.preview.getByRole('radiogroup', { name: '"UBND xã Ngọc Wang" là đơn vị nào?' })).toBeVisible();
    },
  },
  {
    id: 'criteria-sets-owners-dialog',
    open: async (page, app) => {
      await gotoRoute(page, app, '/criteria/sets');
      await heading(page, 'Bộ tiêu chí');
      await page.getByRole('button', { name: 'Giao cơ quan phụ trách tiêu chí Giao thông' }).click();
      await expect(page.getByRole('dialog', { name: 'Cơ quan phụ trách tiêu chí 2. Giao thông' })).toBeVisible();
    },
  },
  {
    id: 'movement-criteria-results',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      await movementTab(page, app, 'Kết quả theo tiêu chí');
      await expect(page.getByRole('table', { name: 'Kết quả từng tiêu chí năm 2024' })).toBeVisible();
    },
  },
  {
    id: 'movement-criteria-short',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      await movementTab(page, app, 'Kết quả theo tiêu chí');
      await page.getByRole('button', { name: /^Xem \d+ xã chưa đạt tiêu chí Giao thông$/u }).click();
      await expect(page.getByRole('dialog', { name: 'Xã chưa đạt tiêu chí 2. Giao thông năm 2024' })).toBeVisible();
    },
  },
  {
    id: 'agencies-list',
    open: async (page, app) => {
      await gotoRoute(page, app, '/agencies');
      await expect(page.getByRole('table', { name: 'Danh sách cơ quan phụ trách tiêu chí' })).toBeVisible();
    },
  },
  {
    id: 'agency-page',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      await gotoRoute(page, app, '/agencies');
      await page.getByRole('link', { name: 'Sở Y tế' }).click();
      await expect(page.getByRole('table', { name: 'Tiêu chí phụ trách' })).toBeVisible();
    },
  },
  {
    id: 'agency-reminder-preview',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      await gotoRoute(page, app, '/agencies');
      await page.getByRole('link', { name: 'Sở Y tế' }).click();
      await page.getByRole('button', { name: 'Lập công văn đôn đốc' }).click();
      await expect(new PdfPreview(page, 'Công văn đôn đốc Sở Y tế').pages).toBeVisible();
    },
  },
  {
    id: 'agency-reply-dialog',
    open: async (page, app) => {
      await enterCriteria(page, app, 2024);
      const agencies = (await api(page, app, 'agencies.list', {})) as { agency: { id: number; name: string } }[];
      const health = agencies.find((row) => row.agency.name === 'Sở Y tế')?.agency.id ?? 0;
      const movements = (await api(page, app, 'movements.list', {})) as { id: number }[];
      const letters = (await api(page, app, 'agencies.page', { agencyId: health, movementId: movements[0].id })) as { letters: unknown[] };
      if (letters.letters.length === 0) {
        await api(page, app, 'documents.issue', {
          template: 'criteria-reminder',
          params: { movementId: movements[0].id, year: 2024, agencyId: health },
          date: '2026-11-30',
        });
      }
      await gotoRoute(page, app, `/agencies/${health}`);
      await page
        .getByRole('button', { name: /^(Ghi nhận|Sửa) trả lời công văn/u })
        .first()
        .click();
      await expect(page.getByRole('dialog', { name: /^Văn bản trả lời công văn số/u })).toBeVisible();
    },
  },
  {
    id: 'people',
    open: async (page, app) => {
      await plannedRound(page, app);
      await gotoRoute(page, app, '/people');
      await heading(page, 'Cán bộ, thành viên');
      await expect(page.getByRole('table', { name: 'Danh bạ cán bộ, thành viên' })).toContainText('Trần Thị Bình');
    },
  },
  {
    id: 'person-form',
    open: async (page, app) => {
      await gotoRoute(page, app, '/people');
      await page.getByRole('button', { name: 'Thêm người' }).click();
      await expect(page.getByRole('dialog', { name: 'Thêm người vào danh bạ' })).toBeVisible();
    },
  },
  {
    id: 'inspections-list',
    open: async (page, app) => {
      await plannedRound(page, app);
      await gotoRoute(page, app, '/inspections');
      await heading(page, 'Đợt kiểm tra');
      await expect(page.getByRole('table', { name: 'Danh sách đợt kiểm tra' })).toContainText('0/2 hoàn thành');
    },
  },
  {
    id: 'inspection-round-form',
    open: async (page, app) => {
      await gotoRoute(page, app, '/inspections');
      await page.getByRole('button', { name: 'Tạo đợt kiểm tra' }).click();
      await expect(page.getByRole('dialog', { name: 'Tạo đợt kiểm tra' }).getByRole('button', { name: 'Lưu', exact: true })).toBeVisible();
    },
  },
  {
    id: 'inspection-info',
    open: async (page, app) => {
      await roundTab(page, app, null);
      await expect(page.getByLabel('Ưu điểm chung')).toBeVisible();
    },
  },
  {
    id: 'inspection-teams',
    open: async (page, app) => {
      await roundTab(page, app, 'teams');
      await expect(page.getByRole('table', { name: 'Thành viên Đoàn kiểm tra số 2' })).toBeVisible();
    },
  },
  {
    id: 'inspection-team-form',
    open: async (page, app) => {
      await roundTab(page, app, 'teams');
      await page.getByRole('button', { name: 'Sửa Đoàn kiểm tra số 1' }).click();
      await expect(page.getByRole('dialog', { name: 'Sửa Đoàn kiểm tra số 1' }).getByLabel('Thành viên 2: Họ và tên')).toHaveValue(
        'Trần Thị Bình',
      );
    },
  },
  {
    id: 'inspection-schedule',
    open: async (page, app) => {
      await roundTab(page, app, 'schedule');
      await expect(page.getByRole('alert').filter({ hasText: 'Lịch kiểm tra có 1 điểm cần xem lại' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Lịch kiểm tra' }).getByRole('row')).toHaveCount(3);
    },
  },
  {
    id: 'inspection-schedule-timeline',
    open: async (page, app) => {
      await roundTab(page, app, 'schedule');
      await page.getByText('Theo ngày', { exact: true }).click();
      await expect(page.getByText('2 đơn vị', { exact: true })).toBeVisible();
    },
  },
  {
    id: 'inspection-visit-add',
    open: async (page, app) => {
      await roundTab(page, app, 'schedule');
      await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await expect(page.getByRole('dialog', { name: 'Thêm đơn vị vào lịch kiểm tra' })).toBeVisible();
    },
  },
  {
    id: 'inspection-visit-edit',
    open: async (page, app) => {
      await roundTab(page, app, 'schedule');
      await page.getByRole('button', { name: 'Sửa lịch kiểm tra Xã Hà Mòn' }).click();
      const dialog = page.getByRole('dialog', { name: 'Lịch kiểm tra: Xã Hà Mòn' });
      await expect(dialog.getByRole('button', { name: 'Đính kèm tệp…' })).toBeVisible();
    },
  },
  {
    id: 'inspection-template',
    open: async (page, app) => {
      await gotoRoute(page, app, '/inspections/template');
      await heading(page, 'Mẫu nội dung kiểm tra');
      await expect(page.getByRole('button', { name: 'Thêm mức xếp loại' })).toBeVisible();
    },
  },
  {
    id: 'nominations-rounds',
    open: async (page, app) => {
      await nominationRound(page, app);
      await gotoRoute(page, app, '/nominations');
      await expect(page.getByRole('table', { name: 'Danh sách đợt xét khen thưởng' })).toBeVisible();
    },
  },
  {
    id: 'nominations-round-create',
    open: async (page, app) => {
      await gotoRoute(page, app, '/nominations');
      await heading(page, 'Đợt xét khen thưởng');
      await page.getByRole('button', { name: 'Tạo đợt xét' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Tạo đợt xét khen thưởng' }).getByRole('button', { name: 'Lưu', exact: true }),
      ).toBeVisible();
    },
  },
  {
    id: 'nominations-round',
    open: async (page, app) => {
      const { roundId } = await nominationRound(page, app);
      await gotoRoute(page, app, `/nominations/rounds/${roundId}`);
      await expect(page.getByRole('table', { name: 'Danh sách hồ sơ đề nghị khen thưởng' }).getByRole('row')).toHaveCount(4);
    },
  },
  {
    id: 'nominations-add-dialog',
    open: async (page, app) => {
      const { roundId } = await nominationRound(page, app);
      await gotoRoute(page, app, `/nominations/rounds/${roundId}`);
      await page.getByRole('button', { name: 'Thêm hồ sơ' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Thêm hồ sơ đề nghị khen thưởng' }).getByRole('button', { name: 'Thêm đối tượng mới' }),
      ).toBeVisible();
    },
  },
  {
    id: 'nominations-import-preview',
    open: async (page, app) => {
      const { roundId } = await nominationRound(page, app);
      await gotoRoute(page, app, `/nominations/rounds/${roundId}`);
      await new NominationRoundPage(page).previewImport(await proposalFile(app.dataDir));
    },
  },
  {
    id: 'nomination-dossier',
    open: async (page, app) => {
      const { dossierId } = await nominationRound(page, app);
      await gotoRoute(page, app, `/nominations/${dossierId}`);
      await expect(page.getByRole('table', { name: 'Quá trình xử lý hồ sơ' })).toContainText('Thiếu biên bản họp xét của xã.');
      await expect(page.getByRole('region', { name: 'Điều kiện khen thưởng' })).toContainText('Căn cứ');
    },
  },
  {
    id: 'nominee-page',
    open: async (page, app) => {
      const { nomineeId } = await nominationRound(page, app);
      await gotoRoute(page, app, `/nominees/${nomineeId}`);
      await expect(page.getByRole('table', { name: 'Quá trình khen thưởng' })).toBeVisible();
    },
  },
  {
    id: 'council-members',
    open: async (page, app) => {
      await votedSession(page, app);
      await gotoRoute(page, app, '/council/members');
      await expect(page.getByRole('table', { name: 'Danh sách thành viên Hội đồng' })).toContainText('Nguyễn Văn Hùng');
    },
  },
  {
    id: 'council-member-form',
    open: async (page, app) => {
      await gotoRoute(page, app, '/council/members');
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Thêm thành viên Hội đồng' }).getByRole('button', { name: 'Lưu', exact: true }),
      ).toBeVisible();
    },
  },
  {
    id: 'council-sessions',
    open: async (page, app) => {
      await votedSession(page, app);
      await gotoRoute(page, app, '/council?year=2025');
      await expect(page.getByRole('table', { name: 'Danh sách phiên họp Hội đồng' })).toContainText('13/15');
    },
  },
  {
    id: 'council-session-form',
    open: async (page, app) => {
      await votedSession(page, app);
      await gotoRoute(page, app, '/council');
      await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
      await expect(page.getByRole('dialog', { name: 'Tạo phiên họp' }).getByLabel(/^Thư ký phiên họp/u)).toHaveValue(/Y Hoa/u);
    },
  },
  {
    id: 'council-session',
    open: async (page, app) => {
      const id = await votedSession(page, app);
      await gotoRoute(page, app, `/council/sessions/${id}`);
      await expect(page.getByRole('table', { name: 'Hồ sơ xét tại phiên họp' })).toContainText(
        '12/15 = 80,0% ≥ 80% tổng số thành viên — đạt',
      );
    },
  },
  {
    id: 'council-agenda-picker',
    open: async (page, app) => {
      const id = await votedSession(page, app);
      await gotoRoute(page, app, `/council/sessions/${id}`);
      await page.getByRole('button', { name: 'Chọn hồ sơ' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Chọn hồ sơ đưa vào chương trình' }).getByText('Đã chọn 3 hồ sơ', { exact: false }),
      ).toBeVisible();
    },
  },
  {
    id: 'council-vote-form',
    open: async (page, app) => {
      const id = await votedSession(page, app);
      await gotoRoute(page, app, `/council/sessions/${id}`);
      await page.getByRole('button', { name: 'Nhập kết quả biểu quyết: Lê Thị Cúc' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Nhập kết quả biểu quyết: Lê Thị Cúc' }).getByText(/A Thút công tác tại đơn vị trình/u),
      ).toBeVisible();
    },
  },
  {
    id: 'decisions-list',
    open: async (page, app) => {
      await issuedDecision(page, app);
      await gotoRoute(page, app, '/decisions');
      await expect(page.getByRole('table', { name: 'Danh sách quyết định khen thưởng' })).toContainText('812/QĐ-UBND');
    },
  },
  {
    id: 'decision-create',
    open: async (page, app) => {
      await issuedDecision(page, app);
      await gotoRoute(page, app, '/decisions');
      await page.getByRole('button', { name: 'Tạo quyết định' }).click();
      await expect(
        page
          .getByRole('dialog', { name: 'Tạo quyết định khen thưởng' })
          .getByRole('table', { name: 'Hồ sơ đã được Hội đồng biểu quyết đạt' }),
      ).toContainText('Lê Thị Cúc');
    },
  },
  {
    id: 'decision-page',
    open: async (page, app) => {
      const id = await issuedDecision(page, app);
      await gotoRoute(page, app, `/decisions/${id}`);
      await expect(page.getByRole('table', { name: 'Danh sách khen thưởng của quyết định' })).toContainText('1/2025');
    },
  },
  {
    id: 'decision-hand-over',
    open: async (page, app) => {
      const id = await issuedDecision(page, app);
      await gotoRoute(page, app, `/decisions/${id}`);
      await page.getByRole('button', { name: 'Ghi việc in, trao của Nguyễn Văn An' }).click();
      await expect(
        page.getByRole('dialog', { name: 'In và trao khen thưởng: Nguyễn Văn An' }).getByRole('textbox', { name: 'Ngày in' }),
      ).toHaveValue('10/07/2025');
    },
  },
  {
    id: 'award-register',
    open: async (page, app) => {
      await issuedDecision(page, app);
      await gotoRoute(page, app, '/award-register');
      await expect(page.getByRole('table', { name: 'Sổ khen thưởng' })).toContainText('Nguyễn Văn An');
    },
  },
  {
    id: 'certificate-layouts',
    open: async (page, app) => {
      await page.goto(app.url);
      await issuedDecisionWithCertificates(page, app);
      await gotoRoute(page, app, '/certificates/layouts');
      await expect(page.getByRole('table', { name: 'Vị trí các trường' })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Quyết định đã ban hành' })).toHaveValue('812/QĐ-UBND ngày 05/07/2025');
    },
  },
  {
    id: 'certificate-print-dialog',
    open: async (page, app) => {
      await page.goto(app.url);
      await issuedDecisionWithCertificates(page, app);
      await gotoRoute(page, app, '/certificates/layouts');
      await expect(page.getByRole('combobox', { name: 'Quyết định đã ban hành' })).toHaveValue('812/QĐ-UBND ngày 05/07/2025');
      await page.getByRole('button', { name: 'In bằng khen trên phôi' }).click();
      await expect(
        page.getByRole('dialog', { name: 'In bằng khen, giấy khen trên phôi' }).getByRole('combobox', { name: 'Mẫu phôi' }),
      ).toHaveValue('Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)');
    },
  },
  {
    id: 'unit-successor-province',
    open: async (page, app) => {
      await unitPage(page, app, 'tinh kon tum', 'Tỉnh Kon Tum');
      await page.getByRole('button', { name: 'Tạo tỉnh kế thừa' }).click();
      await expect(page.getByRole('dialog', { name: 'Tạo tỉnh kế thừa Tỉnh Kon Tum' })).toBeVisible();
    },
  },
];
