import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ListPage } from '../../shared/contract/paging';
import type {
  DashboardSummary,
  DashboardUnitList,
  DashboardUnitRow,
  MovementFigures,
  TargetEvaluation,
  TargetFigure,
} from '../../shared/domain/targets';
import { foldText } from '../../shared/text/fold';
import { enterBaseline2022, quangNgaiSucceedingKonTum, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

/**
 * dashboard.units: the units behind a figure of the summary, found again on the server and sent a page at
 * a time (a national figure stands for thousands of communes), against the real 2022 baseline of Kon Tum.
 */
let app: TestApp;
let movementId: number;
let counts2022: Map<number, number>;
let summary: DashboardSummary;
/** The same figures with every list whole (what the movement report prints). */
let figures: MovementFigures;

beforeEach(async () => {
  app = openTestApp();
  movementId = await seedMovementId(app);
  counts2022 = await enterBaseline2022(app);
  summary = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2022 }));
  figures = app.ctx.services.dashboard.figures(movementId, 2022, null);
});
afterEach(() => app.close());

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

async function page(list: DashboardUnitList, pageNumber = 1, pageSize = 200): Promise<ListPage<DashboardUnitRow>> {
  return dataOf<ListPage<DashboardUnitRow>>(
    await app.call('dashboard.units', { movementId, year: 2022, list, page: pageNumber, pageSize }),
  );
}

/** Every row of a list, read page after page. */
async function whole(list: DashboardUnitList, pageSize: number): Promise<DashboardUnitRow[]> {
  const rows: DashboardUnitRow[] = [];
  for (let n = 1; ; n++) {
    const answer = await page(list, n, pageSize);
    rows.push(...answer.rows);
    if (answer.rows.length < pageSize) return rows;
  }
}

