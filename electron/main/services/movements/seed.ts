import type { MilestoneKind } from '../../../../shared/domain/movements';
import type { TargetDefinition, TargetDirection, UnitFilter } from '../../../../shared/domain/targets';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { MilestonesRepository } from '../../db/repositories/milestones';
import type { MovementsRepository } from '../../db/repositories/movements';
import type { SetupInput, SetupService } from '../setup/setup-service';
import type { UnitsService } from '../units/units-service';

/** Kon Tum's statistical province code: the seed plan belongs to it (domain.md Part 1). */
export const KON_TUM_CODE = '62';

const RURAL_COMMUNES: UnitFilter = { kind: 'commune', adminTypes: ['Xã'], ethnicMinorityArea: null };
const EM_VILLAGES: UnitFilter = { kind: 'village', adminTypes: [], ethnicMinorityArea: true };
const VILLAGES: UnitFilter = { kind: 'village', adminTypes: [], ethnicMinorityArea: null };
const DISTRICTS: UnitFilter = { kind: 'district', adminTypes: [], ethnicMinorityArea: null };

interface SeedTarget {
  code: string;
  label: string;
  definition: TargetDefinition;
  goal: number | null;
  direction: TargetDirection;
  baseYear: number;
  note?: string;
}

// The eight targets of Kế hoạch 2017/KH-UBND as the plan states them, each as a definition the
// evaluator computes from the records. Base year 2021 = the first year of the period; income uses 2020.
const TARGETS: SeedTarget[] = [
  {
    code: '1',
    label: 'Có ít nhất 50% số thôn, làng vùng đồng bào dân tộc thiểu số đạt chuẩn nông thôn mới',
    definition: { metric: 'level-share', units: EM_VILLAGES, level: 'village-ntm' },
    goal: 50,
    direction: 'at-least',
    baseYear: 2021,
  },
  {
    code: '2',
    label: 'Có ít nhất 01 thôn, làng đạt chuẩn khu dân cư nông thôn mới kiểu mẫu',
    definition: { metric: 'level-count', units: VILLAGES, level: 'village-model', parts: [] },
    goal: 1,
    direction: 'at-least',
    baseYear: 2021,
  },
  {
    code: '3',
    label:
      'Có ít nhất 60 xã đạt chuẩn nông thôn mới, trong đó có 20 xã đạt chuẩn nông thôn mới nâng cao và 06 xã đạt chuẩn nông thôn mới kiểu mẫu',
    definition: {
      metric: 'level-count',
      units: RURAL_COMMUNES,
      level: 'ntm',
      parts: [
        { label: 'Trong đó: xã đạt chuẩn nông thôn mới nâng cao', level: 'ntm-advanced', goal: 20 },
        { label: 'Trong đó: xã đạt chuẩn nông thôn mới kiểu mẫu', level: 'ntm-model', goal: 6 },
      ],
    },
    goal: 60,
    direction: 'at-least',
    baseYear: 2021,
  },
  {
    code: '4',
    label: 'Mỗi năm, mỗi xã tăng thêm ít nhất từ 1 - 2 tiêu chí theo Bộ tiêu chí quốc gia về xã nông thôn mới',
    definition: { metric: 'criteria-gain', units: RURAL_COMMUNES, minGain: 1 },
    goal: 0,
    direction: 'at-most',
    baseYear: 2021,
    note: 'Giá trị là số xã chưa đạt 19/19 tiêu chí mà trong năm tăng ít hơn 1 tiêu chí; chỉ tiêu đạt khi không còn xã nào.',
  },
  {
    code: '5',
    label: 'Không còn xã dưới 15 tiêu chí',
    definition: { metric: 'min-criteria', units: RURAL_COMMUNES },
    goal: 15,
    direction: 'at-least',
    baseYear: 2021,
    note: 'Giá trị là số tiêu chí thấp nhất trong các xã; chỉ tiêu đạt khi xã thấp nhất có từ 15 tiêu chí.',
  },
  {
    code: '6',
    label: 'Có 04 huyện, thành phố đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới',
    definition: { metric: 'level-count', units: DISTRICTS, level: 'district-ntm', parts: [] },
    goal: 4,
    direction: 'at-least',
    baseYear: 2021,
  },
  {
    code: '7',
    label: 'Tiếp tục xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu đối với các xã đã đạt chuẩn nông thôn mới',
    definition: { metric: 'level-count', units: RURAL_COMMUNES, level: 'ntm-advanced', parts: [] },
    goal: null,
    direction: 'at-least',
    baseYear: 2021,
    note: 'Chỉ tiêu định tính: theo dõi số xã đạt chuẩn nông thôn mới nâng cao trở lên.',
  },
  {
    code: '8',
    label: 'Thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020',
    definition: { metric: 'income-ratio' },
    goal: 1.5,
    direction: 'at-least',
    baseYear: 2020,
  },
];

