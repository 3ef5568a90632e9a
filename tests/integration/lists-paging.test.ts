import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createDocumentsRepository } from '../../electron/main/db/repositories/documents';
import type { DocumentPage } from '../../shared/contract/documents';
import type { ListPage } from '../../shared/contract/paging';
import type { Recommendation, VisitWithWarnings } from '../../shared/domain/inspections';
import type { Nomination } from '../../shared/domain/nominations';
import type { RollUpPage } from '../../shared/domain/roll-up';
import { foldedWords } from '../../shared/text/fold';
import { plannedRound } from '../support/inspections-fixture';
import { ruralCommunes } from '../support/movements-fixture';
import { individual, nominate, rating, tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const call = async <T>(channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

/** A refused input: its code and every message it gave (the field messages after the summary). */
async function refusal(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const envelope = await app.callRaw(channel, input);
  if (envelope.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  const { code, message, fields = [] } = envelope.error;
  expect(code).toBe('VALIDATION');
  return { code, message: [message, ...fields.map((f) => f.message)].join('\n') };
}

/** Data rows of an exported workbook (under its "STT" header). */
async function exportedRows(base64: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  let header = 1;
  while (sheet.getCell(header, 1).value !== 'STT') header++;
  let rows = 0;
  for (let r = header + 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value !== null) rows++;
  return rows;
}

/** Whether every folded word of the query starts a word of the text (the app's search rule). */
const matches = (text: string, query: string) => {
  const words = foldedWords(text);
  return foldedWords(query).every((q) => words.some((w) => w.startsWith(q)));
};

describe('documents.list a page at a time', () => {
  const titles = [
    'Báo cáo kết quả phong trào huyện Đắk Hà',
    'Danh sách xã đạt chuẩn nông thôn mới',
    'Kế hoạch kiểm tra năm 2026 huyện Đăk Tô',
    'Tờ trình khen thưởng tổng kết',
    'Báo cáo tiến độ huyện Sa Thầy',
    'Công văn đôn đốc tiêu chí 17',
    'Biên bản kiểm tra xã Đắk Pxi',
  ];
  beforeEach(() => {
    // Written through the repository: the channel's paging, not PDF rendering, is under test.
    const repo = createDocumentsRepository(app.ctx.db);
    titles.forEach((title, index) =>
      repo.insert(
        {
          issuer: 'HĐTĐKT',
          year: index < 5 ? 2026 : 2025,
          number: index + 1,
          typeAbbreviation: index % 2 === 0 ? 'BC' : 'DS',
          date: `${index < 5 ? 2026 : 2025}-03-${String(10 + index).padStart(2, '0')}`,
          title,
          template: 'movement-report',
          params: {},
          entity: null,
          entityId: null,
          signer: '',
          recipients: [],
          copies: 0,
          signature: null,
          sha256: String(index).repeat(64).slice(0, 64),
          filePath: `documents/${index}.pdf`,
          pages: 1,
        },
        '2026-03-20T00:00:00.000Z',
      ),
    );
  });

  it('pages the register newest first, counts every match and says which years and types it holds', async () => {
    const first = await call<DocumentPage>('documents.list', { page: 1, pageSize: 3 });
    expect(first.total).toBe(titles.length);
    expect(first.rows.map((d) => d.title)).toEqual([titles[4], titles[3], titles[2]]);
    expect(first.years).toEqual([2026, 2025]);
    expect(first.types).toEqual(['BC', 'DS']);
    const last = await call<DocumentPage>('documents.list', { page: 3, pageSize: 3 });
    expect(last.rows.map((d) => d.title)).toEqual([titles[5]]);
    const all = await call<DocumentPage>('documents.list', { pageSize: 200 });
    expect(all.rows.map((d) => d.id)).toEqual(
      [...first.rows, ...(await call<DocumentPage>('documents.list', { page: 2, pageSize: 3 })).rows, ...last.rows].map((d) => d.id),
    );
  });

  it('answers a page beyond the end with no rows and the count', async () => {
    expect(await call<DocumentPage>('documents.list', { page: 9, pageSize: 3 })).toMatchObject({ rows: [], total: titles.length });
  });

  it('filters and searches in SQL without diacritics (đ = d), counting the matches', async () => {
    const dak = await call<DocumentPage>('documents.list', { query: 'dak', pageSize: 2 });
    const expected = titles.filter((title) => matches(title, 'dak'));
    expect(expected.length).toBe(3);
    expect(dak.total).toBe(expected.length);
    expect(dak.rows).toHaveLength(2);
    const inYear = await call<DocumentPage>('documents.list', { query: 'DAK', year: 2026 });
    expect(inYear.rows.map((d) => d.title).sort()).toEqual(
      titles
        .slice(0, 5)
        .filter((title) => matches(title, 'dak'))
        .sort(),
    );
    expect((await call<DocumentPage>('documents.list', { type: 'DS' })).total).toBe(3);
    expect((await call<DocumentPage>('documents.list', { sort: 'title', direction: 'asc', pageSize: 1 })).rows[0].title).toBe(
      'Báo cáo kết quả phong trào huyện Đắk Hà',
    );
  });

  it('refuses a page too large or not a page, in Vietnamese', async () => {
    expect((await refusal('documents.list', { pageSize: 201 })).message).toContain('Mỗi trang có tối đa 200 dòng');
    expect((await refusal('documents.list', { page: 0 })).message).toContain('Số trang bắt đầu từ 1');
    expect((await refusal('documents.list', { sort: 'signer' })).message).toContain('Cách sắp xếp không hợp lệ');
  });

  it('exports every matching row, not a page', async () => {
    const file = await call<{ base64: string }>('exports.list', { list: 'documents', filters: { query: 'dak' } });
    expect(await exportedRows(file.base64)).toBe(3);
  });
});

describe('nominations.list a page at a time', () => {
  const names = ['Nguyễn Văn Đức', 'Trần Thị Hà', 'Lê Đức Thắng', 'Phạm Minh Khôi', 'Y Đăng', 'Hoàng Thị Duyên', 'Đỗ Văn Nam'];

  it('pages a round, counts, filters by status and eligibility, and searches names without diacritics', async () => {
    const round = await tongKetRound(app);
    const made: Nomination[] = [];
    for (const [index, name] of names.entries()) {
      const nominee = await individual(app, name, 1970 + index);
      // Two of them have the ratings the provincial certificate of merit asks for.
      if (index < 2) {
        await rating(app, nominee.id, 2023);
        await rating(app, nominee.id, 2024);
      }
      made.push(await nominate(app, round.id, nominee.id, 'BK_TINH'));
    }
    const first = await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, sort: 'name', pageSize: 3 });
    expect(first.total).toBe(names.length);
    expect(first.rows).toHaveLength(3);
    const all = await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, sort: 'name', pageSize: 200 });
    expect(all.rows.slice(0, 3).map((n) => n.id)).toEqual(first.rows.map((n) => n.id));
    const third = await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, sort: 'name', page: 3, pageSize: 3 });
    expect(third.rows.map((n) => n.id)).toEqual(all.rows.slice(6).map((n) => n.id));
    expect(await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, page: 5, pageSize: 3 })).toEqual({
      rows: [],
      total: names.length,
    });

    const duc = await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, query: 'duc' });
    expect(duc.rows.map((n) => n.nomineeName).sort()).toEqual(names.filter((name) => matches(name, 'duc')).sort());
    expect(duc.total).toBe(2);

    // Eligibility is computed per dossier; the page and the count still agree with the whole list.
    const statuses = new Map(all.rows.map((n) => [n.id, n.eligibility]));
    const wanted = all.rows[0].eligibility;
    const eligible = await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, eligibility: wanted, pageSize: 1 });
    expect(eligible.total).toBe([...statuses.values()].filter((s) => s === wanted).length);
    expect(eligible.rows.map((n) => n.eligibility)).toEqual([wanted]);

    expect((await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, status: 'received' })).total).toBe(0);
    expect((await refusal('nominations.list', { roundId: round.id, pageSize: 500 })).message).toContain('Mỗi trang có tối đa 200 dòng');

    // The workbook holds every matching dossier, not one page.
    const file = await call<{ base64: string }>('nominations.exportXlsx', { roundId: round.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const text = JSON.stringify(workbook.worksheets[0].getSheetValues());
    for (const name of names) expect(text).toContain(name);
    expect(made).toHaveLength(names.length);
  });
});

