import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { migrate } from '../../electron/main/db/migrate';
import { createNominationsRepository } from '../../electron/main/db/repositories/nominations';
import { evaluateEligibility, selectRule } from '../../electron/main/services/nominations/eligibility';
import type {
  Award,
  CommendationKind,
  EligibilityStatus,
  InitiativeScope,
  NomineeHistoryEntry,
  NomineeKind,
  TaskRating,
} from '../../shared/domain/nominations';

/** The catalogue as the migrations seed it (010 and later): the tests run the real rules, not copies. */
function seededCatalogue(): Award[] {
  const db = new Database(':memory:');
  migrate(db);
  const awards = createNominationsRepository(db).awards();
  db.close();
  return awards;
}

const catalogue = seededCatalogue();
const byCode = new Map(catalogue.map((a) => [a.code, a]));
const awardName = (code: string) => byCode.get(code)?.name ?? code;

let nextId = 1;
function entry(fields: Partial<NomineeHistoryEntry> & Pick<NomineeHistoryEntry, 'kind' | 'year'>): NomineeHistoryEntry {
  return {
    id: nextId++,
    nomineeId: 1,
    awardCode: null,
    awardName: null,
    commendationKind: null,
    rating: null,
    scope: null,
    detail: '',
    decisionNumber: '',
    decisionDate: null,
    issuer: '',
    version: 1,
    ...fields,
  };
}
const title = (code: string, ...years: number[]) =>
  years.map((year) => entry({ kind: 'award', awardCode: code, year, commendationKind: 'merit' }));
const thematic = (code: string, year: number) => [entry({ kind: 'award', awardCode: code, year, commendationKind: 'thematic' })];
const rated = (rating: TaskRating, ...years: number[]) => years.map((year) => entry({ kind: 'rating', rating, year }));
const initiative = (scope: InitiativeScope, ...years: number[]) =>
  years.map((year) => entry({ kind: 'initiative', scope, year, detail: 'Sáng kiến' }));
const discipline = (year: number, detail: string) => [entry({ kind: 'discipline', year, detail })];

interface Case {
  name: string;
  award: string;
  nominee?: NomineeKind;
  kind?: CommendationKind;
  year?: number;
  date?: string;
  history: NomineeHistoryEntry[];
  status: EligibilityStatus;
  /** Reasons that must be among the answer's, word for word. */
  reasons: string[];
}

const NOT_COUNTED_BK_2019 =
  'Bằng khen của Chủ tịch UBND tỉnh năm 2019 là khen thưởng theo đợt hoặc chuyên đề, không được tính làm căn cứ đề nghị khen thưởng công trạng (Điều 4 Nghị định 152/2025/NĐ-CP)';

