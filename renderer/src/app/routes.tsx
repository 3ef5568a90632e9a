import { Navigate, type RouteObject } from 'react-router';

import { SettingsScreen } from '../features/settings/SettingsScreen';
import { UnitPage } from '../features/units/UnitPage';
import { UnitsScreen } from '../features/units/UnitsScreen';
import { NotFound } from './NotFound';

/** Every screen of the app. A new area adds one line here and one item in nav.ts. */
export const appRoutes: RouteObject[] = [
  { path: '/', element: <Navigate to="/units" replace /> },
  { path: '/units', element: <UnitsScreen /> },
  { path: '/units/:id', element: <UnitPage /> },
  { path: '/settings', element: <SettingsScreen /> },
  { path: '*', element: <NotFound /> },
];
