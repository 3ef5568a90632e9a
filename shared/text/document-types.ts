/**
 * Names of document types by their symbol abbreviation (Decree 30/2020, Appendix III), for lists and
 * filters. "DS" (danh sách) is not in the appendix but is the abbreviation offices use for lists.
 */
export const DOCUMENT_TYPE_NAMES: Record<string, string> = {
  QĐ: 'Quyết định',
  KH: 'Kế hoạch',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  BB: 'Biên bản',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  DS: 'Danh sách',
  '': 'Công văn',
};

export function documentTypeName(abbreviation: string): string {
  return DOCUMENT_TYPE_NAMES[abbreviation] ?? abbreviation;
}
