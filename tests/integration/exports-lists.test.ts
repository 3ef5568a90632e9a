import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { DocumentPage } from '../../shared/contract/documents';
import type { ListExportInput } from '../../shared/contract/exports';
import type { AgencySummary } from '../../shared/domain/agencies';
import type { CriteriaSet } from '../../shared/domain/criteria';
import type { InspectionListItem, Person } from '../../shared/domain/inspections';
import type { MilestoneListItem, MovementListItem, Submission } from '../../shared/domain/movements';
import type { NominationRound } from '../../shared/domain/nominations';
import type { RollUpPage } from '../../shared/domain/roll-up';
import type { Target } from '../../shared/domain/targets';
import { council, sessionWith, submitted } from '../support/council-fixture';
import { dumpHash } from '../support/db-dump';
import { person, round } from '../support/inspections-fixture';
import { enterBaseline2022, seedMovementId } from '../support/movements-fixture';
import { tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

interface Exported {
  fileName: string;
  title: string;
  subtitles: string[];
  header: string[];
  rows: ExcelJS.CellValue[][];
}

/** Calls exports.list and reads the workbook back: title, subtitles, header row (the one starting "STT") and data rows. */
async function exported(input: ListExportInput | { list: string; filters?: unknown }): Promise<Exported> {
  const before = dumpHash(app.ctx.db);
  const file = dataOf<{ fileName: string; base64: string }>(await app.callRaw('exports.list', input));
  // An export is a read: nothing stored changes.
  expect(dumpHash(app.ctx.db)).toBe(before);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  let headerRow = 1;
  while (sheet.getCell(headerRow, 1).value !== 'STT') {
    headerRow++;
    if (headerRow > 10) throw new Error('no header row');
  }
  const width = sheet.getRow(headerRow).cellCount;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    rows.push(Array.from({ length: width }, (_, c) => sheet.getCell(r, c + 1).value));
  }
  const subtitles: string[] = [];
  for (let r = 2; r < headerRow - 1; r++) subtitles.push(String(sheet.getCell(r, 1).value));
  return {
    fileName: file.fileName,
    title: String(sheet.getCell(1, 1).value),
    subtitles,
    header: (sheet.getRow(headerRow).values as string[]).slice(1),
    rows,
  };
}