const MILESTONES: {
  title: string;
  kind: MilestoneKind;
  dueDate: string;
  responsible: string;
  requiresSubmission: boolean;
  note: string;
}[] = [
  {
    title: 'Xây dựng Kế hoạch triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh',
    kind: 'plan',
    dueDate: '2022-07-15',
    responsible: 'Sở Nông nghiệp và Phát triển nông thôn',
    requiresSubmission: false,
    note: 'Hoàn thành trước ngày 15/7/2022.',
  },
  {
    title: 'Các sở, ban, ngành, đoàn thể và các huyện, thành phố ban hành kế hoạch tổ chức phong trào thi đua',
    kind: 'plan',
    dueDate: '2022-07-31',
    responsible: 'Các sở, ban, ngành, đoàn thể; Ủy ban nhân dân các huyện, thành phố',
    requiresSubmission: true,
    note: 'Ban hành trong tháng 7/2022.',
  },
  {
    title: 'Sơ kết phong trào thi đua',
    kind: 'preliminary',
    dueDate: '2023-12-31',
    responsible: 'Các đơn vị tham gia phong trào',
    requiresSubmission: true,
    note: 'Kế hoạch chỉ nêu năm 2023; ngày cụ thể do cơ quan thường trực ấn định.',
  },
  {
    title: 'Tổng kết phong trào thi đua',
    kind: 'final',
    dueDate: '2025-12-31',
    responsible: 'Các đơn vị tham gia phong trào',
    requiresSubmission: true,
    note: 'Hội đồng Thi đua - Khen thưởng tỉnh kiểm tra hằng năm; tổng kết năm 2025 theo hướng dẫn của Trung ương.',
  },
];

interface SeedDeps {
  db: Db;
  units: Pick<UnitsService, 'findByCode' | 'list'>;
  movements: MovementsRepository;
  milestones: MilestonesRepository;
  audit: AuditRepository;
}

/** Writes the seed movement, its targets and milestones; the caller's transaction wraps it. */
export function seedKonTumMovement(deps: SeedDeps, at: string, operator: string): number | null {
  const province = deps.units.findByCode(KON_TUM_CODE);
  if (!province) return null;
  const districts = deps.units.list({ kind: 'district', parentId: province.id, archived: 'active' });
  const id = deps.movements.insert(
    {
      name: 'Kon Tum chung sức xây dựng nông thôn mới',
      kind: 'thematic',
      startYear: 2021,
      endYear: 2025,
      docNumber: '2017/KH-UBND',
      docDate: '2022-06-28',
      docIssuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      docTitle: 'Kế hoạch tổ chức phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025',
      attachmentPath: '',
      description:
        'Phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025. ' +
        'Thời điểm tháng 3/2022: toàn tỉnh có 35/85 xã đạt chuẩn nông thôn mới, bình quân 15,88 tiêu chí/xã.',
      scopeUnitId: province.id,
      status: 'active',
    },
    at,
  );
  deps.movements.setParticipants(
    id,
    districts.map((d) => d.id),
  );
  TARGETS.forEach((target, index) => {
    deps.movements.insertTarget(id, { ...target, ordinal: index + 1, note: target.note ?? '' }, at);
  });
  MILESTONES.forEach((milestone, index) => {
    deps.milestones.insert(id, { ...milestone, ordinal: index + 1, completedDate: null }, at);
  });
  deps.audit.record(
    {
      entity: 'movement',
      entityId: id,
      action: 'create',
      before: null,
      after: { id, seed: 'Kế hoạch 2017/KH-UBND', targets: TARGETS.length, milestones: MILESTONES.length },
      operator,
    },
    at,
  );
  return id;
}

/** The seed bound to its area's tables: movements hands it to setup, which runs it in its own transaction. */
export interface MovementSeed {
  seedKonTum(at: string, operator: string): number | null;
}

export function createMovementSeed(deps: SeedDeps): MovementSeed {
  return { seedKonTum: (at, operator) => seedKonTumMovement(deps, at, operator) };
}

/**
 * Setup with the seed: when the chosen province is Kon Tum, the plan is written in the same
 * transaction as the units (better-sqlite3 nests it as a savepoint), so a failure leaves nothing.
 */
export function withMovementSeed(setup: SetupService, deps: { db: Db; seed: MovementSeed; now: () => string }): SetupService {
  return {
    ...setup,
    initialize(input: SetupInput) {
      return deps.db.transaction(() => {
        const result = setup.initialize(input);
        if (input.provinceCode === KON_TUM_CODE) deps.seed.seedKonTum(deps.now(), input.operatorName);
        return result;
      })();
    },
  };
}
