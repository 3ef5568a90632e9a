import type { RecognitionLevel } from '../domain/criteria';
import type { MilestoneKind, MovementKind, MovementStatus } from '../domain/movements';
import type { TargetStatus } from '../domain/targets';
import type { SuccessorRelation } from '../domain/unit-history';

/** Vietnamese labels of the movements area, shared by lists, forms, messages and reports. */

export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  regular: 'Thường xuyên',
  thematic: 'Chuyên đề',
};

export const MOVEMENT_STATUS_LABELS: Record<MovementStatus, string> = {
  planned: 'Chưa triển khai',
  active: 'Đang triển khai',
  finished: 'Đã kết thúc',
  suspended: 'Tạm dừng',
};

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  plan: 'Kế hoạch',
  preliminary: 'Sơ kết',
  final: 'Tổng kết',
  other: 'Khác',
};

export const LEVEL_LABELS: Record<RecognitionLevel, string> = {
  none: 'Chưa đạt chuẩn',
  ntm: 'Đạt chuẩn nông thôn mới',
  'ntm-advanced': 'Đạt chuẩn nông thôn mới nâng cao',
  'ntm-model': 'Đạt chuẩn nông thôn mới kiểu mẫu',
  'village-ntm': 'Thôn đạt chuẩn nông thôn mới',
  'village-model': 'Khu dân cư nông thôn mới kiểu mẫu',
  'district-ntm': 'Đạt chuẩn nông thôn mới / hoàn thành nhiệm vụ xây dựng nông thôn mới',
};

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  met: 'Đã đạt',
  'not-yet': 'Chưa đạt',
  'at-risk': 'Có nguy cơ không đạt',
  'no-data': 'Chưa có số liệu',
  tracking: 'Theo dõi (không có mức định lượng)',
};

export const SUCCESSOR_RELATION_LABELS: Record<SuccessorRelation, string> = {
  merged_into: 'Sáp nhập vào',
  renamed_to: 'Đổi tên thành',
  split_from: 'Tách ra từ',
};

/** Threshold the dashboard lists communes under when the movement has no "min criteria" target. */
export const DEFAULT_CRITERIA_THRESHOLD = 15;