describe('recognitions.list a page at a time', () => {
  it('pages a year as recorded, filters by kind, searches names without diacritics and rolls every match up', async () => {
    const communes = ruralCommunes(app).slice(0, 12);
    for (const [index, commune] of communes.entries()) {
      await call('recognitions.set', { unitId: commune.id, year: 2023, level: index % 4 === 0 ? 'none' : 'ntm', version: null });
    }
    const first = await call<RollUpPage>('recognitions.list', { year: 2023, kind: 'commune', pageSize: 5 });
    expect(first.total).toBe(communes.length);
    expect(first.rows).toHaveLength(5);
    expect(first.recognised).toBe(communes.filter((_, index) => index % 4 !== 0).length);
    // Every commune is today's own unit: one group each, paged like the rows.
    expect(first.groups.total).toBe(communes.length);
    expect(first.groups.rows).toHaveLength(5);
    const all = await call<RollUpPage>('recognitions.list', { year: 2023, pageSize: 200 });
    const third = await call<RollUpPage>('recognitions.list', { year: 2023, kind: 'commune', page: 3, pageSize: 5 });
    expect(third.rows.map((r) => r.id)).toEqual(all.rows.slice(10).map((r) => r.id));
    expect(await call<RollUpPage>('recognitions.list', { year: 2023, page: 4, pageSize: 5 })).toMatchObject({ rows: [], total: 12 });
    expect((await call<RollUpPage>('recognitions.list', { year: 2023, kind: 'village' })).total).toBe(0);

    const query = foldedWords(communes[1].name).at(-1) as string;
    const found = await call<RollUpPage>('recognitions.list', { year: 2023, query });
    const expected = communes.filter(
      (c) => matches(`${c.name}`, query) || matches(all.rows.find((r) => r.unitId === c.id)?.districtNameAt ?? '', query),
    );
    expect(found.total).toBe(expected.length);
    expect(found.rows.map((r) => r.unitId).sort()).toEqual(expected.map((c) => c.id).sort());

    const file = await call<{ base64: string }>('exports.list', {
      list: 'recognitions',
      filters: { year: 2023, rollUpAsOf: null, kind: 'commune' },
    });
    expect(await exportedRows(file.base64)).toBe(communes.length);
    expect((await refusal('recognitions.list', { year: 2023, kind: 'province' })).message).toContain('Cấp đơn vị không hợp lệ');
  });
});