const list = async <T>(channel: string, input: unknown) => dataOf<T>(await app.callRaw(channel, input));
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('exports.list: every list screen to XLSX with its own filters, typed cells', () => {
  it('movements, their milestones, a milestone submissions and targets', async () => {
    const movementId = await seedMovementId(app);
    const movements = await list<MovementListItem[]>('movements.list', {});
    const m = await exported({ list: 'movements', filters: {} });
    expect(m.title).toBe('DANH SÁCH PHONG TRÀO THI ĐUA');
    expect(m.header.slice(0, 3)).toEqual(['STT', 'Tên phong trào', 'Loại']);
    expect(m.rows.map((r) => r[1])).toEqual(movements.map((x) => x.name));
    const seed = movements.find((x) => x.id === movementId) as MovementListItem;
    const seedRow = m.rows.find((r) => r[1] === seed.name) as ExcelJS.CellValue[];
    expect(seedRow[3]).toBe(seed.startYear);
    expect(seedRow[5]).toBe('2017/KH-UBND');
    if (seed.document.date) expect(seedRow[6]).toEqual(utc(seed.document.date));
    expect(seedRow[9]).toBe(seed.participantCount);
    expect(m.fileName).toMatch(/^Danh sách phong trào \d{4}-\d{2}-\d{2}\.xlsx$/);

    const milestones = await list<MilestoneListItem[]>('milestones.list', { movementId });
    const ms = await exported({ list: 'milestones', filters: { movementId } });
    expect(ms.title).toBe(`CÁC MỐC THỜI GIAN CỦA PHONG TRÀO: ${seed.name}`);
    expect(ms.rows.map((r) => r[1])).toEqual(milestones.map((x) => x.title));
    expect(ms.rows.map((r) => r[3])).toEqual(milestones.map((x) => utc(x.dueDate)));

    const withSubmissions = milestones.find((x) => x.requiresSubmission) as MilestoneListItem;
    const subs = await list<Submission[]>('submissions.list', { milestoneId: withSubmissions.id });
    dataOf(
      await app.call('submissions.set', {
        milestoneId: withSubmissions.id,
        unitId: subs[0].unitId,
        documentNumber: '12/BC-UBND',
        receivedDate: '2024-01-05',
        version: null,
      }),
    );
    const s = await exported({ list: 'submissions', filters: { milestoneId: withSubmissions.id } });
    expect(s.title).toBe(`VĂN BẢN CÁC ĐƠN VỊ NỘP: ${withSubmissions.title}`);
    expect(s.rows).toHaveLength(subs.length);
    expect(s.rows[0].slice(1, 5)).toEqual([subs[0].unitName, utc(subs[0].dueDate), utc('2024-01-05'), '12/BC-UBND']);
    expect(typeof s.rows[0][5]).toBe('number');

    const targets = await list<Target[]>('targets.list', { movementId });
    const tg = await exported({ list: 'targets', filters: { movementId } });
    expect(tg.rows.map((r) => r[2])).toEqual(targets.map((x) => x.label));
    expect(tg.rows.map((r) => r[3])).toEqual(targets.map((x) => x.goal));
  });

  it('the document register with its filters', async () => {
    await enterBaseline2022(app);
    dataOf(
      await app.call('documents.issue', {
        template: 'movement-report',
        params: { movementId: await seedMovementId(app), year: 2022 },
        date: '2026-12-05',
      }),
    );
    const documents = await list<DocumentPage>('documents.list', { year: 2026 });
    expect(documents.total).toBe(1);
    const d = await exported({ list: 'documents', filters: { year: 2026 } });
    expect(d.title).toBe('SỔ VĂN BẢN ĐI');
    expect(d.subtitles[0]).toBe('Năm: 2026');
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0].slice(1, 4)).toEqual([documents.rows[0].numberSymbol, utc('2026-12-05'), documents.rows[0].title]);
    expect(d.rows[0][7]).toBe(documents.rows[0].pages);
    expect((await exported({ list: 'documents', filters: { year: 2025 } })).rows).toHaveLength(0);
  });

  it('people (query and limit as the directory), inspection rounds and nomination rounds by year', async () => {
    await person(app, 'Nguyễn Văn An');
    await person(app, 'Trần Thị Bình', 'Phó Trưởng ban');
    const found = await list<Person[]>('people.list', { query: 'binh' });
    const p = await exported({ list: 'people', filters: { query: 'binh' } });
    expect(p.rows.map((r) => r[1])).toEqual(found.map((x) => x.fullName));
    expect(p.rows[0]).toEqual([1, 'Trần Thị Bình', 'Phó Trưởng ban', 'Ban Thi đua - Khen thưởng tỉnh', null]);
    expect(p.subtitles[0]).toBe('Từ khóa: binh');

    await round(app, 2025);
    await round(app, 2026);
    const rounds = await list<InspectionListItem[]>('inspections.list', { year: 2025 });
    const i = await exported({ list: 'inspections', filters: { year: 2025 } });
    expect(i.rows).toHaveLength(rounds.length);
    expect(i.rows[0].slice(1, 5)).toEqual([2025, rounds[0].title, utc('2025-06-01'), utc('2025-09-30')]);
    expect((await exported({ list: 'inspections', filters: {} })).rows).toHaveLength(2);

    const r = await tongKetRound(app);
    const n = await exported({ list: 'nominationRounds', filters: { year: 2025 } });
    expect(n.rows).toEqual([[1, r.name, 2025, 'Theo đợt hoặc chuyên đề', r.movementName, utc('2025-10-31'), 'Đang nhận hồ sơ', 0, null]]);
    expect(await list<NominationRound[]>('rounds.list', { year: 2024 })).toHaveLength(0);
    expect((await exported({ list: 'nominationRounds', filters: { year: 2024 } })).rows).toHaveLength(0);
  });

  it('criteria sets (a row per criterion), agencies and a unit lineage', async () => {
    const sets = await list<CriteriaSet[]>('criteria.sets', {});
    const c = await exported({ list: 'criteriaSets', filters: {} });
    expect(c.rows).toHaveLength(sets.reduce((n, set) => n + set.criteria.length, 0));
    expect(c.rows[0].slice(1, 2)).toEqual([sets[0].name]);
    expect(c.rows[0][6]).toBe(sets[0].criteria[0].number);

    const agencies = await list<AgencySummary[]>('agencies.list', {});
    const a = await exported({ list: 'agencies', filters: {} });
    expect(a.rows.map((r) => r[1])).toEqual(agencies.map((x) => x.agency.name));
    expect(a.rows.every((r) => typeof r[3] === 'number')).toBe(true);

    const konTum = app.idOfCode('62');
    dataOf(
      await app.call('unitHistory.createSuccessor', {
        predecessorId: konTum,
        relation: 'merged_into',
        unit: { code: '51', name: 'Tỉnh Quảng Ngãi', kind: 'province', adminType: 'Tỉnh', parentId: null },
        effectiveDate: '2025-07-01',
        decision: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' },
      }),
    );
    const l = await exported({ list: 'unitLineage', filters: { unitId: konTum, asOf: '2025-12-31' } });
    expect(l.title).toBe('LỊCH SỬ SẮP XẾP ĐƠN VỊ: Tỉnh Kon Tum');
    expect(l.subtitles[0]).toBe('Đơn vị hiện nay (ngày 31/12/2025): Tỉnh Quảng Ngãi');
    expect(l.rows).toEqual([
      [1, 'Tỉnh Kon Tum', 'Sáp nhập vào', 'Tỉnh Quảng Ngãi', utc('2025-07-01'), '202/2025/QH15', utc('2025-06-12'), 'Quốc hội', null],
    ]);
  });

  it('a year of recognitions rolled up to today, and a unit income by year', async () => {
    await enterBaseline2022(app);
    const listed = (await list<RollUpPage>('recognitions.list', { year: 2022, rollUpAsOf: '2025-12-31', pageSize: 200 })).rows;
    const r = await exported({ list: 'recognitions', filters: { year: 2022, rollUpAsOf: '2025-12-31' } });
    expect(r.title).toBe('QUYẾT ĐỊNH CÔNG NHẬN NĂM 2022 VÀ ĐƠN VỊ HIỆN NAY');
    expect(r.subtitles[0]).toBe('Quy về đơn vị hiện nay tính đến ngày 31/12/2025');
    expect(r.rows.map((row) => row[1])).toEqual(listed.map((x) => x.unitNameAt));
    expect(r.rows[0][3]).toBe('Đạt chuẩn nông thôn mới');
    expect(r.rows[0][7]).toBe(r.rows[0][1]);

    const konTum = app.idOfCode('62');
    dataOf(await app.call('income.set', { unitId: konTum, year: 2022, amount: 38.5, note: 'Cục Thống kê', version: null }));
    dataOf(await app.call('income.set', { unitId: konTum, year: 2023, amount: 42, note: '', version: null }));
    const i = await exported({ list: 'income', filters: { unitId: konTum } });
    expect(i.title).toBe('THU NHẬP BÌNH QUÂN ĐẦU NGƯỜI: Tỉnh Kon Tum');
    expect(i.rows).toEqual([
      [1, 2022, 38.5, 'Cục Thống kê'],
      [2, 2023, 42, null],
    ]);
  });

  it('refuses what the list would refuse, writing nothing', async () => {
    const before = dumpHash(app.ctx.db);
    const cases: [unknown, string][] = [
      [{ list: 'planets', filters: {} }, 'VALIDATION'],
      [{ list: 'movements', filters: { extra: 1 } }, 'VALIDATION'],
      [{ list: 'movements', filters: {}, extra: 1 }, 'VALIDATION'],
      [{ list: 'documents', filters: { year: 1800 } }, 'VALIDATION'],
      [{ list: 'milestones', filters: {} }, 'VALIDATION'],
      [{ list: 'milestones', filters: { movementId: 999999 } }, 'NOT_FOUND'],
      [{ list: 'targets', filters: { movementId: 999999 } }, 'NOT_FOUND'],
      [{ list: 'submissions', filters: { milestoneId: 999999 } }, 'NOT_FOUND'],
      [{ list: 'unitLineage', filters: { unitId: 999999 } }, 'NOT_FOUND'],
      [{ list: 'income', filters: { unitId: 999999 } }, 'NOT_FOUND'],
      [{ list: 'recognitions', filters: {} }, 'VALIDATION'],
    ];
    for (const [input, code] of cases) {
      expect(await app.callRaw('exports.list', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code } });
    }
    expect(dumpHash(app.ctx.db)).toBe(before);
  });
});

