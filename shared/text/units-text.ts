import type { UnitKind } from '../domain/units';

/** Vietnamese names of unit kinds, shown in lists, filters and messages. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'Tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  village: 'Thôn, làng, tổ dân phố',
  agency: 'Cơ quan, đơn vị cấp tỉnh',
};

/** The same kinds as a subject in a sentence ("Đơn vị cấp xã phải có ..."). */
export const UNIT_KIND_SUBJECTS: Record<UnitKind, string> = {
  province: 'Tỉnh',
  district: 'Đơn vị cấp huyện',
  commune: 'Đơn vị cấp xã',
  village: 'Thôn, làng, tổ dân phố',
  agency: 'Cơ quan, đơn vị cấp tỉnh',
};
