import { IconBuildingCommunity, IconSettings } from '@tabler/icons-react';
import type { ComponentType } from 'react';

export interface NavItem {
  label: string;
  /** Route path; the link is active on it and on every path below it. */
  to: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

/** The navbar, in order. A new area adds one line here and one route in routes.tsx. */
export const navItems: NavItem[] = [
  { label: 'Đơn vị', to: '/units', icon: IconBuildingCommunity },
  { label: 'Cài đặt', to: '/settings', icon: IconSettings },
];