const cases: Case[] = [
  {
    name: 'Bằng khen tỉnh: 2 consecutive CSTĐ cơ sở up to the year before',
    award: 'BK_TINH',
    history: title('CSTD_CS', 2023, 2024),
    status: 'eligible',
    reasons: ['Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (2023, 2024)'],
  },
  {
    name: 'Bằng khen tỉnh: one CSTĐ cơ sở only',
    award: 'BK_TINH',
    history: [...title('CSTD_CS', 2024), ...rated('HTTNV', 2023, 2024)],
    status: 'not-eligible',
    reasons: [
      'Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (có: 2024)',
      'Chưa đủ 2 năm liên tục Hoàn thành xuất sắc nhiệm vụ (có: chưa có năm nào)',
    ],
  },
  {
    name: 'Bằng khen tỉnh: the second route, 2 years HTXSNV with 2 initiatives',
    award: 'BK_TINH',
    history: [...rated('HTXSNV', 2023, 2024), ...initiative('grassroots', 2023, 2024)],
    status: 'eligible',
    reasons: ['Đủ 2 năm liên tục Hoàn thành xuất sắc nhiệm vụ (2023, 2024)', 'Có 2 sáng kiến, đề tài cấp cơ sở (2023-2024)'],
  },
  {
    name: 'Bằng khen tỉnh: HTXSNV but one initiative',
    award: 'BK_TINH',
    history: [...rated('HTXSNV', 2023, 2024), ...initiative('grassroots', 2024)],
    status: 'not-eligible',
    reasons: ['Chưa đủ 2 sáng kiến, đề tài cấp cơ sở trong các năm 2023-2024 (có: 1)'],
  },
  {
    name: 'Bằng khen tỉnh: a year without rating cannot be told',
    award: 'BK_TINH',
    history: [...rated('HTXSNV', 2024), ...initiative('grassroots', 2023, 2024)],
    status: 'unknown',
    reasons: ['Chưa có kết quả xếp loại mức độ hoàn thành nhiệm vụ năm 2023'],
  },
  {
    name: 'Bằng khen tỉnh for a collective: 2 years Tập thể lao động xuất sắc',
    award: 'BK_TINH',
    nominee: 'collective',
    history: title('TTLDXS', 2023, 2024),
    status: 'eligible',
    reasons: ['Đủ 2 năm liên tục Tập thể lao động xuất sắc (2023, 2024)'],
  },
  {
    name: 'Bằng khen tỉnh for a household: only a person can judge contributions',
    award: 'BK_TINH',
    nominee: 'household',
    kind: 'thematic',
    history: [],
    status: 'unknown',
    reasons: ['Cần xem hồ sơ: Chấp hành tốt pháp luật; có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội'],
  },
  {
    name: 'CSTĐ cấp tỉnh: 3 consecutive CSTĐ cơ sở and an initiative with province-wide effect',
    award: 'CSTD_TINH',
    history: [...title('CSTD_CS', 2022, 2023, 2024), ...initiative('province', 2023)],
    status: 'eligible',
    reasons: ['Đủ 3 năm liên tục Chiến sĩ thi đua cơ sở (2022, 2023, 2024)', 'Có 1 sáng kiến, đề tài phạm vi toàn tỉnh (2022-2024)'],
  },
  {
    name: 'CSTĐ cấp tỉnh: a gap in the CSTĐ cơ sở years; a grassroots initiative does not reach province scope',
    award: 'CSTD_TINH',
    history: [...title('CSTD_CS', 2021, 2023, 2024), ...initiative('grassroots', 2024)],
    status: 'not-eligible',
    reasons: [
      'Chưa đủ 3 năm liên tục Chiến sĩ thi đua cơ sở (có: 2021, 2023, 2024)',
      'Chưa đủ 1 sáng kiến, đề tài phạm vi toàn tỉnh trong các năm 2022-2024 (có: 0)',
    ],
  },
  {
    name: 'CSTĐ toàn quốc: 2 consecutive CSTĐ cấp tỉnh and a national initiative',
    award: 'CSTD_TQ',
    history: [...title('CSTD_TINH', 2023, 2024), ...initiative('national', 2022)],
    status: 'eligible',
    reasons: ['Đủ 2 năm liên tục Chiến sĩ thi đua cấp tỉnh (2023, 2024)'],
  },
  {
    name: 'CSTĐ cơ sở: HTXSNV in the year reviewed',
    award: 'CSTD_CS',
    history: rated('HTXSNV', 2025),
    status: 'eligible',
    reasons: ['Có Hoàn thành xuất sắc nhiệm vụ năm 2025', 'Cần xem hồ sơ: Đạt danh hiệu Lao động tiên tiến năm xét'],
  },
  {
    name: 'CSTĐ cơ sở: HTTNV without an initiative',
    award: 'CSTD_CS',
    history: rated('HTTNV', 2025),
    status: 'not-eligible',
    reasons: ['Chưa có Hoàn thành xuất sắc nhiệm vụ năm 2025', 'Chưa đủ 1 sáng kiến, đề tài cấp cơ sở trong năm 2025 (có: 0)'],
  },
  {
    name: 'Lao động tiên tiến: disciplined in the year',
    award: 'LDTT',
    history: [...rated('HTTNV', 2025), ...discipline(2025, 'Khiển trách')],
    status: 'not-eligible',
    reasons: ['Bị kỷ luật năm 2025 (Khiển trách)'],
  },
  {
    name: 'Bằng khen Thủ tướng: provincial Bằng khen then 5 years HTTNV with 3 CSTĐ cơ sở',
    award: 'BK_TTG',
    history: [...title('BK_TINH', 2019), ...rated('HTTNV', 2020, 2021, 2022, 2023, 2024), ...title('CSTD_CS', 2020, 2022, 2024)],
    status: 'eligible',
    reasons: [
      'Sau Bằng khen của Chủ tịch UBND tỉnh năm 2019: đủ 5 năm liên tục Hoàn thành tốt nhiệm vụ trở lên',
      'Đủ 3 lần Chiến sĩ thi đua cơ sở (2020, 2022, 2024)',
    ],
  },
  {
    name: 'Bằng khen Thủ tướng: too soon after the provincial Bằng khen',
    award: 'BK_TTG',
    history: [...title('BK_TINH', 2021), ...rated('HTXSNV', 2022, 2023, 2024)],
    status: 'not-eligible',
    reasons: ['Từ Bằng khen của Chủ tịch UBND tỉnh năm 2021 mới được 3 năm, cần 5 năm'],
  },
  {
    name: 'Bằng khen Thủ tướng: two CSTĐ cơ sở in the five years',
    award: 'BK_TTG',
    history: [...title('BK_TINH', 2019), ...rated('HTTNV', 2020, 2021, 2022, 2023, 2024), ...title('CSTD_CS', 2020, 2022)],
    status: 'not-eligible',
    reasons: ['Chưa đủ 3 lần Chiến sĩ thi đua cơ sở sau Bằng khen của Chủ tịch UBND tỉnh năm 2019 (có: 2020, 2022)'],
  },
  // The rule that changed on 1/7/2025: Decree 152 Art. 4(3) leaves a thematic Bằng khen out of the chain.
  {
    name: 'Bằng khen Thủ tướng on 30/6/2025 (Decree 98): a thematic provincial Bằng khen opens the chain',
    award: 'BK_TTG',
    date: '2025-06-30',
    history: [...thematic('BK_TINH', 2019), ...rated('HTTNV', 2020, 2021, 2022, 2023, 2024), ...title('CSTD_CS', 2020, 2022, 2024)],
    status: 'eligible',
    reasons: ['Sau Bằng khen của Chủ tịch UBND tỉnh năm 2019: đủ 5 năm liên tục Hoàn thành tốt nhiệm vụ trở lên'],
  },
  {
    name: 'Bằng khen Thủ tướng on 1/7/2025 (Decree 152): the same thematic Bằng khen does not count',
    award: 'BK_TTG',
    date: '2025-07-01',
    history: [...thematic('BK_TINH', 2019), ...rated('HTTNV', 2020, 2021, 2022, 2023, 2024), ...title('CSTD_CS', 2020, 2022, 2024)],
    status: 'not-eligible',
    reasons: ['Chưa có Bằng khen của Chủ tịch UBND tỉnh', NOT_COUNTED_BK_2019],
  },
  {
    name: 'Huân chương Lao động hạng Ba: Bằng khen Thủ tướng, 5 years, one HTXSNV and 3 CSTĐ cơ sở',
    award: 'HCLD3',
    date: '2025-08-01',
    history: [
      ...title('BK_TTG', 2019),
      ...rated('HTTNV', 2020, 2021, 2022, 2024),
      ...rated('HTXSNV', 2023),
      ...title('CSTD_CS', 2021, 2022, 2023),
    ],
    status: 'eligible',
    reasons: ['Đủ 1 lần Hoàn thành xuất sắc nhiệm vụ (2023)', 'Đủ 3 lần Chiến sĩ thi đua cơ sở (2021, 2022, 2023)'],
  },
  {
    name: 'Huân chương Lao động hạng Ba: no HTXSNV in the five years',
    award: 'HCLD3',
    history: [...title('BK_TTG', 2019), ...rated('HTTNV', 2020, 2021, 2022, 2023, 2024), ...title('CSTD_CS', 2021, 2022, 2023)],
    status: 'not-eligible',
    reasons: ['Chưa đủ 1 lần Hoàn thành xuất sắc nhiệm vụ sau Bằng khen của Thủ tướng Chính phủ năm 2019 (có: chưa có năm nào)'],
  },
  {
    name: 'No history at all: cannot tell',
    award: 'CSTD_TINH',
    history: [],
    status: 'unknown',
    reasons: ['Chưa có quá trình khen thưởng, xếp loại của đối tượng để đối chiếu'],
  },
  {
    name: 'CSTĐ cơ sở in a thematic round: no rule covers it',
    award: 'CSTD_CS',
    kind: 'thematic',
    history: title('CSTD_CS', 2024),
    status: 'unknown',
    reasons: ['Chưa có quy tắc xét Chiến sĩ thi đua cơ sở cho loại hình "Theo đợt hoặc chuyên đề" áp dụng ngày 01/03/2025'],
  },
];

