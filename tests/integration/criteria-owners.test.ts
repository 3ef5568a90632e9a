import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAppContext } from '../../electron/main/app-context';
import { DEFAULT_OWNERS } from '../../electron/main/services/agencies/default-owners';
import type { AgencyPage, CriteriaResults, CriteriaTotals, CriterionOwners, ReminderLetter } from '../../shared/domain/agencies';
import type { DocumentEntry, DocumentPreview } from '../../shared/domain/documents';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { createAreaMovement, enterBaseline2022, range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { checkLayout } from '../support/pdf-layout';
import { resourcesDir } from '../support/temp-dir';
import { dataOf, openTestApp, steppingClock, type TestApp } from '../support/test-app';
import { looksVietnamese } from '../support/vietnamese';

const NATIONAL_SET = 1;
const MARGINS = {
  top: DEFAULT_DOCUMENT_SETTINGS.marginTopMm,
  bottom: DEFAULT_DOCUMENT_SETTINGS.marginBottomMm,
  left: DEFAULT_DOCUMENT_SETTINGS.marginLeftMm,
  right: DEFAULT_DOCUMENT_SETTINGS.marginRightMm,
};

let app: TestApp;
let movementId: number;
let counts: Map<number, number>;

beforeAll(async () => {
  app = openTestApp();
  movementId = await seedMovementId(app);
  counts = await enterBaseline2022(app);
});
afterAll(() => app.close());

const owners = async () => dataOf<CriterionOwners[]>(await app.call('agencies.owners', { setId: NATIONAL_SET }));
const agencyId = (name: string) =>
  (app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'agency' AND name = ?").get(name) as { id: number }).id;

/** Communes of the baseline meeting criterion n: those with at least n criteria (criteria 1..count are met). */
function expectedMet(n: number): number {
  return [...counts.values()].filter((count) => count >= n).length;
}

describe('default owners of the national commune set (QĐ 318/QĐ-TTg)', () => {
  it('gives every criterion its departments on setup, flagged as defaults, creating the missing agencies once', async () => {
    const list = await owners();
    expect(list).toHaveLength(19);
    expect(list.every((entry) => entry.isDefault && entry.agencies.length > 0)).toBe(true);
    const byNumber = new Map(list.map((entry) => [entry.number, entry.agencies.map((a) => a.name)]));
    expect(byNumber.get(2)).toEqual(['Sở Giao thông vận tải']);
    expect(byNumber.get(5)).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(byNumber.get(15)).toEqual(['Sở Y tế']);
    expect(byNumber.get(16)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    const distinct = new Set(Object.values(DEFAULT_OWNERS).flatMap((list) => list.map((agency) => agency.name)));
    expect(app.count('units', "kind = 'agency'")).toBe(distinct.size);
    expect(app.count('audit_log', 'entity = \'unit\' AND after_json LIKE \'%"kind":"agency"%\'')).toBe(distinct.size);
    const province = app.idOfCode('62');
    expect(app.count('units', "kind = 'agency' AND parent_id = ?", province)).toBe(distinct.size);
  });

  it('gives an upgraded database the defaults at start, reusing agencies already in the registry, and only once', () => {
    const { dir } = app;
    const db = app.ctx.db;
    const before = app.count('units', "kind = 'agency'");
    // A database set up before the owners existed: no owners, no seed mark, the agencies possibly entered by hand.
    db.exec('DELETE FROM criterion_owners; DELETE FROM seed_steps;');
    const reopened = createAppContext({ dataDir: dir, resourcesDir, clock: steppingClock() });
    try {
      const list = reopened.services.agencies.owners(NATIONAL_SET);
      expect(list.every((entry) => entry.isDefault && entry.agencies.length > 0)).toBe(true);
      expect(app.count('units', "kind = 'agency'")).toBe(before);
      // Owners removed on purpose stay removed on the next start.
      db.exec('DELETE FROM criterion_owners WHERE criterion_id = (SELECT id FROM criteria WHERE set_id = 1 AND number = 1)');
    } finally {
      reopened.close();
    }
    const again = createAppContext({ dataDir: dir, resourcesDir, clock: steppingClock() });
    try {
      expect(again.services.agencies.owners(NATIONAL_SET).find((entry) => entry.number === 1)?.agencies).toEqual([]);
    } finally {
      again.close();
    }
  });
});

describe('a database set up before migration 009', () => {
  it('gets the tables, the departments and the defaults when it is opened by this version', () => {
    const old = openTestApp();
    const { dir } = old;
    try {
      // Back to the schema and data of a database set up by the previous version: no 009, no departments.
      old.ctx.db.exec(`DROP TABLE criterion_owners; DROP TABLE seed_steps; DROP TABLE reminder_replies;
        DELETE FROM units WHERE kind = 'agency';
        DELETE FROM schema_migrations WHERE id = 9;`);
      old.ctx.close();
      const upgraded = createAppContext({ dataDir: dir, resourcesDir, clock: steppingClock() });
      try {
        const applied = upgraded.db.prepare('SELECT id FROM schema_migrations WHERE id = 9').get();
        expect(applied).toEqual({ id: 9 });
        const list = upgraded.services.agencies.owners(NATIONAL_SET);
        expect(list).toHaveLength(19);
        expect(list.every((entry) => entry.isDefault && entry.agencies.length > 0)).toBe(true);
        const agencies = upgraded.db.prepare("SELECT COUNT(*) AS n FROM units WHERE kind = 'agency'").get() as { n: number };
        const distinct = new Set(Object.values(DEFAULT_OWNERS).flatMap((owners) => owners.map((agency) => agency.name)));
        expect(agencies.n).toBe(distinct.size);
      } finally {
        upgraded.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('editing owners', () => {
  it('replaces a criterion agencies, drops the default flag and keeps the change in the history', async () => {
    const criterion = (await owners()).find((entry) => entry.number === 2) as CriterionOwners;
    const transport = agencyId('Sở Giao thông vận tải');
    const building = agencyId('Sở Xây dựng');
    const saved = dataOf<CriterionOwners>(
      await app.call('agencies.setOwners', { criterionId: criterion.criterionId, agencyIds: [transport, building] }),
    );
    expect(saved.agencies.map((a) => a.name)).toEqual(['Sở Giao thông vận tải', 'Sở Xây dựng']);
    expect(saved.isDefault).toBe(false);
    const history = app.ctx.db
      .prepare("SELECT after_json FROM audit_log WHERE entity = 'criterion' AND entity_id = ? ORDER BY id DESC LIMIT 1")
      .get(criterion.criterionId) as { after_json: string };
    expect(JSON.parse(history.after_json)).toMatchObject({ agencies: 'Sở Giao thông vận tải; Sở Xây dựng', ownersDefault: false });
  });

  it('refuses a unit that is not an agency and changes nothing', async () => {
    const criterion = (await owners()).find((entry) => entry.number === 15) as CriterionOwners;
    const audit = app.count('audit_log');
    const envelope = await app.call('agencies.setOwners', { criterionId: criterion.criterionId, agencyIds: [app.idOfCode('62')] });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('VALIDATION');
      expect(looksVietnamese(envelope.error.message)).toBe(true);
    }
    expect(app.count('audit_log')).toBe(audit);
    expect((await owners()).find((entry) => entry.number === 15)?.agencies.map((a) => a.name)).toEqual(['Sở Y tế']);
  });
});

describe('results criterion by criterion on the 2022 baseline', () => {
  it('counts communes meeting each criterion over the movement communes, by district, with those short', async () => {
    const results = dataOf<CriteriaResults>(await app.call('agencies.results', { movementId, year: 2022 }));
    expect(results.recorded).toBe(85);
    expect(results.previousRecorded).toBe(0);
    expect(results.criteria).toHaveLength(19);
    const communes = ruralCommunes(app);
    for (const criterion of results.criteria) {
      expect(criterion.recorded).toBe(85);
      expect(criterion.met).toBe(expectedMet(criterion.number));
      expect(criterion.notMet).toHaveLength(85 - expectedMet(criterion.number));
      expect(criterion.notMetCount).toBe(85 - expectedMet(criterion.number));
      expect(criterion.previousMet).toBeNull();
      expect(criterion.metByDistrict.reduce((sum, met) => sum + met, 0)).toBe(criterion.met);
      expect(criterion.metByDistrict).toHaveLength(results.districts.length);
      const short = new Set(communes.filter((c) => (counts.get(c.id) ?? 0) < criterion.number).map((c) => c.id));
      expect(new Set(criterion.notMet.map((u) => u.unitId))).toEqual(short);
    }
    const roads = results.criteria.find((c) => c.number === 2);
    expect(roads?.agencies.map((a) => a.name)).toContain('Sở Giao thông vận tải');
    expect(results.criteria.find((c) => c.number === 19)?.share).toBe(Math.round((35 / 85) * 1000) / 10);
  });

  it('lists on a screen only the first communes short of each criterion, in order, and counts them all', async () => {
    const all = app.ctx.services.agencies.results(movementId, 2022);
    const firstFive = app.ctx.services.agencies.results(movementId, 2022, 5);
    expect(firstFive.criteria.map((c) => c.criterionId)).toEqual(all.criteria.map((c) => c.criterionId));
    for (const [index, criterion] of firstFive.criteria.entries()) {
      const full = all.criteria[index];
      expect(criterion.notMet).toEqual(full.notMet.slice(0, 5));
      expect(criterion.notMetCount).toBe(full.notMet.length);
      expect({ ...criterion, notMet: [] }).toEqual({ ...full, notMet: [] });
    }
    expect(firstFive.criteria.some((c) => c.notMetCount > 5)).toBe(true);
    // The channel keeps SHORT_LIST_LIMIT (200): Kon Tum's 85 communes all fit.
    const channel = dataOf<CriteriaResults>(await app.call('agencies.results', { movementId, year: 2022 }));
    expect(channel).toEqual(all);
    const page = dataOf<AgencyPage>(
      await app.call('agencies.page', { agencyId: agencyId('Sở Giao thông vận tải'), movementId, year: 2022 }),
    );
    expect(page.criteria.length).toBeGreaterThan(0);
    for (const criterion of page.criteria) expect(criterion).toEqual(all.criteria.find((c) => c.criterionId === criterion.criterionId));
  });

  it('writes the same figures to XLSX with numbers as numbers', async () => {
    const file = dataOf<{ fileName: string; base64: string }>(await app.call('agencies.resultsXlsx', { movementId, year: 2022 }));
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(3).getCell(5).value).toBe('Số xã đạt');
    const row16 = sheet.getRow(3 + 16);
    expect(row16.getCell(1).value).toBe(16);
    expect(row16.getCell(5).value).toBe(expectedMet(16));
    expect(typeof row16.getCell(6).value).toBe('number');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kết quả tiêu chí 2022', 'Theo huyện', 'Xã chưa đạt']);
  });

  it('prints section IV of the movement report with the records per criterion', async () => {
    const result = dataOf<DocumentPreview>(
      await app.call('documents.preview', { template: 'movement-report', params: { movementId, year: 2022 } }),
    );
    const { problems, pdf } = await checkLayout(Buffer.from(result.pdf, 'base64'), {
      marginsMm: MARGINS,
      orientation: 'portrait',
      issuerLines: ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
      fontFamily: 'Tinos',
      pageCount: result.pages,
      texts: ['IV. KẾT QUẢ THỰC HIỆN TỪNG TIÊU CHÍ', 'Kết quả thực hiện từng tiêu chí năm 2022 của 85 xã có số liệu như sau:'],
    });
    expect(problems).toEqual([]);
    if (process.env.THIDUA_KEEP_PDF)
      fs.writeFileSync(path.join(process.env.THIDUA_KEEP_PDF, 'movement-report.pdf'), Buffer.from(result.pdf, 'base64'));
    // Each criterion's row: number, name, met/recorded, share, short.
    const items = pdf.pages.flatMap((page) => page.items.map((item) => ({ ...item, page: page.number })));
    for (const n of [1, 12, 14, 18, 19]) {
      const met = expectedMet(n);
      const cell = items.find((item) => item.text === `${met}/85`);
      expect(cell, `criterion ${n}`).toBeDefined();
    }
  });
});

describe('agency page and the reminder letter (template criteria-reminder)', () => {
  let letter: DocumentEntry;

  it('shows the agency criteria with results and trend', async () => {
    const page = dataOf<AgencyPage>(await app.call('agencies.page', { agencyId: agencyId('Sở Y tế'), movementId }));
    expect(page.year).toBe(2022);
    expect(page.years).toEqual([2022]);
    expect(page.criteria.map((c) => c.number)).toEqual([15, 17]);
    expect(page.criteria[0].met).toBe(expectedMet(15));
    expect(page.trend.find((p) => p.year === 2022 && p.criterionId === page.criteria[0].criterionId)?.met).toBe(expectedMet(15));
  });

  it("downloads the agency's criteria as a workbook, its name in the file and under the title, every commune short listed", async () => {
    const file = dataOf<{ fileName: string; base64: string }>(
      await app.call('agencies.resultsXlsx', { movementId, year: 2022, agencyId: agencyId('Sở Y tế') }),
    );
    expect(file.fileName).toBe('Kết quả tiêu chí 2022 Sở Y tế.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const [main, districts, short] = workbook.worksheets;
    expect(main.getCell(2, 1).value).toBe('Tỉnh Kon Tum; số xã có số liệu: 85. Các tiêu chí do Sở Y tế phụ trách');
    // Only criteria 15 and 17 (rows 4 and 5), nothing under them.
    expect([main.getRow(4).getCell(1).value, main.getRow(5).getCell(1).value, main.getRow(6).getCell(1).value]).toEqual([15, 17, null]);
    expect(main.getRow(4).getCell(5).value).toBe(expectedMet(15));
    const shortRows = short.getSheetValues().slice(2) as unknown[][];
    expect(shortRows).toHaveLength(85 - expectedMet(15) + (85 - expectedMet(17)));
    expect(new Set(shortRows.map((row) => row[2]))).toEqual(new Set([15, 17]));
    const districtRows = districts.getSheetValues().slice(2) as unknown[][];
    expect(new Set(districtRows.map((row) => row[1]))).toEqual(new Set([15, 17]));
  });

  it('refuses the workbook of a unit that is no agency, in Vietnamese', async () => {
    const commune = ruralCommunes(app)[0];
    const envelope = await app.call('agencies.resultsXlsx', { movementId, year: 2022, agencyId: commune.id });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('NOT_FOUND');
      expect(envelope.error.message).toBe(`Không tìm thấy cơ quan (mã ${commune.id}) trong danh mục đơn vị.`);
    }
  });

  it('prints a công văn: number without a type, V/v under it, Kính gửi the agency, passing the layout checker', async () => {
    const params = { movementId, year: 2022, agencyId: agencyId('Sở Y tế') };
    const preview = dataOf<DocumentPreview>(await app.call('documents.preview', { template: 'criteria-reminder', params }));
    letter = dataOf<DocumentEntry>(
      await app.call('documents.issue', { template: 'criteria-reminder', params, date: '2026-12-05', signer: 'Trần Văn Bình' }),
    );
    expect(letter.numberSymbol).toMatch(/^\d{2,}\/HĐTĐKT$/);
    const stored = dataOf<{ pdf: string; pages: number }>(await app.call('documents.get', { id: letter.id }));
    const bytes = Buffer.from(stored.pdf, 'base64');
    const { problems, pdf } = await checkLayout(bytes, {
      marginsMm: MARGINS,
      orientation: 'portrait',
      issuerLines: ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
      fontFamily: 'Tinos',
      pageCount: stored.pages,
      texts: [
        `Số: ${letter.numberSymbol}`,
        'V/v đôn đốc thực hiện các tiêu chí nông thôn mới năm 2022',
        'Kính gửi: Sở Y tế',
        'Phụ lục',
        'DANH SÁCH CÁC XÃ CHƯA ĐẠT TIÊU CHÍ NÔNG THÔN MỚI',
      ],
    });
    expect(problems).toEqual([]);
    const text = pdf.pages.map((page) => page.text).join('\n');
    expect(text).not.toContain('CÔNG VĂN');
    expect(text).toContain(`${expectedMet(15)}/85`);
    expect(preview.pages).toBeGreaterThan(1);
    if (process.env.THIDUA_KEEP_PDF) fs.writeFileSync(path.join(process.env.THIDUA_KEEP_PDF, 'criteria-reminder.pdf'), bytes);
  });

  it('refuses an agency with no criteria and a unit that is no agency', async () => {
    const commune = ruralCommunes(app)[0].id;
    const envelope = await app.call('documents.preview', {
      template: 'criteria-reminder',
      params: { movementId, year: 2022, agencyId: commune },
    });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(looksVietnamese(envelope.error.message)).toBe(true);
  });

  it('records the reply as received, lists it on the agency page and refuses a reply dated before the letter', async () => {
    const early = await app.call('agencies.recordReply', { documentId: letter.id, receivedDate: '01/12/2026', number: '12/SYT-KHTC' });
    expect(early.ok).toBe(false);
    const saved = dataOf<ReminderLetter>(
      await app.call('agencies.recordReply', {
        documentId: letter.id,
        receivedDate: '15/12/2026',
        number: '125/SYT-KHTC',
        note: 'Đã có lộ trình',
      }),
    );
    expect(saved.reply).toMatchObject({ receivedDate: '2026-12-15', number: '125/SYT-KHTC', version: 1 });
    expect(saved.replyDue).toBe('2026-12-20');
    const page = dataOf<AgencyPage>(await app.call('agencies.page', { agencyId: agencyId('Sở Y tế'), movementId, year: 2022 }));
    expect(page.letters.map((l) => [l.numberSymbol, l.reply?.number])).toEqual([[letter.numberSymbol, '125/SYT-KHTC']]);
    const reply = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const file = await app.call('attachments.add', {
      ownerKind: 'reminder-letter',
      ownerId: letter.id,
      name: 'Công văn trả lời của Sở Y tế.pdf',
      base64: reply.toString('base64'),
    });
    expect(dataOf<{ ownerKind: string }>(file).ownerKind).toBe('reminder-letter');
    const stray = await app.call('attachments.add', {
      ownerKind: 'reminder-letter',
      ownerId: 999_999,
      name: 'x.pdf',
      base64: reply.toString('base64'),
    });
    expect(stray.ok).toBe(false);
  });
});

// Last in this file: it records a second year, which changes the year the screens above open on.
describe('the totals the movement report prints (agencies.totals)', () => {
  /** results() without each criterion's districts and communes: what totals() must answer. */
  const counted = ({ districts: _districts, criteria, ...rest }: CriteriaResults): CriteriaTotals => ({
    ...rest,
    criteria: criteria.map(({ metByDistrict: _met, notMet: _notMet, notMetCount: _count, ...counts }) => counts),
  });

  it('are the counts of results, in a year with one before it too, for the province and for a district', async () => {
    const totals = (id: number, year: number) => app.ctx.services.agencies.totals(id, year);
    const results = async (id: number, year: number) =>
      dataOf<CriteriaResults>(await app.call('agencies.results', { movementId: id, year }));
    // 2023: the communes of one district each meet one criterion more (at most 19); the others record nothing yet.
    const communes = ruralCommunes(app);
    const districtId = communes[0].districtId as number;
    const rows = communes
      .filter((c) => c.districtId === districtId)
      .map((c) => ({ unitId: c.id, criteriaMet: range(Math.min(19, (counts.get(c.id) as number) + 1)), version: null }));
    dataOf(await app.call('criteria.setDistrictYear', { districtId, year: 2023, rows }));
    const districtMovement = await createAreaMovement(app, {
      name: 'Một huyện về đích nông thôn mới',
      number: '41/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      scopeUnitId: districtId,
    });
    for (const [id, year] of [
      [movementId, 2022],
      [movementId, 2023],
      [districtMovement, 2022],
      [districtMovement, 2023],
    ])
      expect(totals(id, year), `movement ${id}, ${year}`).toEqual(counted(await results(id, year)));
    const after = totals(movementId, 2023);
    expect(after.recorded).toBe(rows.length);
    expect(after.previousRecorded).toBe(85);
    expect(after.criteria.find((c) => c.number === 19)).toMatchObject({ met: rows.length, previousMet: 35 });
    // No year asked: the latest with records, as results() answers.
    expect(app.ctx.services.agencies.totals(movementId).year).toBe(2023);
  });
});
