import { formatNumber } from '@shared/format/number';

/** Vietnamese text of the attachments panel (files attached to a submission, later inspections and nominations). */
export const attachmentsText = {
  title: 'Tệp đính kèm',
  add: 'Đính kèm tệp…',
  accepted: 'PDF, Word, Excel, ảnh JPG/PNG; mỗi tệp tối đa 25 MB.',
  saveFirst: 'Lưu hồ sơ trước, sau đó đính kèm tệp.',
  empty: 'Chưa có tệp đính kèm.',
  loadFailed: 'Không đọc được danh sách tệp đính kèm',
  uploading: (name: string) => `Đang tải lên "${name}"…`,
  added: (n: number) => (n === 1 ? 'Đã đính kèm 1 tệp.' : `Đã đính kèm ${n} tệp.`),
  tooLarge: (name: string) => `Tệp "${name}" quá giới hạn 25 MB. Hãy nén hoặc quét lại với độ phân giải thấp hơn.`,
  failed: 'Chưa đính kèm được tệp',
  open: 'Mở',
  openLabel: (name: string) => `Mở tệp ${name}`,
  saveAs: 'Lưu thành…',
  saveLabel: (name: string) => `Lưu tệp ${name} ra nơi khác`,
  saved: (path: string) => `Đã lưu tệp vào ${path}.`,
  remove: 'Gỡ',
  removeLabel: (name: string) => `Gỡ tệp ${name}`,
  removeTitle: 'Gỡ tệp đính kèm',
  removeBody: (name: string) => `Gỡ tệp "${name}" khỏi hồ sơ? Việc gỡ được ghi vào lịch sử thay đổi.`,
  removeConfirm: 'Gỡ tệp',
  removed: (name: string) => `Đã gỡ tệp "${name}".`,
  cancel: 'Hủy',
  actionFailed: 'Chưa thực hiện được',
  legacyTitle: 'Đường dẫn tệp nhập tay trước đây',
  size: (bytes: number) =>
    bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`,
  typeLabels: { pdf: 'PDF', doc: 'Word', docx: 'Word', xls: 'Excel', xlsx: 'Excel', jpg: 'Ảnh', png: 'Ảnh' } as Record<string, string>,
  by: (who: string, when: string) => `${who}, ${when}`,
};
