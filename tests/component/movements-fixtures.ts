import type { MilestoneListItem, MovementDetail, Submission } from '@shared/domain/movements';
import type { Target, UnitFilter } from '@shared/domain/targets';

const STAMP = '2026-03-05T02:07:00.000Z';

const RURAL: UnitFilter = { kind: 'commune', adminTypes: ['Xã'], ethnicMinorityArea: null };
const EM_VILLAGES: UnitFilter = { kind: 'village', adminTypes: [], ethnicMinorityArea: true };
const VILLAGES: UnitFilter = { kind: 'village', adminTypes: [], ethnicMinorityArea: null };
const DISTRICTS: UnitFilter = { kind: 'district', adminTypes: [], ethnicMinorityArea: null };

/** The seed movement (Kế hoạch 2017/KH-UBND) as movements.get returns it. */
export const seedMovement: MovementDetail = {
  id: 1,
  name: 'Kon Tum chung sức xây dựng nông thôn mới',
  kind: 'thematic',
  startYear: 2021,
  endYear: 2025,
  document: {
    number: '2017/KH-UBND',
    date: '2022-06-28',
    issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
    title: 'Kế hoạch tổ chức phong trào thi đua',
    attachmentPath: '',
  },
  description: 'Thời điểm tháng 3/2022: toàn tỉnh có 35/85 xã đạt chuẩn nông thôn mới.',
  scopeUnitId: 1,
  status: 'active',
  version: 4,
  createdAt: STAMP,
  updatedAt: STAMP,
  scopeUnit: { id: 1, name: 'Tỉnh Kon Tum', kind: 'province' },
  participants: [
    { id: 8, name: 'Huyện Đắk Hà', kind: 'district' },
    { id: 9, name: 'Huyện Sa Thầy', kind: 'district' },
    { id: 10, name: 'Thành phố Kon Tum', kind: 'district' },
  ],
};

const target = (id: number, fields: Omit<Target, 'id' | 'movementId' | 'ordinal' | 'version' | 'note'> & { note?: string }): Target => ({
  id,
  movementId: 1,
  ordinal: id,
  version: 1,
  note: '',
  ...fields,
});

/** The eight targets of the seed plan, defined as the seed writes them. */
export const seedTargets: Target[] = [
  target(1, {
    code: '1',
    label: 'Có ít nhất 50% số thôn, làng vùng đồng bào dân tộc thiểu số đạt chuẩn nông thôn mới',
    definition: { metric: 'level-share', units: EM_VILLAGES, level: 'village-ntm' },
    goal: 50,
    direction: 'at-least',
    baseYear: 2021,
  }),
  target(2, {
    code: '2',
    label: 'Có ít nhất 01 thôn, làng đạt chuẩn khu dân cư nông thôn mới kiểu mẫu',
    definition: { metric: 'level-count', units: VILLAGES, level: 'village-model', parts: [] },
    goal: 1,
    direction: 'at-least',
    baseYear: 2021,
  }),
  target(3, {
    code: '3',
    label: 'Có ít nhất 60 xã đạt chuẩn nông thôn mới, trong đó có 20 xã nâng cao và 06 xã kiểu mẫu',
    definition: {
      metric: 'level-count',
      units: RURAL,
      level: 'ntm',
      parts: [
        { label: 'Trong đó: xã đạt chuẩn nông thôn mới nâng cao', level: 'ntm-advanced', goal: 20 },
        { label: 'Trong đó: xã đạt chuẩn nông thôn mới kiểu mẫu', level: 'ntm-model', goal: 6 },
      ],
    },
    goal: 60,
    direction: 'at-least',
    baseYear: 2021,
  }),
  target(4, {
    code: '4',
    label: 'Mỗi năm, mỗi xã tăng thêm ít nhất từ 1 - 2 tiêu chí',
    definition: { metric: 'criteria-gain', units: RURAL, minGain: 1 },
    goal: 0,
    direction: 'at-most',
    baseYear: 2021,
  }),
  target(5, {
    code: '5',
    label: 'Không còn xã dưới 15 tiêu chí',
    definition: { metric: 'min-criteria', units: RURAL },
    goal: 15,
    direction: 'at-least',
    baseYear: 2021,
  }),
  target(6, {
    code: '6',
    label: 'Có 04 huyện, thành phố đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới',
    definition: { metric: 'level-count', units: DISTRICTS, level: 'district-ntm', parts: [] },
    goal: 4,
    direction: 'at-least',
    baseYear: 2021,
  }),
  target(7, {
    code: '7',
    label: 'Tiếp tục xây dựng nông thôn mới nâng cao, kiểu mẫu đối với các xã đã đạt chuẩn',
    definition: { metric: 'level-count', units: RURAL, level: 'ntm-advanced', parts: [] },
    goal: null,
    direction: 'at-least',
    baseYear: 2021,
  }),
  target(8, {
    code: '8',
    label: 'Thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020',
    definition: { metric: 'income-ratio' },
    goal: 1.5,
    direction: 'at-least',
    baseYear: 2020,
  }),
];

const milestone = (id: number, fields: Partial<MilestoneListItem> & Pick<MilestoneListItem, 'title' | 'dueDate'>): MilestoneListItem => ({
  id,
  movementId: 1,
  ordinal: id,
  kind: 'plan',
  responsible: '',
  requiresSubmission: false,
  completedDate: null,
  note: '',
  version: 1,
  expected: 0,
  received: 0,
  ...fields,
});

export const seedMilestones: MilestoneListItem[] = [
  milestone(1, { title: 'Xây dựng Kế hoạch triển khai Chương trình', dueDate: '2022-07-15', responsible: 'Sở Nông nghiệp và PTNT' }),
  milestone(2, {
    title: 'Các sở, ban, ngành và các huyện ban hành kế hoạch',
    dueDate: '2022-07-31',
    requiresSubmission: true,
    expected: 3,
    received: 1,
  }),
  milestone(3, { title: 'Sơ kết phong trào thi đua', kind: 'preliminary', dueDate: '2023-12-31', requiresSubmission: true, expected: 3 }),
  milestone(4, { title: 'Tổng kết phong trào thi đua', kind: 'final', dueDate: '2025-12-31', requiresSubmission: true, expected: 3 }),
];

const submission = (unitId: number, unitName: string, fields: Partial<Submission> = {}): Submission => ({
  id: null,
  milestoneId: 2,
  unitId,
  unitName,
  dueDate: '2022-07-31',
  receivedDate: null,
  documentNumber: '',
  filePath: '',
  notRequired: false,
  daysLate: null,
  attachments: 0,
  note: '',
  version: null,
  ...fields,
});

/** Milestone 2: Đắk Hà sent its plan; Sa Thầy was given until 2099; Kon Tum city is late. */
export const planSubmissions: Submission[] = [
  submission(8, 'Huyện Đắk Hà', { id: 11, receivedDate: '2022-07-20', documentNumber: '125/KH-UBND', version: 2 }),
  submission(9, 'Huyện Sa Thầy', { id: 12, dueDate: '2099-12-31', version: 1 }),
  submission(10, 'Thành phố Kon Tum'),
];
