import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DocumentPreview } from '../../shared/domain/documents';
import type { NominationRound } from '../../shared/domain/nominations';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { ruralCommunes } from '../support/movements-fixture';
import { type ProposalRow, proposalWorkbook, tongKetRound } from '../support/nominations-fixture';
import { checkLayout, type PdfPage, type PdfReadBack } from '../support/pdf-layout';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

const MARGINS = {
  top: DEFAULT_DOCUMENT_SETTINGS.marginTopMm,
  bottom: DEFAULT_DOCUMENT_SETTINGS.marginBottomMm,
  left: DEFAULT_DOCUMENT_SETTINGS.marginLeftMm,
  right: DEFAULT_DOCUMENT_SETTINGS.marginRightMm,
};

/** 30 people, 3 collectives and 2 households: the annex crosses a page. */
const ROWS: ProposalRow[] = [
  ...Array.from({ length: 30 }, (_, i): ProposalRow => [
    i + 1,
    i % 4 === 0 ? 'Giấy khen' : 'Bằng khen của Chủ tịch UBND tỉnh',
    `${['Nguyễn Văn', 'Trần Thị', 'Y', 'A', 'Lê Đình'][i % 5]} ${['Hùng', 'Mai', 'Blong', 'Nhung', 'Đức', 'Hoa'][i % 6]} ${i + 1}`,
    'Cá nhân',
    i % 2 === 0 ? 'Nam' : 'Nữ',
    1960 + i,
    ['Chủ tịch UBND xã', 'Trưởng thôn', 'Nông dân', 'Bí thư Chi bộ thôn'][i % 4],
    `Xã Đăk ${['Ui', 'Hring', 'Mar', 'Ngọk'][i % 4]}, huyện Đăk Hà`,
    null,
  ]),
  [31, 'Bằng khen của Chủ tịch UBND tỉnh', 'UBND xã Đăk Ui', 'Tập thể', null, null, null, 'Huyện Đăk Hà', null],
  [32, 'Bằng khen của Chủ tịch UBND tỉnh', 'Thôn Kon Bdeh', 'Tập thể', null, null, null, 'Xã Đăk Ui, huyện Đăk Hà', null],
  [33, 'Giấy khen', 'Hợp tác xã Nông nghiệp Đăk Ui', 'Tập thể', null, null, null, 'Xã Đăk Ui', null],
  [34, 'Bằng khen của Chủ tịch UBND tỉnh', 'Hộ ông A Thút', 'Hộ gia đình', null, null, null, 'Thôn Kon Bdeh, xã Đăk Ui', null],
  [35, 'Giấy khen', 'Hộ bà Y Lan', 'Hộ gia đình', null, null, null, 'Thôn 4, xã Đăk Mar', null],
];

let app: TestApp;
let round: NominationRound;
let pdf: PdfReadBack;
let problems: string[];

beforeAll(async () => {
  app = openTestApp();
  round = await tongKetRound(app);
  dataOf(
    await app.callRaw('nominations.importCommit', {
      roundId: round.id,
      base64: await proposalWorkbook(ROWS),
      proposingUnitId: ruralCommunes(app)[0].id,
    }),
  );
  const preview = dataOf<DocumentPreview>(
    await app.callRaw('documents.preview', { template: 'nomination-list', params: { roundId: round.id } }),
  );
  const bytes = Buffer.from(preview.pdf, 'base64');
  if (process.env.THIDUA_KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), 'nomination-list.pdf'), bytes);
  ({ problems, pdf } = await checkLayout(bytes, {
    marginsMm: MARGINS,
    orientation: ['portrait', ...Array.from({ length: preview.pages - 1 }, () => 'landscape' as const)],
    issuerLines: ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
    fontFamily: 'Tinos',
    pageCount: preview.pages,
    nonNumericColumns: ['Năm sinh'],
    texts: [
      'TỜ TRÌNH',
      'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
      'khen thưởng cho 3 tập thể, 30 cá nhân và 2 hộ gia đình (có danh sách kèm theo)',
      '- Bằng khen của Chủ tịch UBND tỉnh: 2 tập thể, 22 cá nhân và 1 hộ gia đình;',
      '- Giấy khen: 1 tập thể, 8 cá nhân và 1 hộ gia đình.',
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      'I. Bằng khen của Chủ tịch UBND tỉnh',
      'II. Giấy khen',
      'Tập thể (2)',
      'Cá nhân (22)',
      'Hộ gia đình (1)',
    ],
    exactSegments: ['Số:      /TTr-HĐTĐKT'],
  }));
});
afterAll(() => app.close());

const rowOf = (page: PdfPage, cell: string) => {
  const anchor = page.items.find((item) => item.text === cell);
  if (!anchor) return [];
  return page.items
    .filter((item) => item.text.trim() && Math.abs(item.baseline - anchor.baseline) < 1)
    .sort((a, b) => a.x - b.x)
    .map((item) => item.text);
};

describe('Danh sách đề nghị khen thưởng (template nomination-list)', () => {
  it('passes the layout checker: a portrait submission, its landscape annex over more than one page', () => {
    expect(problems).toEqual([]);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
  });

  it('groups by form then nominee kind, numbering from 1 in each kind', () => {
    const page = pdf.pages.find((p) => p.items.some((item) => item.text === 'UBND xã Đăk Ui')) as PdfPage;
    expect(rowOf(page, 'UBND xã Đăk Ui')).toEqual(['2', 'UBND xã Đăk Ui', 'Huyện Đăk Hà', ruralCommunes(app)[0].name]);
    const household = pdf.pages.find((p) => p.items.some((item) => item.text === 'Hộ bà Y Lan')) as PdfPage;
    expect(rowOf(household, 'Hộ bà Y Lan')).toEqual(['1', 'Hộ bà Y Lan', 'Thôn 4, xã Đăk Mar', ruralCommunes(app)[0].name]);
  });

  it('refuses a round without nominations and an unknown round', async () => {
    const empty = dataOf<NominationRound>(
      await app.callRaw('rounds.create', { name: 'Khen thưởng đột xuất', year: 2025, commendationKind: 'ad-hoc', deadline: '2025-12-31' }),
    );
    const refused = await app.callRaw('documents.preview', { template: 'nomination-list', params: { roundId: empty.id } });
    expect(refused.ok ? null : refused.error.message).toBe('Đợt xét chưa có hồ sơ đề nghị nào để lập danh sách.');
    const unknown = await app.callRaw('documents.preview', { template: 'nomination-list', params: { roundId: 99999 } });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });
});
