import {
  IconAddressBook,
  IconAward,
  IconBook,
  IconBuildingCommunity,
  IconBuildingEstate,
  IconChecklist,
  IconClipboardCheck,
  IconFileText,
  IconFlag,
  IconGavel,
  IconLayoutDashboard,
  IconMessageReport,
  IconSettings,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

import { documentsRoute } from '../features/documents/route';

export interface NavItem {
  label: string;
  /** Route path; the link is active on it and on every path below it. */
  to: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

/** The navbar, in order. A new area adds one line here and one route in routes.tsx. */
export const navItems: NavItem[] = [
  { label: 'Tổng quan', to: '/dashboard', icon: IconLayoutDashboard },
  { label: 'Phong trào', to: '/movements', icon: IconFlag },
  { label: 'Tiêu chí nông thôn mới', to: '/criteria', icon: IconChecklist },
  { label: 'Đơn vị', to: '/units', icon: IconBuildingCommunity },
  { label: 'Kiểm tra', to: '/inspections', icon: IconClipboardCheck },
  { label: 'Kiến nghị sau kiểm tra', to: '/recommendations', icon: IconMessageReport },
  { label: 'Cán bộ, thành viên', to: '/people', icon: IconAddressBook },
  { label: 'Khen thưởng', to: '/nominations', icon: IconAward },
  { label: 'Hội đồng Thi đua - Khen thưởng', to: '/council', icon: IconUsersGroup },
  { label: 'Quyết định khen thưởng', to: '/decisions', icon: IconGavel },
  { label: 'Sổ khen thưởng', to: '/award-register', icon: IconBook },
  { label: 'Cơ quan phụ trách', to: '/agencies', icon: IconBuildingEstate },
  { label: documentsRoute.label, to: documentsRoute.path, icon: IconFileText },
  { label: 'Cài đặt', to: '/settings', icon: IconSettings },
];
