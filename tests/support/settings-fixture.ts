import { DEFAULT_DOCUMENT_SETTINGS, DEFAULT_SIGNATURES, type Settings } from '../../shared/domain/settings';

/** Settings as a Kon Tum database holds them after set-up, with the default signature blocks. */
export function konTumSettings(extra: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_DOCUMENT_SETTINGS,
    signatureDefaults: DEFAULT_SIGNATURES,
    provinceCode: '62',
    provinceName: 'Tỉnh Kon Tum',
    operatorName: 'Nguyễn Thị Hoa',
    certificateOffsetMm: { x: 0, y: 0 },
    version: 4,
    updatedAt: '2026-11-28T08:00:00.000Z',
    ...extra,
  };
}
