import { DEFAULT_OWNERS_SOURCE } from '../../../../shared/domain/agencies';

/** The seeded set the defaults belong to (migration 003). */
export const NATIONAL_COMMUNE_SET = 'xa-ntm-2021-2025';
/** Marks the seed as done in seed_steps, so owners removed on purpose never come back. */
export const OWNER_SEED_STEP = 'criterion-owners-qd318';
export const OWNER_SEED_SOURCE = DEFAULT_OWNERS_SOURCE;

/** A provincial department (or the provincial police and military command) created when missing. */
export interface DefaultAgency {
  name: string;
  adminType: 'Sở' | 'Cơ quan khác';
}

const SXD: DefaultAgency = { name: 'Sở Xây dựng', adminType: 'Sở' };
const SGTVT: DefaultAgency = { name: 'Sở Giao thông vận tải', adminType: 'Sở' };
const SNN: DefaultAgency = { name: 'Sở Nông nghiệp và Phát triển nông thôn', adminType: 'Sở' };
const SCT: DefaultAgency = { name: 'Sở Công Thương', adminType: 'Sở' };
const SGD: DefaultAgency = { name: 'Sở Giáo dục và Đào tạo', adminType: 'Sở' };
const SVH: DefaultAgency = { name: 'Sở Văn hóa, Thể thao và Du lịch', adminType: 'Sở' };
const STT: DefaultAgency = { name: 'Sở Thông tin và Truyền thông', adminType: 'Sở' };
const SLD: DefaultAgency = { name: 'Sở Lao động - Thương binh và Xã hội', adminType: 'Sở' };
const SYT: DefaultAgency = { name: 'Sở Y tế', adminType: 'Sở' };
const STN: DefaultAgency = { name: 'Sở Tài nguyên và Môi trường', adminType: 'Sở' };
const SNV: DefaultAgency = { name: 'Sở Nội vụ', adminType: 'Sở' };
const STP: DefaultAgency = { name: 'Sở Tư pháp', adminType: 'Sở' };
const QS: DefaultAgency = { name: 'Bộ Chỉ huy Quân sự tỉnh', adminType: 'Cơ quan khác' };
const CA: DefaultAgency = { name: 'Công an tỉnh', adminType: 'Cơ quan khác' };

/**
 * QĐ 318/QĐ-TTg (08/3/2022) charges ministries with guiding each commune criterion; the province
 * mirrors them to its departments (roads to transport, schools to education, ...). The ministries
 * per criterion are as commonly cited, not verified against the decision's text (domain.md lists
 * only the criteria): they are editable defaults, flagged in the UI as such.
 */
export const DEFAULT_OWNERS: Readonly<Record<number, readonly DefaultAgency[]>> = {
  1: [SXD],
  2: [SGTVT],
  3: [SNN],
  4: [SCT],
  5: [SGD],
  6: [SVH],
  7: [SCT],
  8: [STT],
  9: [SXD],
  10: [SNN],
  11: [SLD],
  12: [SLD],
  13: [SNN],
  14: [SGD],
  15: [SYT],
  16: [SVH],
  17: [STN, SYT],
  18: [SNV, STP],
  19: [QS, CA],
};
