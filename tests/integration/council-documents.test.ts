import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CouncilSession, Decision, RecordedVote } from '../../shared/domain/council';
import type { DocumentPreview } from '../../shared/domain/documents';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { DATE_BLANK } from '../../shared/format/document-date';
import { council, sessionWith, submitted } from '../support/council-fixture';
import { tongKetRound } from '../support/nominations-fixture';
import { checkLayout } from '../support/pdf-layout';
import { dataOf, openTestApp, steppingClock, type TestApp } from '../support/test-app';

const MARGINS = {
  top: DEFAULT_DOCUMENT_SETTINGS.marginTopMm,
  bottom: DEFAULT_DOCUMENT_SETTINGS.marginBottomMm,
  left: DEFAULT_DOCUMENT_SETTINGS.marginLeftMm,
  right: DEFAULT_DOCUMENT_SETTINGS.marginRightMm,
};

let app: TestApp;
let session: CouncilSession;
let decision: Decision;
const call = async <T>(channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

async function pdfOf(template: string, params: Record<string, number>) {
  const preview = await call<DocumentPreview>('documents.preview', { template, params });
  const bytes = Buffer.from(preview.pdf, 'base64');
  if (process.env.THIDUA_KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), `${template}.pdf`), bytes);
  return { bytes, pages: preview.pages };
}

beforeAll(async () => {
  // Printed in 2026 about a council that met in 2025: a draft's blank date line must say which year.
  app = openTestApp({ clock: steppingClock(Date.UTC(2026, 0, 15, 1, 0, 0)) });
  const members = await council(app);
  const round = await tongKetRound(app, 'merit');
  const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
  const b = await submitted(app, round.id, 'Trần Văn Bảo', 'CSTD_CS');
  const c = await submitted(app, round.id, 'Lê Thị Cúc', 'BK_TINH');
  const d = await submitted(app, round.id, 'Đinh Văn Đông', 'BK_TTG');
  session = await sessionWith(app, members, '2025-06-20', [a.id, b.id, c.id, d.id]);
  await call<RecordedVote>('sessions.recordVote', { sessionId: session.id, nominationId: d.id, votesFor: 13, votesAgainst: 0 });
  await call<RecordedVote>('sessions.recordVote', { sessionId: session.id, nominationId: a.id, votesFor: 12, votesAgainst: 1 });
  await call<RecordedVote>('sessions.recordVote', { sessionId: session.id, nominationId: b.id, votesFor: 11, votesAgainst: 2 });
  await call<RecordedVote>('sessions.recordVote', {
    sessionId: session.id,
    nominationId: c.id,
    votesFor: 10,
    votesAgainst: 2,
    withdrawn: [{ memberId: members[13].id, reason: 'Công tác tại đơn vị trình' }],
  });
  const draft = await call<Decision>('decisions.create', {
    number: '812/QĐ-UBND',
    date: '2025-07-05',
    signerName: 'Nguyễn Văn Hùng',
    signerAuthority: 'KT. Chủ tịch — Phó Chủ tịch',
    nominationIds: [a.id, c.id],
  });
  decision = await call<Decision>('decisions.issue', { id: draft.id });
});
afterAll(() => app.close());

describe('Biên bản họp Hội đồng (template council-minutes)', () => {
  it('prints attendance, the vote table with the exact figures and conclusions, and passes the layout checker', async () => {
    const { bytes, pages } = await pdfOf('council-minutes', { sessionId: session.id });
    const { problems } = await checkLayout(bytes, {
      marginsMm: MARGINS,
      orientation: 'portrait',
      issuerLines: ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
      fontFamily: 'Tinos',
      pageCount: pages,
      signatureLine: 'CHỦ TRÌ',
      texts: [
        'BIÊN BẢN',
        'Chủ trì: Nguyễn Văn Hùng, chủ tịch Hội đồng.',
        'Số thành viên có mặt: Có mặt 13/15 thành viên = 86,7% ≥ 80% — đủ điều kiện tiến hành biểu quyết.',
        '- Lý Văn Tâm: Đồng ý với đề nghị khen thưởng.',
        '1. Nguyễn Văn An (Chiến sĩ thi đua cơ sở): 12/15 = 80,0% ≥ 80% tổng số thành viên — đạt.',
        '2. Trần Văn Bảo (Chiến sĩ thi đua cơ sở): 11/15 = 73,3% < 80% tổng số thành viên — không đạt.',
        'A Thút không tham gia biểu quyết (công tác tại đơn vị trình).',
        'Hội đồng thống nhất đề nghị cấp có thẩm quyền khen thưởng 3 hồ sơ đạt kết quả biểu quyết:',
        '- Chiến sĩ thi đua cơ sở: Nguyễn Văn An.',
        'Các hồ sơ không đạt: Trần Văn Bảo.',
        'THƯ KÝ',
        'Y Hoa',
      ],
    });
    expect(problems).toEqual([]);
  });

  it('is issued into the register, filed under its session', async () => {
    const entry = await call<{ id: number; entity: string | null; entityId: number | null }>('documents.issue', {
      template: 'council-minutes',
      params: { sessionId: session.id },
      date: '2025-06-20',
      entity: 'council-session',
      entityId: session.id,
    });
    expect(entry).toMatchObject({ entity: 'council-session', entityId: session.id });
    const refused = await app.callRaw('documents.issue', {
      template: 'council-minutes',
      params: { sessionId: session.id },
      date: '2025-06-20',
      entity: 'council-session',
      entityId: 9999,
    });
    expect(refused.ok).toBe(false);
  });

  it('refuses an unknown session', async () => {
    const envelope = await app.callRaw('documents.preview', { template: 'council-minutes', params: { sessionId: 9999 } });
    expect(envelope.ok ? null : envelope.error.message).toBe('Không tìm thấy phiên họp có mã 9999');
  });
});