describe('the council lists to XLSX', () => {
  it('exports the members as of a date, the sessions of a year and the decisions with their filters, all pages', async () => {
    const members = await council(app);
    const round = await tongKetRound(app, 'merit');
    const an = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
    const session = await sessionWith(app, members, '2025-06-20', [an.id]);
    await app.call('sessions.recordVote', { sessionId: session.id, nominationId: an.id, votesFor: 12, votesAgainst: 1 });
    await app.call('decisions.create', {
      number: '812/QĐ-UBND',
      date: '2025-07-05',
      signerName: 'Nguyễn Văn Hùng',
      signerAuthority: 'Chủ tịch UBND tỉnh',
      nominationIds: [an.id],
    });

    const onDate = await exported({ list: 'councilMembers', filters: { asOf: '2025-06-20' } });
    expect(onDate.title).toBe('THÀNH VIÊN HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(onDate.subtitles).toContain('Thành phần tại ngày 20/06/2025');
    expect(onDate.header).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Cơ quan', 'Vai trò trong Hội đồng', 'Từ ngày', 'Đến ngày']);
    expect(onDate.rows).toHaveLength(15);
    expect(onDate.rows[0].slice(0, 2)).toEqual([1, members[0].fullName]);
    // Dates are real dates, and a term still running has no end.
    expect(onDate.rows[0][5]).toBeInstanceOf(Date);
    expect(onDate.rows[0][6]).toBeNull();
    expect((await exported({ list: 'councilMembers', filters: { asOf: '2020-01-01' } })).rows).toHaveLength(0);

    const sessions = await exported({ list: 'councilSessions', filters: { year: 2025, page: 3, pageSize: 1 } });
    // Every row of the year, whatever page the screen was on.
    expect(sessions.rows).toHaveLength(1);
    expect(sessions.rows[0][1]).toBeInstanceOf(Date);
    expect(sessions.rows[0].slice(2, 3)).toEqual(['Phòng họp số 1, UBND tỉnh']);
    expect(sessions.rows[0].slice(6)).toEqual([13, 15, 1, 1, 1]);
    expect((await exported({ list: 'councilSessions', filters: { year: 2024 } })).rows).toHaveLength(0);

    const decisions = await exported({ list: 'decisions', filters: { status: 'draft', query: '812' } });
    expect(decisions.subtitles).toEqual(expect.arrayContaining(['Trạng thái: Dự thảo', 'Số quyết định có: 812']));
    expect(decisions.rows.map((row) => [row[1], row[5], row[6]])).toEqual([['812/QĐ-UBND', 'Dự thảo', 1]]);
    expect((await exported({ list: 'decisions', filters: { status: 'issued' } })).rows).toHaveLength(0);
  });
});
