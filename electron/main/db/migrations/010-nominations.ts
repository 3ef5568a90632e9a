import type { Migration } from './index';

// Award nominations: the award catalogue as data (titles and forms of Law 06/2022 a province decides
// or proposes upward, with dossier documents, vote rules and eligibility rules, each rule valid over a
// legal period with its basis), rounds, one nominee register with its history, nominations with their
// dossier checklist and status history. Values the domain notes mark as practice or unverified are
// seeded with is_default = 1: editable defaults, shown as such. The seed lives in this file (never
// imported), so the stored SHA-256 does not move when other code changes.

const AT = '2026-01-01T00:00:00.000Z';
const D98 = { from: '2024-01-01', to: '2025-06-30', basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP' };
const D152 = { from: '2025-07-01', to: null, basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP' };
const LAW = { from: '2024-01-01', to: null, basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15' };
type Period = { from: string; to: string | null; basis: string };

type Kind = 'individual' | 'collective' | 'household';
type CKind = 'merit' | 'thematic' | 'ad-hoc' | 'contribution' | 'seniority' | 'foreign';

interface SeedRule {
  period: Period;
  nomineeKind?: Kind;
  kinds: CKind[];
  exclude?: CKind[];
  condition: unknown;
  isDefault: boolean;
  note?: string;
}
interface SeedVote {
  period: Period;
  threshold: number | null;
  isDefault: boolean;
}
interface SeedAward {
  code: string;
  name: string;
  category: 'title' | 'form';
  level: 'state' | 'government' | 'province' | 'grassroots';
  authority: string;
  nominees: Kind[];
  kinds: CKind[];
  basis: string;
  documents: [code: string, label: string, required: boolean, isDefault: boolean][];
  votes?: SeedVote[];
  rules?: SeedRule[];
  note?: string;
}

const manual = (text: string) => ({ kind: 'manual', text });
const lawAbiding = manual('Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước');
const award = (code: string) => ({ award: code });
const rating = (r: string) => ({ rating: r });
const NOT_THEMATIC: CKind[] = ['thematic', 'ad-hoc'];

const DOC_SUBMISSION: SeedAward['documents'][number] = ['to-trinh', 'Tờ trình đề nghị khen thưởng (Mẫu số 01)', true, false];
const DOC_REPORT_PERSON: SeedAward['documents'][number] = [
  'bao-cao-thanh-tich',
  'Báo cáo thành tích (Mẫu số 05 đối với cá nhân)',
  true,
  false,
];
const DOC_REPORT: SeedAward['documents'][number] = ['bao-cao-thanh-tich', 'Báo cáo thành tích có xác nhận của cấp trình', true, false];
const DOC_MINUTES_VOTE: SeedAward['documents'][number] = [
  'bien-ban-binh-xet',
  'Biên bản bình xét thi đua và kết quả bỏ phiếu',
  true,
  false,
];
const DOC_MINUTES: SeedAward['documents'][number] = [
  'bien-ban-hoi-dong',
  'Biên bản họp Hội đồng Thi đua - Khen thưởng cấp trình',
  true,
  true,
];
const DOC_INITIATIVE: SeedAward['documents'][number] = [
  'chung-nhan-sang-kien',
  'Giấy chứng nhận sáng kiến hoặc đề tài khoa học được công nhận',
  true,
  false,
];
const DOC_SUMMARY: SeedAward['documents'][number] = ['tom-tat-thanh-tich', 'Tóm tắt thành tích', true, true];
const DOC_LIST: SeedAward['documents'][number] = ['danh-sach', 'Danh sách đề nghị khen thưởng', true, true];
const DOC_CONTRIBUTION: SeedAward['documents'][number] = [
  'xac-nhan-dong-gop',
  'Xác nhận của chính quyền địa phương về đóng góp (hộ gia đình)',
  false,
  true,
];
const DOC_PARTY: SeedAward['documents'][number] = [
  'y-kien-tinh-uy',
  'Ý kiến của Ban Thường vụ Tỉnh ủy (đối tượng thuộc diện quản lý)',
  false,
  true,
];

const votes98and152 = (threshold: number): SeedVote[] => [
  { period: D98, threshold, isDefault: false },
  // Decree 152's thresholds were not found; Decree 98's stay as defaults to confirm.
  { period: D152, threshold, isDefault: true },
];
const noVote: SeedVote[] = [
  { period: D98, threshold: null, isDefault: false },
  { period: D152, threshold: null, isDefault: true },
];

const AWARDS: SeedAward[] = [
  {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    category: 'title',
    level: 'grassroots',
    authority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
    nominees: ['individual'],
    kinds: ['merit'],
    basis: 'Điều 24, Điều 80 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, ['bien-ban-binh-xet', 'Biên bản bình xét thi đua', true, true]],
    votes: noVote,
    rules: [
      {
        period: LAW,
        kinds: ['merit'],
        isDefault: true,
        condition: {
          kind: 'all-of',
          conditions: [
            manual('Hoàn thành tốt nhiệm vụ trở lên; có tinh thần tự lực, đoàn kết, tích cực tham gia phong trào thi đua'),
            { kind: 'not-disciplined', windowYears: 1 },
          ],
        },
      },
    ],
  },
  {
    code: 'CSTD_CS',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'title',
    level: 'grassroots',
    authority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã (từ 01/7/2025)',
    nominees: ['individual'],
    kinds: ['merit'],
    basis: 'Điều 23 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT_PERSON, DOC_MINUTES_VOTE, DOC_INITIATIVE],
    votes: votes98and152(80),
    rules: [D98, D152].map((period) => ({
      period,
      kinds: ['merit'] as CKind[],
      isDefault: false,
      condition: {
        kind: 'all-of',
        conditions: [
          manual('Đạt danh hiệu Lao động tiên tiến năm xét'),
          {
            kind: 'any-of',
            conditions: [
              { kind: 'consecutive', mark: rating('HTXSNV'), years: 1, upTo: 'round-year' },
              { kind: 'initiatives', count: 1, windowYears: 1, scope: 'grassroots', upTo: 'round-year' },
            ],
          },
        ],
      },
    })),
  },
  {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    category: 'title',
    level: 'province',
    authority: 'Chủ tịch UBND tỉnh',
    nominees: ['individual'],
    kinds: ['merit'],
    basis: 'Điều 22 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT_PERSON, DOC_MINUTES_VOTE, DOC_INITIATIVE],
    votes: votes98and152(90),
    rules: [D98, D152].map((period) => ({
      period,
      kinds: ['merit'] as CKind[],
      isDefault: false,
      condition: {
        kind: 'all-of',
        conditions: [
          { kind: 'consecutive', mark: award('CSTD_CS'), years: 3 },
          { kind: 'initiatives', count: 1, windowYears: 3, scope: 'province' },
        ],
      },
    })),
  },
  {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    category: 'title',
    level: 'grassroots',
    authority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
    nominees: ['collective'],
    kinds: ['merit'],
    basis: 'Điều 28 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT, ['bien-ban-binh-xet', 'Biên bản bình xét thi đua', true, true]],
    votes: noVote,
    rules: [
      {
        period: LAW,
        kinds: ['merit'],
        isDefault: true,
        condition: manual(
          'Hoàn thành tốt nhiệm vụ; có ít nhất 70% cá nhân đạt Lao động tiên tiến; không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
        ),
      },
    ],
  },
  {
    code: 'TTLDXS',
    name: 'Tập thể lao động xuất sắc',
    category: 'title',
    level: 'province',
    authority: 'Chủ tịch UBND tỉnh',
    nominees: ['collective'],
    kinds: ['merit'],
    basis: 'Điều 27 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT, ['bien-ban-binh-xet', 'Biên bản bình xét thi đua', true, true]],
    votes: noVote,
    rules: [
      {
        period: LAW,
        kinds: ['merit'],
        isDefault: true,
        condition: manual(
          'Hoàn thành xuất sắc nhiệm vụ; 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở',
        ),
      },
    ],
  },
  {
    code: 'CO_TINH',
    name: 'Cờ thi đua của UBND tỉnh',
    category: 'title',
    level: 'province',
    authority: 'Chủ tịch UBND tỉnh (sau khi Hội đồng bỏ phiếu)',
    nominees: ['collective'],
    kinds: ['merit', 'thematic'],
    basis: 'Điều 26 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT, DOC_MINUTES_VOTE],
    votes: votes98and152(80),
    rules: [
      {
        period: LAW,
        kinds: ['merit'],
        isDefault: true,
        condition: manual(
          'Dẫn đầu cụm, khối thi đua; hoàn thành vượt mức chỉ tiêu; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ; thực hành tiết kiệm, chống tham nhũng',
        ),
      },
      {
        period: LAW,
        kinds: ['thematic'],
        isDefault: true,
        note: 'Thời gian tối thiểu của phong trào do tỉnh quy định.',
        condition: manual('Tập thể tiêu biểu xuất sắc khi tổng kết phong trào thi đua theo chuyên đề do tỉnh phát động từ 05 năm trở lên'),
      },
    ],
  },
  {
    code: 'BK_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    category: 'form',
    level: 'province',
    authority: 'Chủ tịch UBND tỉnh',
    nominees: ['individual', 'collective', 'household'],
    kinds: ['merit', 'thematic', 'ad-hoc', 'contribution', 'foreign'],
    basis: 'Điều 74 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT, DOC_MINUTES, DOC_CONTRIBUTION],
    votes: noVote,
    rules: [
      ...[D98, D152].map((period) => ({
        period,
        nomineeKind: 'individual' as Kind,
        kinds: ['merit'] as CKind[],
        isDefault: false,
        note: 'Sáng kiến đã dùng để xét Chiến sĩ thi đua cơ sở không được tính lại.',
        condition: {
          kind: 'all-of',
          conditions: [
            lawAbiding,
            {
              kind: 'any-of',
              conditions: [
                { kind: 'consecutive', mark: award('CSTD_CS'), years: 2 },
                {
                  kind: 'all-of',
                  conditions: [
                    { kind: 'consecutive', mark: rating('HTXSNV'), years: 2 },
                    { kind: 'initiatives', count: 2, windowYears: 2, scope: 'grassroots' },
                  ],
                },
              ],
            },
          ],
        },
      })),
      {
        period: LAW,
        nomineeKind: 'collective',
        kinds: ['merit'],
        isDefault: false,
        condition: {
          kind: 'all-of',
          conditions: [
            manual('Chấp hành tốt pháp luật; nội bộ đoàn kết; thực hiện tốt dân chủ ở cơ sở, thực hành tiết kiệm, chống tham nhũng'),
            {
              kind: 'any-of',
              conditions: [
                { kind: 'consecutive', mark: rating('HTXSNV'), years: 2 },
                { kind: 'consecutive', mark: award('TTLDXS'), years: 2 },
              ],
            },
          ],
        },
      },
      {
        period: LAW,
        nomineeKind: 'household',
        kinds: ['merit', 'thematic', 'ad-hoc', 'contribution'],
        isDefault: false,
        condition: manual('Chấp hành tốt pháp luật; có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội'),
      },
      {
        period: LAW,
        kinds: ['thematic'],
        isDefault: true,
        condition: {
          kind: 'all-of',
          conditions: [lawAbiding, manual('Có thành tích xuất sắc trong phong trào thi đua do tỉnh phát động')],
        },
      },
      {
        period: LAW,
        kinds: ['ad-hoc'],
        isDefault: true,
        condition: manual('Lập được thành tích đột xuất có phạm vi ảnh hưởng trong tỉnh'),
      },
    ],
  },
  {
    code: 'GIAY_KHEN',
    name: 'Giấy khen',
    category: 'form',
    level: 'grassroots',
    authority: 'Thủ trưởng sở, ban, ngành; Chủ tịch UBND cấp xã',
    nominees: ['individual', 'collective', 'household'],
    kinds: ['merit', 'thematic', 'ad-hoc', 'contribution'],
    basis: 'Điều 75 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_SUMMARY],
    votes: noVote,
    rules: [
      {
        period: LAW,
        kinds: ['merit', 'thematic', 'ad-hoc', 'contribution'],
        isDefault: true,
        condition: manual(
          'Chấp hành tốt pháp luật; hoàn thành tốt nhiệm vụ; có thành tích trong phong trào thi đua hoặc thành tích đột xuất',
        ),
      },
    ],
  },
  {
    code: 'THON_VH',
    name: 'Thôn, tổ dân phố văn hóa',
    category: 'title',
    level: 'grassroots',
    authority: 'Chủ tịch UBND cấp huyện (đến 30/6/2025); Chủ tịch UBND cấp xã (từ 01/7/2025)',
    nominees: ['collective'],
    kinds: ['merit'],
    basis: 'Điều 80 Luật Thi đua, khen thưởng 2022; Nghị định 86/2023/NĐ-CP; Nghị định 129/2025/NĐ-CP',
    documents: [DOC_SUBMISSION, DOC_REPORT],
    votes: noVote,
    rules: [{ period: LAW, kinds: ['merit'], isDefault: true, condition: manual('Đạt các tiêu chuẩn theo Nghị định 86/2023/NĐ-CP') }],
  },
  {
    code: 'GD_VH',
    name: 'Gia đình văn hóa',
    category: 'title',
    level: 'grassroots',
    authority: 'Chủ tịch UBND cấp xã',
    nominees: ['household'],
    kinds: ['merit'],
    basis: 'Điều 80 Luật Thi đua, khen thưởng 2022; Nghị định 86/2023/NĐ-CP',
    documents: [DOC_LIST],
    votes: noVote,
    rules: [{ period: LAW, kinds: ['merit'], isDefault: true, condition: manual('Đạt các tiêu chuẩn theo Nghị định 86/2023/NĐ-CP') }],
  },
  {
    code: 'BK_TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: 'form',
    level: 'government',
    authority: 'Thủ tướng Chính phủ (tỉnh đề nghị)',
    nominees: ['individual', 'collective', 'household'],
    kinds: ['merit', 'thematic', 'ad-hoc', 'contribution', 'foreign'],
    basis: 'Điều 73 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT, DOC_MINUTES, DOC_PARTY],
    votes: noVote,
    rules: [
      // The Decree 152 principle is the change of 1/7/2025: a thematic or ad-hoc Bằng khen no longer opens the chain.
      ...[
        { period: D98, exclude: [] as CKind[] },
        { period: D152, exclude: NOT_THEMATIC },
      ].map(({ period, exclude }) => ({
        period,
        nomineeKind: 'individual' as Kind,
        kinds: ['merit'] as CKind[],
        exclude,
        isDefault: true,
        note: 'Số năm và số lần Chiến sĩ thi đua cơ sở là mặc định có thể sửa.',
        condition: {
          kind: 'all-of',
          conditions: [
            lawAbiding,
            { kind: 'after-award', award: 'BK_TINH', years: 5, each: rating('HTTNV'), within: [{ mark: award('CSTD_CS'), count: 3 }] },
          ],
        },
      })),
      ...[
        { period: D98, exclude: [] as CKind[] },
        { period: D152, exclude: NOT_THEMATIC },
      ].map(({ period, exclude }) => ({
        period,
        nomineeKind: 'collective' as Kind,
        kinds: ['merit'] as CKind[],
        exclude,
        isDefault: true,
        condition: {
          kind: 'all-of',
          conditions: [
            manual('Nội bộ đoàn kết; thực hiện tốt dân chủ ở cơ sở; có Cờ thi đua hoặc Bằng khen cấp tỉnh trong thời gian đó'),
            { kind: 'after-award', award: 'BK_TINH', years: 5, each: rating('HTXSNV') },
          ],
        },
      })),
      {
        period: LAW,
        kinds: ['thematic'],
        isDefault: true,
        condition: manual('Có thành tích xuất sắc tiêu biểu trong phong trào thi đua do Chủ tịch nước hoặc Thủ tướng Chính phủ phát động'),
      },
      {
        period: LAW,
        kinds: ['ad-hoc'],
        isDefault: true,
        condition: manual('Lập được thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh'),
      },
    ],
  },
  {
    code: 'CO_CP',
    name: 'Cờ thi đua của Chính phủ',
    category: 'title',
    level: 'government',
    authority: 'Thủ tướng Chính phủ (tỉnh đề nghị)',
    nominees: ['collective'],
    kinds: ['merit', 'thematic'],
    basis: 'Điều 25 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT, DOC_MINUTES_VOTE],
    votes: votes98and152(80),
    rules: [
      {
        period: LAW,
        kinds: ['merit'],
        isDefault: false,
        note: 'Số đề nghị không quá 20% số tập thể dẫn đầu cụm, khối.',
        condition: manual(
          'Được chọn trong các tập thể dẫn đầu cụm, khối thi đua và đạt tiêu chuẩn Cờ thi đua của tỉnh; biên bản ghi rõ cụm, khối dẫn đầu',
        ),
      },
      {
        period: LAW,
        kinds: ['thematic'],
        isDefault: false,
        condition: manual('Tập thể tiêu biểu xuất sắc khi tổng kết phong trào thi đua do Thủ tướng Chính phủ phát động từ 05 năm trở lên'),
      },
    ],
  },
  {
    code: 'CSTD_TQ',
    name: 'Chiến sĩ thi đua toàn quốc',
    category: 'title',
    level: 'state',
    authority: 'Thủ tướng Chính phủ (tỉnh đề nghị)',
    nominees: ['individual'],
    kinds: ['merit'],
    basis: 'Điều 21 Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT_PERSON, DOC_MINUTES_VOTE, DOC_INITIATIVE, DOC_PARTY],
    votes: votes98and152(90),
    rules: [D98, D152].map((period) => ({
      period,
      kinds: ['merit'] as CKind[],
      isDefault: false,
      condition: {
        kind: 'all-of',
        conditions: [
          { kind: 'consecutive', mark: award('CSTD_TINH'), years: 2 },
          { kind: 'initiatives', count: 1, windowYears: 6, scope: 'national' },
        ],
      },
    })),
  },
  {
    code: 'HCLD3',
    name: 'Huân chương Lao động hạng Ba',
    category: 'form',
    level: 'state',
    authority: 'Chủ tịch nước (tỉnh đề nghị)',
    nominees: ['individual', 'collective'],
    kinds: ['merit', 'ad-hoc', 'contribution'],
    basis: 'Điều 44 Luật Thi đua, khen thưởng 2022; Điều 21 Nghị định 152/2025/NĐ-CP (cống hiến)',
    documents: [DOC_SUBMISSION, DOC_REPORT, DOC_MINUTES, DOC_PARTY],
    votes: noVote,
    rules: [
      ...[
        { period: D98, exclude: [] as CKind[] },
        { period: D152, exclude: NOT_THEMATIC },
      ].map(({ period, exclude }) => ({
        period,
        nomineeKind: 'individual' as Kind,
        kinds: ['merit'] as CKind[],
        exclude,
        isDefault: true,
        condition: {
          kind: 'after-award',
          award: 'BK_TTG',
          years: 5,
          each: rating('HTTNV'),
          within: [
            { mark: rating('HTXSNV'), count: 1 },
            { mark: award('CSTD_CS'), count: 3 },
          ],
        },
      })),
      {
        period: LAW,
        nomineeKind: 'collective',
        kinds: ['merit'],
        exclude: NOT_THEMATIC,
        isDefault: true,
        condition: {
          kind: 'all-of',
          conditions: [
            { kind: 'after-award', award: 'BK_TTG', years: 5, each: rating('HTXSNV') },
            manual('Có Cờ thi đua của tỉnh hoặc tương đương trong thời gian đó'),
          ],
        },
      },
      {
        period: D152,
        nomineeKind: 'individual',
        kinds: ['contribution'],
        isDefault: false,
        condition: manual('Đủ thời gian giữ chức vụ theo Điều 21 Nghị định 152/2025/NĐ-CP'),
      },
    ],
  },
  ...(
    [
      ['HCLD2', 'Huân chương Lao động hạng Nhì', 'Điều 43'],
      ['HCLD1', 'Huân chương Lao động hạng Nhất', 'Điều 42'],
    ] as const
  ).map(([code, name, article]): SeedAward => ({
    code,
    name,
    category: 'form',
    level: 'state',
    authority: 'Chủ tịch nước (tỉnh đề nghị)',
    nominees: ['individual', 'collective'],
    kinds: ['merit', 'ad-hoc', 'contribution'],
    basis: `${article} Luật Thi đua, khen thưởng 2022`,
    documents: [DOC_SUBMISSION, DOC_REPORT, DOC_MINUTES, DOC_PARTY],
    votes: noVote,
  })),
  ...(
    [
      ['HC_DOC_LAP_3', 'Huân chương Độc lập hạng Ba'],
      ['HC_HO_CHI_MINH', 'Huân chương Hồ Chí Minh'],
      ['HC_SAO_VANG', 'Huân chương Sao vàng'],
      ['HC_DAI_DOAN_KET', 'Huân chương Đại đoàn kết dân tộc'],
      ['ANH_HUNG_LD', 'Anh hùng Lao động'],
    ] as const
  ).map(([code, name]): SeedAward => ({
    code,
    name,
    category: 'form',
    level: 'state',
    authority: 'Chủ tịch nước (tỉnh đề nghị)',
    nominees: ['individual', 'collective'],
    kinds: ['merit', 'ad-hoc', 'contribution'],
    basis: 'Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT, DOC_MINUTES, DOC_PARTY],
    votes: code === 'ANH_HUNG_LD' ? votes98and152(90) : noVote,
  })),
  {
    code: 'HC_HUU_NGHI',
    name: 'Huân chương Hữu nghị',
    category: 'form',
    level: 'state',
    authority: 'Chủ tịch nước (tỉnh đề nghị)',
    nominees: ['individual', 'collective'],
    kinds: ['foreign'],
    basis: 'Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT],
    votes: noVote,
  },
  {
    code: 'HUY_CHUONG_HUU_NGHI',
    name: 'Huy chương Hữu nghị',
    category: 'form',
    level: 'state',
    authority: 'Chủ tịch nước (tỉnh đề nghị)',
    nominees: ['individual'],
    kinds: ['foreign'],
    basis: 'Luật Thi đua, khen thưởng 2022',
    documents: [DOC_SUBMISSION, DOC_REPORT],
    votes: noVote,
  },
];

const q = (value: string | null): string => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);
const j = (value: unknown): string => q(JSON.stringify(value));
const b = (value: boolean): string => (value ? '1' : '0');

function seedSql(): string {
  const lines: string[] = [];
  AWARDS.forEach((a, index) => {
    lines.push(
      `INSERT INTO awards (code, name, category, level, authority, nominee_kinds, commendation_kinds, legal_basis, ordinal, created_at, updated_at) VALUES (${q(a.code)}, ${q(a.name)}, ${q(a.category)}, ${q(a.level)}, ${q(a.authority)}, ${j(a.nominees)}, ${j(a.kinds)}, ${q(a.basis)}, ${index + 1}, '${AT}', '${AT}');`,
    );
    const awardId = `(SELECT id FROM awards WHERE code = ${q(a.code)})`;
    a.documents.forEach(([code, label, required, isDefault], ordinal) => {
      lines.push(
        `INSERT INTO award_documents (award_id, ordinal, code, label, required, is_default) VALUES (${awardId}, ${ordinal + 1}, ${q(code)}, ${q(label)}, ${b(required)}, ${b(isDefault)});`,
      );
    });
    for (const v of a.votes ?? []) {
      lines.push(
        `INSERT INTO award_vote_rules (award_id, valid_from, valid_to, legal_basis, required, threshold_percent, base, secret_ballot, is_default, created_at, updated_at) VALUES (${awardId}, ${q(v.period.from)}, ${q(v.period.to)}, ${q(v.period.basis)}, ${b(v.threshold !== null)}, ${v.threshold ?? 'NULL'}, 'all-members', 0, ${b(v.isDefault)}, '${AT}', '${AT}');`,
      );
    }
    for (const r of a.rules ?? []) {
      lines.push(
        `INSERT INTO award_rules (award_id, nominee_kind, commendation_kinds, exclude_award_kinds, valid_from, valid_to, legal_basis, condition_json, is_default, note, created_at, updated_at) VALUES (${awardId}, ${q(r.nomineeKind ?? null)}, ${j(r.kinds)}, ${j(r.exclude ?? [])}, ${q(r.period.from)}, ${q(r.period.to)}, ${q(r.period.basis)}, ${j(r.condition)}, ${b(r.isDefault)}, ${q(r.note ?? '')}, '${AT}', '${AT}');`,
      );
    }
  });
  return lines.join('\n');
}

export const migration010: Migration = {
  id: 10,
  name: 'nominations: award catalogue with rules, rounds, nominees and their history, nominations with dossier and status history',
  sql: `
CREATE TABLE awards (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('title', 'form')),
  level TEXT NOT NULL CHECK (level IN ('state', 'government', 'province', 'grassroots')),
  authority TEXT NOT NULL,
  nominee_kinds TEXT NOT NULL,
  commendation_kinds TEXT NOT NULL,
  legal_basis TEXT NOT NULL DEFAULT '',
  ordinal INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE award_documents (
  id INTEGER PRIMARY KEY,
  award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  required INTEGER NOT NULL CHECK (required IN (0, 1)),
  is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
  UNIQUE (award_id, code)
);

CREATE TABLE award_vote_rules (
  id INTEGER PRIMARY KEY,
  award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  legal_basis TEXT NOT NULL,
  required INTEGER NOT NULL CHECK (required IN (0, 1)),
  threshold_percent REAL CHECK (threshold_percent IS NULL OR (threshold_percent > 0 AND threshold_percent <= 100)),
  base TEXT NOT NULL CHECK (base IN ('all-members', 'present-members')),
  secret_ballot INTEGER NOT NULL CHECK (secret_ballot IN (0, 1)),
  is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE award_rules (
  id INTEGER PRIMARY KEY,
  award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
  nominee_kind TEXT CHECK (nominee_kind IS NULL OR nominee_kind IN ('individual', 'collective', 'household')),
  commendation_kinds TEXT NOT NULL,
  exclude_award_kinds TEXT NOT NULL DEFAULT '[]',
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  legal_basis TEXT NOT NULL,
  condition_json TEXT NOT NULL,
  is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX award_rules_award ON award_rules(award_id, valid_from);

CREATE TABLE nomination_rounds (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  year INTEGER NOT NULL,
  commendation_kind TEXT NOT NULL,
  movement_id INTEGER REFERENCES movements(id) ON DELETE RESTRICT,
  deadline TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX nomination_rounds_year ON nomination_rounds(year);

CREATE TABLE nominees (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('individual', 'collective', 'household')),
  name TEXT NOT NULL,
  folded_name TEXT NOT NULL,
  form_of_address TEXT NOT NULL DEFAULT '',
  gender TEXT CHECK (gender IS NULL OR gender IN ('male', 'female')),
  birth_date TEXT,
  birth_year INTEGER,
  ethnicity TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  workplace TEXT NOT NULL DEFAULT '',
  classification TEXT NOT NULL DEFAULT '',
  unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  village TEXT NOT NULL DEFAULT '',
  commune TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX nominees_folded ON nominees(folded_name);
CREATE INDEX nominees_unit ON nominees(unit_id);

CREATE TABLE nominee_history (
  id INTEGER PRIMARY KEY,
  nominee_id INTEGER NOT NULL REFERENCES nominees(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('award', 'rating', 'initiative', 'discipline')),
  year INTEGER NOT NULL,
  award_code TEXT REFERENCES awards(code) ON DELETE RESTRICT,
  commendation_kind TEXT,
  rating TEXT CHECK (rating IS NULL OR rating IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
  scope TEXT CHECK (scope IS NULL OR scope IN ('grassroots', 'province', 'national')),
  detail TEXT NOT NULL DEFAULT '',
  decision_number TEXT NOT NULL DEFAULT '',
  decision_date TEXT,
  issuer TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (kind <> 'award' OR award_code IS NOT NULL),
  CHECK (kind <> 'rating' OR rating IS NOT NULL)
);
CREATE INDEX nominee_history_nominee ON nominee_history(nominee_id, year);

CREATE TABLE nominations (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES nomination_rounds(id) ON DELETE RESTRICT,
  nominee_id INTEGER NOT NULL REFERENCES nominees(id) ON DELETE RESTRICT,
  award_code TEXT NOT NULL REFERENCES awards(code) ON DELETE RESTRICT,
  proposing_unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  summary TEXT NOT NULL DEFAULT '',
  land_m2 REAL CHECK (land_m2 IS NULL OR land_m2 >= 0),
  money_vnd INTEGER CHECK (money_vnd IS NULL OR money_vnd >= 0),
  workdays REAL CHECK (workdays IS NULL OR workdays >= 0),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'received', 'needs-supplement', 'complete', 'submitted')),
  received_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (round_id, nominee_id, award_code)
);
CREATE INDEX nominations_round ON nominations(round_id, status);
CREATE INDEX nominations_nominee ON nominations(nominee_id);

CREATE TABLE nomination_transitions (
  id INTEGER PRIMARY KEY,
  nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  operator TEXT NOT NULL
);
CREATE INDEX nomination_transitions_nomination ON nomination_transitions(nomination_id, id);

CREATE TABLE nomination_documents (
  nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
  document_code TEXT NOT NULL,
  received INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
  attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
  PRIMARY KEY (nomination_id, document_code)
);

${seedSql()}
`,
};
