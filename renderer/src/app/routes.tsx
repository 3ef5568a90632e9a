import { Center, Loader } from '@mantine/core';
import { type ComponentType, createElement, isValidElement, lazy, type ReactNode, Suspense } from 'react';
import { matchRoutes, Navigate, type NavigateProps, type RouteObject } from 'react-router';

import { documentsRoute } from '../features/documents/route';
import { HOME_PATH } from './home-address';
import { NotFound } from './NotFound';
import { appText } from './text';

type Preload = () => Promise<unknown>;

const preloads: Preload[] = [];
/** Each screen component's chunk loader, so the route in the address can start its chunk before React renders. */
const preloadOf = new WeakMap<ComponentType, Preload>();

/**
 * A screen loaded with its route: each screen is its own chunk (charts only with the dashboard), so the
 * first screen loads little. Once its chunk is in, the screen renders at once, without suspending: a
 * navigation then replaces the old screen straight away, as before the split (a screen left behind
 * must not keep acting on the address, e.g. a debounced search).
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module[name];
      return loaded;
    }));
  preloads.push(preload);
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen() {
    return loaded ? createElement(loaded) : <Lazy />;
  }
  preloadOf.set(Screen, preload);
  return Screen;
}

/**
 * Starts loading the chunk of the screen at this path (the address the app opens on), so it arrives
 * while the app asks whether the database is set up instead of after.
 */
export async function preloadRoute(pathname: string): Promise<void> {
  const element = matchRoutes(appRoutes, pathname)?.at(-1)?.route.element;
  if (!isValidElement(element)) return;
  // '/' only redirects (to the dashboard): load where it leads.
  if (element.type === Navigate) {
    const { to } = element.props as NavigateProps;
    return typeof to === 'string' && to !== pathname ? preloadRoute(to) : undefined;
  }
  await preloadOf
    .get(element.type as ComponentType)?.()
    .catch(() => undefined);
}

/** Loads every screen's chunk, one at a time, so that later navigation never waits. */
export async function preloadScreens(): Promise<void> {
  for (const preload of preloads) {
    await preload().catch(() => undefined);
    // One chunk per idle moment: a click on the screen in between is served first.
    await idle();
  }
}

/** Resolves when the browser has nothing more urgent to do (a timer where there is no requestIdleCallback, e.g. jsdom). */
export function idle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}

/** While a screen's chunk loads: a loader where the screen will be. */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label={appText.loading} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}

const AgenciesPage = screen(() => import('../features/agencies/AgenciesPage'), 'AgenciesPage');
const AgencyPage = screen(() => import('../features/agencies/AgencyPage'), 'AgencyPage');
const CriteriaPage = screen(() => import('../features/criteria/CriteriaPage'), 'CriteriaPage');
const CriteriaSetsPage = screen(() => import('../features/criteria-sets/CriteriaSetsPage'), 'CriteriaSetsPage');
const DashboardPage = screen(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const DocumentsPage = screen(() => import('../features/documents/DocumentsPage'), 'DocumentsPage');
const VisitPage = screen(() => import('../features/inspection-visits/VisitPage'), 'VisitPage');
const InspectionPage = screen(() => import('../features/inspections/InspectionPage'), 'InspectionPage');
const InspectionsPage = screen(() => import('../features/inspections/InspectionsPage'), 'InspectionsPage');
const TemplatePage = screen(() => import('../features/inspections/TemplatePage'), 'TemplatePage');
const MovementPage = screen(() => import('../features/movements/MovementPage'), 'MovementPage');
const MovementsPage = screen(() => import('../features/movements/MovementsPage'), 'MovementsPage');
const NominationPage = screen(() => import('../features/nominations/NominationPage'), 'NominationPage');
const NominationsPage = screen(() => import('../features/nominations/NominationsPage'), 'NominationsPage');
const NomineePage = screen(() => import('../features/nominations/NomineePage'), 'NomineePage');
const RoundPage = screen(() => import('../features/nominations/RoundPage'), 'RoundPage');
const PeoplePage = screen(() => import('../features/people/PeoplePage'), 'PeoplePage');
const RecommendationsPage = screen(() => import('../features/recommendations/RecommendationsPage'), 'RecommendationsPage');
const SettingsScreen = screen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen');
const RollUpPage = screen(() => import('../features/unit-history/RollUpPage'), 'RollUpPage');
const UnitPage = screen(() => import('../features/units/UnitPage'), 'UnitPage');
const UnitsScreen = screen(() => import('../features/units/UnitsScreen'), 'UnitsScreen');
const SessionsPage = screen(() => import('../features/council/SessionsPage'), 'SessionsPage');
const MembersPage = screen(() => import('../features/council/MembersPage'), 'MembersPage');
const SessionPage = screen(() => import('../features/council/SessionPage'), 'SessionPage');
const DecisionsPage = screen(() => import('../features/decisions/DecisionsPage'), 'DecisionsPage');
const DecisionPage = screen(() => import('../features/decisions/DecisionPage'), 'DecisionPage');
const AwardRegisterPage = screen(() => import('../features/award-register/AwardRegisterPage'), 'AwardRegisterPage');
const CertificateLayoutsPage = screen(() => import('../features/certificates/CertificateLayoutsPage'), 'CertificateLayoutsPage');

/** Every screen of the app. A new area adds one line here and one item in nav.ts. */
export const appRoutes: RouteObject[] = [
  // The app opens on the dashboard without this redirect (home-address.ts); it serves a later link to '/'.
  { path: '/', element: <Navigate to={HOME_PATH} replace /> },
  { path: '/dashboard', element: <DashboardPage /> },
  { path: '/movements', element: <MovementsPage /> },
  { path: '/movements/:id', element: <MovementPage /> },
  { path: '/criteria', element: <CriteriaPage /> },
  { path: '/criteria/sets', element: <CriteriaSetsPage /> },
  { path: '/units', element: <UnitsScreen /> },
  { path: '/units/roll-up', element: <RollUpPage /> },
  { path: '/units/:id', element: <UnitPage /> },
  { path: documentsRoute.path, element: <DocumentsPage /> },
  { path: '/settings', element: <SettingsScreen /> },
  { path: '/inspections/visits/:id', element: <VisitPage /> },
  { path: '/recommendations', element: <RecommendationsPage /> },
  { path: '/agencies', element: <AgenciesPage /> },
  { path: '/agencies/:id', element: <AgencyPage /> },
  { path: '/people', element: <PeoplePage /> },
  { path: '/inspections', element: <InspectionsPage /> },
  { path: '/inspections/template', element: <TemplatePage /> },
  // Keep '/inspections/visits/:id' (the visit screen) listed before this line, with the other fixed paths under /inspections.
  { path: '/inspections/:id', element: <InspectionPage /> },
  { path: '/nominations', element: <NominationsPage /> },
  { path: '/nominations/rounds/:id', element: <RoundPage /> },
  { path: '/nominations/:id', element: <NominationPage /> },
  { path: '/nominees/:id', element: <NomineePage /> },
  { path: '/council', element: <SessionsPage /> },
  { path: '/council/members', element: <MembersPage /> },
  { path: '/council/sessions/:id', element: <SessionPage /> },
  { path: '/decisions', element: <DecisionsPage /> },
  { path: '/decisions/:id', element: <DecisionPage /> },
  { path: '/award-register', element: <AwardRegisterPage /> },
  { path: '/certificates/layouts', element: <CertificateLayoutsPage /> },
  { path: '*', element: <NotFound /> },
];
