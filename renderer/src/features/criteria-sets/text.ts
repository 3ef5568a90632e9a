import type { CriteriaScope } from '@shared/domain/criteria';

/** Vietnamese text of the criteria-sets screen. */
export const criteriaSetsText = {
  title: 'Bộ tiêu chí',
  intro: 'Các bộ tiêu chí nông thôn mới dùng để đánh giá xã, huyện và thôn, làng: căn cứ pháp lý, thời gian áp dụng và danh sách tiêu chí.',
  loadFailed: 'Không đọc được danh sách bộ tiêu chí',
  empty: 'Chưa có bộ tiêu chí nào.',
  listLabel: 'Danh sách bộ tiêu chí',
  none: '—',
  cancel: 'Hủy',

  scopes: { commune: 'Cấp xã', district: 'Cấp huyện', village: 'Thôn, làng' } satisfies Record<CriteriaScope, string>,
  fixed: 'Bộ tiêu chí quốc gia – cố định',
  editable: 'Được bổ sung, sửa tiêu chí',
  fixedHint: 'Bộ tiêu chí quốc gia: không thêm, bớt hoặc đổi tên tiêu chí được; chỉ sửa được thông tin của bộ.',
  criteriaCount: (active: number, archived: number) =>
    archived > 0 ? `${active} tiêu chí (${archived} đã lưu trữ)` : `${active} tiêu chí`,
  validity: (from: string, to: string) => {
    if (from && to) return `Từ ${from} đến ${to}`;
    if (from) return `Từ ${from}`;
    if (to) return `Đến ${to}`;
    return 'Chưa xác định';
  },
  /** "Số 318/QĐ-TTg ngày 08/03/2022 của Thủ tướng Chính phủ"; the issuer alone when the number and date are unknown. */
  legalLine: (number: string, date: string, issuer: string) =>
    !number && !date ? issuer : [number && `Số ${number}`, date && `ngày ${date}`, issuer && `của ${issuer}`].filter(Boolean).join(' '),

  info: {
    scope: 'Áp dụng cho',
    adminTypes: 'Loại hình hành chính',
    allAdminTypes: 'Mọi loại hình',
    legalBasis: 'Căn cứ pháp lý',
    legalTitle: 'Trích yếu',
    validity: 'Thời gian áp dụng',
    editSet: 'Sửa thông tin bộ',
  },

  criteria: {
    title: 'Danh sách tiêu chí',
    add: 'Thêm tiêu chí',
    empty: 'Bộ tiêu chí chưa có tiêu chí nào.',
    tableLabel: (setName: string) => `Tiêu chí của ${setName}`,
    columns: { number: 'Số', name: 'Tên tiêu chí', status: 'Tình trạng', actions: '' },
    archivedBadge: 'Đã lưu trữ',
    noGroup: 'Chưa xếp nhóm',
    rename: (name: string) => `Sửa tiêu chí ${name}`,
    archive: (name: string) => `Lưu trữ tiêu chí ${name}`,
    restore: (name: string) => `Dùng lại tiêu chí ${name}`,
  },

  setForm: {
    title: (name: string) => `Sửa thông tin: ${name}`,
    saved: (name: string) => `Đã lưu thông tin ${name}.`,
    conflictTitle: 'Bộ tiêu chí đã được thay đổi ở nơi khác',
    legalSection: 'Căn cứ pháp lý',
    fields: {
      name: 'Tên bộ tiêu chí',
      adminTypes: 'Loại hình hành chính áp dụng',
      legalNumber: 'Số văn bản',
      legalDate: 'Ngày văn bản',
      legalIssuer: 'Cơ quan ban hành',
      legalTitle: 'Trích yếu',
      validFrom: 'Ngày bắt đầu áp dụng',
      validTo: 'Ngày hết hiệu lực',
    },
    hints: {
      adminTypes: 'Để trống: áp dụng cho mọi đơn vị cùng cấp; ví dụ chỉ "Xã" để không áp dụng cho phường, thị trấn',
      adminTypesPlaceholder: 'Chọn hoặc gõ rồi Enter',
      legalNumber: 'Ví dụ: 318/QĐ-TTg',
      legalIssuer: 'Ví dụ: Thủ tướng Chính phủ',
    },
  },

  criterionForm: {
    createTitle: (setName: string) => `Thêm tiêu chí vào ${setName}`,
    editTitle: (number: number) => `Sửa tiêu chí số ${number}`,
    created: (number: number, name: string) => `Đã thêm tiêu chí số ${number}: ${name}.`,
    saved: (number: number, name: string) => `Đã lưu tiêu chí số ${number}: ${name}.`,
    conflictTitle: 'Tiêu chí đã được thay đổi ở nơi khác',
    fields: { number: 'Số thứ tự', name: 'Tên tiêu chí', groupName: 'Nhóm tiêu chí' },
    hints: {
      number: 'Để trống để lấy số tiếp theo',
      groupName: 'Ví dụ: II. Hạ tầng kinh tế - xã hội',
    },
  },

  archive: {
    title: 'Lưu trữ tiêu chí',
    body: (number: number, name: string) =>
      `Lưu trữ tiêu chí số ${number} "${name}"? Tiêu chí không còn được dùng để nhập kết quả mới; kết quả đã nhập vẫn được giữ.`,
    confirm: 'Lưu trữ',
    restoreTitle: 'Dùng lại tiêu chí',
    restoreBody: (number: number, name: string) => `Dùng lại tiêu chí số ${number} "${name}"?`,
    restoreConfirm: 'Dùng lại',
    done: (name: string) => `Đã lưu trữ tiêu chí "${name}".`,
    restored: (name: string) => `Đã dùng lại tiêu chí "${name}".`,
    failed: 'Không thực hiện được',
  },

  // The same words as shared/contract/criteria.ts, checked before sending.
  errors: {
    required: (label: string) => `${label} không được để trống`,
    tooLong: (label: string, max: number) => `${label} dài quá ${max} ký tự`,
    validTo: 'Ngày hết hiệu lực phải sau ngày bắt đầu áp dụng',
    number: 'Số thứ tự tiêu chí là số nguyên từ 1 đến 99',
  },
};