describe('recommendations.list a page at a time', () => {
  it('pages by deadline, counts, searches text and unit names without diacritics', async () => {
    const planned = await plannedRound(app, 2025);
    const texts = [
      'Kiện toàn Hội đồng Thi đua - Khen thưởng xã',
      'Bổ sung sổ theo dõi khen thưởng',
      'Cập nhật hồ sơ tiêu chí đường giao thông',
      'Hoàn thiện báo cáo tự đánh giá',
      'Lập kế hoạch duy trì tiêu chí môi trường',
    ];
    const visit = planned.visits[0] as VisitWithWarnings;
    for (const [index, text] of texts.entries()) {
      await call<Recommendation>('recommendations.create', {
        visitId: visit.id,
        text,
        responsibleUnitId: visit.unitId,
        deadline: `2025-1${index % 3}-0${index + 1}`,
      });
    }
    const first = await call<ListPage<Recommendation>>('recommendations.list', { pageSize: 2 });
    expect(first.total).toBe(texts.length);
    const all = await call<ListPage<Recommendation>>('recommendations.list', {});
    expect(all.rows.map((r) => r.deadline)).toEqual([...all.rows.map((r) => r.deadline)].sort());
    expect(first.rows.map((r) => r.id)).toEqual(all.rows.slice(0, 2).map((r) => r.id));
    expect(await call<ListPage<Recommendation>>('recommendations.list', { page: 4, pageSize: 2 })).toEqual({
      rows: [],
      total: texts.length,
    });

    const hoiDong = await call<ListPage<Recommendation>>('recommendations.list', { query: 'hoi dong thi dua' });
    expect(hoiDong.rows.map((r) => r.text)).toEqual([texts[0]]);
    const tieuChi = await call<ListPage<Recommendation>>('recommendations.list', { query: 'TIEU CHI', pageSize: 1 });
    expect(tieuChi.total).toBe(texts.filter((t) => matches(t, 'tieu chi')).length);
    // The unit's name is searched too.
    const byUnit = await call<ListPage<Recommendation>>('recommendations.list', { query: foldedWords(visit.unitName).join(' ') });
    expect(byUnit.total).toBe(texts.length);
    expect((await call<ListPage<Recommendation>>('recommendations.list', { status: 'overdue', overdueOn: '2025-11-01' })).total).toBe(
      all.rows.filter((r) => r.deadline < '2025-11-01').length,
    );
    expect((await refusal('recommendations.list', { pageSize: 0 })).message).toContain('Mỗi trang có ít nhất 1 dòng');
  });
});