describe('Tờ trình đề nghị khen thưởng (template submission)', () => {
  it('asks the Chairman to decide the province forms and to propose the higher ones upward, with the vote results annexed', async () => {
    const { bytes, pages } = await pdfOf('submission', { sessionId: session.id });
    const { problems } = await checkLayout(bytes, {
      marginsMm: MARGINS,
      orientation: ['portrait', ...Array.from({ length: pages - 1 }, () => 'landscape' as const)],
      issuerLines: ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
      fontFamily: 'Tinos',
      pageCount: pages,
      texts: [
        'TỜ TRÌNH',
        'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
        'Ngày 20/06/2025, Hội đồng Thi đua - Khen thưởng tỉnh họp xét các hồ sơ đề nghị khen thưởng (có mặt 13/15 thành viên = 86,7% ≥ 80% — đủ điều kiện tiến hành biểu quyết).',
        'quyết định khen thưởng cho 2 cá nhân:',
        '- Chiến sĩ thi đua cơ sở: 1 cá nhân;',
        '- Bằng khen của Chủ tịch UBND tỉnh: 1 cá nhân.',
        'trình Thủ tướng Chính phủ, Chủ tịch nước khen thưởng cho 1 cá nhân:',
        '- Bằng khen của Thủ tướng Chính phủ: 1 cá nhân.',
        'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
        '12/15 = 80,0% ≥ 80% tổng số thành viên — đạt',
        'Đinh Văn Đông',
      ],
    });
    expect(problems).toEqual([]);
  });
});

describe('Phiếu bầu (template ballot)', () => {
  it('lists the agenda by form with empty boxes, unnumbered and unsigned, and passes the layout checker', async () => {
    const { bytes, pages } = await pdfOf('ballot', { sessionId: session.id });
    const { problems, pdf } = await checkLayout(bytes, {
      marginsMm: MARGINS,
      orientation: 'portrait',
      issuerLines: ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
      fontFamily: 'Tinos',
      pageCount: pages,
      texts: [
        'PHIẾU BẦU',
        'Phiên họp ngày 20/06/2025 xét đề nghị khen thưởng',
        'I. Chiến sĩ thi đua cơ sở',
        'II. Bằng khen của Chủ tịch UBND tỉnh',
        'III. Bằng khen của Thủ tướng Chính phủ',
        'Nguyễn Văn An',
        'Trần Văn Bảo',
        'Lê Thị Cúc',
      ],
    });
    expect(problems).toEqual([]);
    const all = pdf.pages.flatMap((page) => page.items.map((item) => item.text)).join(' ');
    expect(all).not.toContain('Số:');
    expect(all).not.toContain('Nơi nhận');
  });
});

describe('Dự thảo Quyết định khen thưởng (template decision-draft)', () => {
  it('grants one article per form with the attached list and register numbers, and passes the layout checker', async () => {
    const { bytes, pages } = await pdfOf('decision-draft', { decisionId: decision.id });
    const { problems } = await checkLayout(bytes, {
      marginsMm: MARGINS,
      orientation: 'portrait',
      issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH KON TUM'],
      fontFamily: 'Tinos',
      pageCount: pages,
      nonNumericColumns: ['Số vào sổ'],
      texts: [
        'QUYẾT ĐỊNH',
        'Về việc khen thưởng Chiến sĩ thi đua cơ sở, Bằng khen của Chủ tịch UBND tỉnh',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM',
        'Căn cứ Nghị định số 152/2025/NĐ-CP',
        'Khen thưởng 2 cá nhân đã có thành tích xuất sắc (có danh sách kèm theo), cụ thể:',
        '- Chiến sĩ thi đua cơ sở: 1 cá nhân;',
        '- Bằng khen của Chủ tịch UBND tỉnh: 1 cá nhân.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'DANH SÁCH ĐƯỢC KHEN THƯỞNG',
        'Nguyễn Văn An',
        '1/2025',
        'Lê Thị Cúc',
        '2/2025',
      ],
      exactSegments: ['Số:      /QĐ-UBND', `Kon Tum, ngày${DATE_BLANK}tháng${DATE_BLANK}năm 2025`],
    });
    expect(problems).toEqual([]);
  });
});
