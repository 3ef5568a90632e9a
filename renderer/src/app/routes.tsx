import { Navigate, type RouteObject } from 'react-router';

import { AgenciesPage } from '../features/agencies/AgenciesPage';
import { AgencyPage } from '../features/agencies/AgencyPage';
import { AwardRegisterPage } from '../features/award-register/AwardRegisterPage';
import { CertificateLayoutsPage } from '../features/certificates/CertificateLayoutsPage';
import { MembersPage } from '../features/council/MembersPage';
import { SessionPage } from '../features/council/SessionPage';
import { SessionsPage } from '../features/council/SessionsPage';
import { CriteriaPage } from '../features/criteria/CriteriaPage';
import { CriteriaSetsPage } from '../features/criteria-sets/CriteriaSetsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DecisionPage } from '../features/decisions/DecisionPage';
import { DecisionsPage } from '../features/decisions/DecisionsPage';
import { DocumentsPage, documentsRoute } from '../features/documents';
import { VisitPage } from '../features/inspection-visits/VisitPage';
import { InspectionPage } from '../features/inspections/InspectionPage';
import { InspectionsPage } from '../features/inspections/InspectionsPage';
import { TemplatePage } from '../features/inspections/TemplatePage';
import { MovementPage } from '../features/movements/MovementPage';
import { MovementsPage } from '../features/movements/MovementsPage';
import { NominationPage } from '../features/nominations/NominationPage';
import { NominationsPage } from '../features/nominations/NominationsPage';
import { NomineePage } from '../features/nominations/NomineePage';
import { RoundPage } from '../features/nominations/RoundPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { RecommendationsPage } from '../features/recommendations/RecommendationsPage';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { RollUpPage } from '../features/unit-history/RollUpPage';
import { UnitPage } from '../features/units/UnitPage';
import { UnitsScreen } from '../features/units/UnitsScreen';
import { NotFound } from './NotFound';

/** Every screen of the app. A new area adds one line here and one item in nav.ts. */
export const appRoutes: RouteObject[] = [
  { path: '/', element: <Navigate to="/dashboard" replace /> },
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