describe('dashboard.units', () => {
  it('finds each commune list of the summary again, as many as the summary counts, for the area and for each district', async () => {
    const ids = (units: { id: number }[]) => units.map((u) => u.id);
    const byKind: [DashboardUnitList['kind'], number[], number][] = [
      ['communes', figures.communes.unitIds, summary.communes.total],
      ['ntm', figures.communes.ntmIds, summary.communes.ntmCount],
      ['recorded', figures.communes.recordedIds, summary.communes.recordedCount],
      ['missing', figures.communes.missingIds, summary.communes.missingCount],
      ['under', ids(figures.underThreshold.units), summary.underThreshold.total],
      ['no-gain', ids(figures.noGain), summary.noGain.total],
      ['no-previous', ids(figures.noPreviousRecord), summary.noPreviousRecord.total],
    ];
    for (const [kind, whole, counted] of byKind) {
      const answer = await page({ kind } as DashboardUnitList);
      expect(answer.total, kind).toBe(counted);
      expect(sorted(answer.rows.map((r) => r.id)), kind).toEqual(sorted(whole));
    }
    expect((await page({ kind: 'communes' })).total).toBe(85);
    expect((await page({ kind: 'ntm' })).total).toBe(35);
    expect((await page({ kind: 'advanced' })).total).toBe(summary.communes.advancedCount);
    expect((await page({ kind: 'model' })).total).toBe(summary.communes.modelCount);
    for (const [index, district] of figures.byDistrict.entries()) {
      const counts = summary.byDistrict[index];
      expect(counts.districtId).toBe(district.districtId);
      const of = async (kind: 'communes' | 'ntm' | 'advanced' | 'model' | 'recorded' | 'under', count: number) => {
        const answer = await page({ kind, districtId: district.districtId });
        expect(answer.total, `${district.districtName} ${kind}`).toBe(count);
        return sorted(answer.rows.map((r) => r.id));
      };
      expect(await of('communes', counts.communeCount)).toEqual(sorted(district.communeIds));
      expect(await of('ntm', counts.ntmCount)).toEqual(sorted(district.ntmIds));
      expect(await of('advanced', counts.advancedCount)).toEqual(sorted(district.advancedIds));
      expect(await of('model', counts.modelCount)).toEqual(sorted(district.modelIds));
      expect(await of('recorded', counts.recordedCount)).toEqual(sorted(district.recordedIds));
      expect(await of('under', counts.underCount)).toEqual(sorted(district.underIds));
    }
  });

  it('sends rows in district then name order with their counts and levels, a page at a time', async () => {
    const rows = await whole({ kind: 'communes' }, 7);
    expect(rows).toHaveLength(85);
    expect(rows.map((r) => r.id)).toEqual((await page({ kind: 'communes' })).rows.map((r) => r.id));
    const keys = rows.map((r) => [foldText(r.districtName ?? ''), foldText(r.name)] as const);
    const inOrder = keys.every((key, i) => i === 0 || key[0] > keys[i - 1][0] || (key[0] === keys[i - 1][0] && key[1] >= keys[i - 1][1]));
    expect(inOrder).toBe(true);
    const communes = new Map(ruralCommunes(app).map((c) => [c.id, c]));
    for (const row of rows) {
      const commune = communes.get(row.id);
      expect(row.name).toBe(commune?.name);
      expect(row.districtName).toMatch(/^(Huyện|Thành phố) /u);
      expect(row.count).toBe(counts2022.get(row.id));
      expect(row.previousCount).toBeNull();
    }
    const ntm = new Set(figures.communes.ntmIds);
    expect(rows.filter((r) => r.level !== 'none').map((r) => r.id)).toEqual(rows.filter((r) => ntm.has(r.id)).map((r) => r.id));
    // Past the last page: no rows, the same total.
    expect(await page({ kind: 'communes' }, 20, 50)).toEqual({ rows: [], total: 85 });
  });

  it("finds a target's units, and those of each of its parts, as many as the summary counts", async () => {
    const three = figures.targets.find((t) => t.code === '3') as TargetEvaluation;
    const shown = summary.targets.find((t) => t.code === '3') as TargetFigure;
    // The screen gets counts only: a national village target would otherwise send every village's id.
    expect(shown).not.toHaveProperty('unitIds');
    expect(shown.unitCount).toBe(35);
    const answer = await page({ kind: 'target', targetId: three.targetId });
    expect(answer.total).toBe(35);
    expect(sorted(answer.rows.map((r) => r.id))).toEqual(sorted(three.unitIds));
    expect(three.parts).toHaveLength(2);
    for (const [index, part] of three.parts.entries()) {
      const ofPart = await page({ kind: 'target', targetId: three.targetId, part: index });
      expect(sorted(ofPart.rows.map((r) => r.id))).toEqual(sorted(part.unitIds));
      expect(shown.parts[index]).not.toHaveProperty('unitIds');
      expect(shown.parts[index].unitCount).toBe(part.unitIds.length);
      expect(ofPart.total).toBe(part.unitIds.length);
    }
  });

  it('refuses a target, part or district the figures do not have, and a page too large, with Vietnamese messages', async () => {
    const three = summary.targets.find((t) => t.code === '3') as TargetFigure;
    // Inputs a caller could send whatever the types say (the channel checks them).
    const ask = (list: unknown, pageSize = 50) =>
      app.call('dashboard.units', { movementId, year: 2022, list: list as DashboardUnitList, page: 1, pageSize });

    const noTarget = await ask({ kind: 'target', targetId: 99_999 });
    expect(noTarget).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(noTarget.ok ? '' : noTarget.error.message).toContain('Không tìm thấy chỉ tiêu');

    const noPart = await ask({ kind: 'target', targetId: three.targetId, part: 5 });
    expect(noPart.ok ? '' : noPart.error.message).toBe('Chỉ tiêu 3 không có chỉ tiêu thành phần này; hãy tải lại.');

    const otherDistrict = await ask({ kind: 'ntm', districtId: 999_999 });
    expect(otherDistrict).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(otherDistrict.ok ? '' : otherDistrict.error.message).toContain('không có xã nào trên địa bàn phong trào');

    const badKind = await ask({ kind: 'everything' });
    expect(badKind).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const messages = (answer: typeof badKind) => (answer.ok ? [] : (answer.error.fields ?? []).map((f) => f.message));
    expect(messages(badKind)).toContain('Danh sách đơn vị không hợp lệ');

    const tooLarge = await ask({ kind: 'communes' }, 5000);
    expect(messages(tooLarge)).toContain('Mỗi trang có tối đa 200 dòng');
  });
});

describe("the summary's area (the district table's total row)", () => {
  const movementFields = (name: string, scopeUnitId: number | null) => ({
    name,
    kind: 'thematic' as const,
    startYear: 2021,
    endYear: 2025,
    document: { number: '', date: '', issuer: '', title: '', attachmentPath: '' },
    scopeUnitId,
    status: 'active' as const,
  });
  const areaOf = async (id: number) =>
    dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId: id, year: 2022 })).area.adminType;
  const create = async (name: string, scopeUnitId: number | null) =>
    dataOf<{ id: number }>(await app.call('movements.create', movementFields(name, scopeUnitId))).id;

  it("is the scope unit's type, or the register's one province's; several provinces have none", async () => {
    expect(summary.area).toEqual({ adminType: 'Tỉnh' });
    const city = app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'district' AND admin_type = 'Thành phố'").pluck().get() as number;
    expect(await areaOf(await create('Phong trào của thành phố', city))).toBe('Thành phố');
    const whole = await create('Phong trào toàn bộ danh mục', null);
    expect(await areaOf(whole)).toBe('Tỉnh');

    await quangNgaiSucceedingKonTum(app);
    expect(await areaOf(whole)).toBeNull();
  });
});
