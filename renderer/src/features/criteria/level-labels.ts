import type { RecognitionLevel } from '@shared/domain/criteria';

/** Short level names for the narrow grid column; the full name (LEVEL_LABELS) is the title. */
export const SHORT_LEVEL: Record<RecognitionLevel, string> = {
  none: 'Chưa đạt chuẩn',
  ntm: 'Đạt chuẩn NTM',
  'ntm-advanced': 'NTM nâng cao',
  'ntm-model': 'NTM kiểu mẫu',
  'village-ntm': 'Thôn đạt chuẩn',
  'village-model': 'Khu dân cư kiểu mẫu',
  'district-ntm': 'Huyện đạt chuẩn',
};