describe('eligibility engine on the seeded catalogue', () => {
  it.each(cases)('$name', (c) => {
    const award = byCode.get(c.award) as Award;
    const result = evaluateEligibility(
      award.rules,
      {
        nomineeKind: c.nominee ?? 'individual',
        commendationKind: c.kind ?? 'merit',
        year: c.year ?? 2025,
        date: c.date ?? '2025-03-01',
        history: c.history,
        awardName,
      },
      award,
    );
    expect(result.status).toBe(c.status);
    for (const reason of c.reasons) expect(result.reasons).toContain(reason);
  });

  it('picks the rule version by date and by nominee kind', () => {
    const bkTtg = byCode.get('BK_TTG') as Award;
    const before = selectRule(bkTtg.rules, { nomineeKind: 'individual', commendationKind: 'merit', date: '2025-06-30' });
    const after = selectRule(bkTtg.rules, { nomineeKind: 'individual', commendationKind: 'merit', date: '2025-07-01' });
    expect(before?.legalBasis).toContain('Nghị định 98/2023/NĐ-CP');
    expect(after?.legalBasis).toContain('Nghị định 152/2025/NĐ-CP');
    expect(selectRule(bkTtg.rules, { nomineeKind: 'individual', commendationKind: 'merit', date: '2023-12-31' })).toBeNull();
    const collective = selectRule(bkTtg.rules, { nomineeKind: 'collective', commendationKind: 'merit', date: '2025-07-01' });
    expect(collective?.nomineeKind).toBe('collective');
  });
});
