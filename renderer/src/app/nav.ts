import { IconBuildingCommunity, IconChecklist, IconFileText, IconFlag, IconLayoutDashboard, IconSettings } from '@tabler/icons-react';
import { IconAddressBook, IconClipboardCheck } from '@tabler/icons-react';
import type { ComponentType } from 'react';

import { documentsRoute } from '../features/documents';

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
  { label: documentsRoute.label, to: documentsRoute.path, icon: IconFileText },
  { label: 'Kiểm tra', to: '/inspections', icon: IconClipboardCheck },
  { label: 'Cán bộ, thành viên', to: '/people', icon: IconAddressBook },
  { label: 'Cài đặt', to: '/settings', icon: IconSettings },
];
