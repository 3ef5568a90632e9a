/**
 * Certificates on pre-printed blanks, for wiring by the app shell and other screens: the layouts screen
 * (route /certificates/layouts) and the button that prints an issued decision's certificates
 * (`<PrintCertificatesButton decisionId={decision.id} />`, e.g. on the decision page).
 */
export { CertificateLayoutsPage } from './CertificateLayoutsPage';
export { PrintCertificatesButton } from './PrintCertificatesButton';

export const certificateLayoutsRoute = { path: '/certificates/layouts', label: 'Phôi bằng khen, giấy khen' } as const;
