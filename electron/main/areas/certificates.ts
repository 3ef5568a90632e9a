import { createCertificatesRepository } from '../db/repositories/certificates';
import { certificatesHandlers } from '../ipc/certificates';
import { calibrationTemplate } from '../pdf/templates/certificates/calibration';
import { certificatesTemplate } from '../pdf/templates/certificates/certificates';
import { createCertificateLayoutsService } from '../services/certificates/layouts-service';
import type { DecisionsService } from '../services/council/decisions-service';
import type { NomineesService } from '../services/nominations/nominees-service';
import { type BaseDeps, defineArea } from './area';

/** Certificates on pre-printed blanks: the blanks' layouts, the batch of an issued decision and the calibration page. */
export function createCertificatesArea(base: BaseDeps, deps: { decisions: DecisionsService; nominees: NomineesService }) {
  const certificates = createCertificatesRepository(base.db);
  const certificateLayouts = createCertificateLayoutsService({ ...base, certificates });
  return defineArea({
    name: 'certificates',
    services: { certificateLayouts },
    handlers: certificatesHandlers({ certificateLayouts }),
    templates: [
      certificatesTemplate.withReaders({ layouts: certificateLayouts, decisions: deps.decisions, nominees: deps.nominees }),
      calibrationTemplate.withReaders({ layouts: certificateLayouts }),
    ],
  });
}
