import type { CertificateLayoutSaveInput } from '../../../../shared/contract/certificates';
import { CERTIFICATE_IMAGE_MAX_BYTES, type CertificateImage, type CertificateLayout } from '../../../../shared/domain/certificates';
import { AppError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { CertificatesRepository, LayoutValues } from '../../db/repositories/certificates';
import type { Clock } from '../context';
import { certificateMessages as msg } from './messages';

interface Deps {
  db: Db;
  certificates: CertificatesRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

const ENTITY = 'certificate-layout';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPG = Buffer.from([0xff, 0xd8, 0xff]);

/** PNG or JPG by their first bytes; anything else is refused. */
function imageTypeOf(bytes: Buffer): 'png' | 'jpg' | null {
  if (bytes.subarray(0, PNG.length).equals(PNG)) return 'png';
  if (bytes.subarray(0, JPG.length).equals(JPG)) return 'jpg';
  return null;
}

const invalid = (path: string, message: string) => new AppError('VALIDATION', message, [{ path, message }]);

/** Layouts of pre-printed blanks: saved whole at the version read, with an optional picture for the preview. */
export function createCertificateLayoutsService(deps: Deps) {
  const { db, certificates: repo, audit, clock } = deps;

  function mustGet(id: number): CertificateLayout {
    const layout = repo.get(id);
    if (!layout) throw new AppError('NOT_FOUND', msg.layoutNotFound(id));
    return layout;
  }

  function record(action: 'create' | 'update' | 'delete', id: number, before: CertificateLayout | null, after: CertificateLayout | null) {
    audit.record({ entity: ENTITY, entityId: id, action, before, after, operator: deps.operator() }, clock.now());
  }

  return {
    list: (): CertificateLayout[] => repo.list(),
    get: mustGet,
    exists: (id: number): boolean => repo.get(id) !== null,

    save(input: CertificateLayoutSaveInput): CertificateLayout {
      const { id, version, ...fields } = input;
      const values: LayoutValues = { ...fields, foldedName: foldText(fields.name) };
      return db.transaction(() => {
        const holder = repo.idByFoldedName(values.foldedName);
        if (holder !== null && holder !== id) throw invalid('name', msg.nameTaken(fields.name));
        const at = clock.now();
        if (id === undefined || version === undefined) {
          const created = mustGet(repo.insert(values, at));
          record('create', created.id, null, created);
          return created;
        }
        const before = mustGet(id);
        if (before.version !== version || !repo.update(id, version, values, at)) throw new AppError('CONFLICT', msg.stale(before.name));
        const after = mustGet(id);
        record('update', id, before, after);
        return after;
      })();
    },

    remove(id: number, version: number): { id: number; version: number } {
      return db.transaction(() => {
        const before = mustGet(id);
        if (before.version !== version || !repo.remove(id, version)) throw new AppError('CONFLICT', msg.stale(before.name));
        record('delete', id, before, null);
        return { id, version };
      })();
    },

    setImage(id: number, version: number, base64: string | null): CertificateLayout {
      let image: { bytes: Buffer; type: 'png' | 'jpg' } | null = null;
      if (base64 !== null) {
        const bytes = Buffer.from(base64, 'base64');
        if (bytes.length === 0) throw invalid('base64', msg.imageEmpty);
        if (bytes.length > CERTIFICATE_IMAGE_MAX_BYTES) throw invalid('base64', msg.imageTooLarge);
        const type = imageTypeOf(bytes);
        if (!type) throw invalid('base64', msg.imageType);
        image = { bytes, type };
      }
      return db.transaction(() => {
        const before = mustGet(id);
        if (before.version !== version || !repo.setImage(id, version, image, clock.now()))
          throw new AppError('CONFLICT', msg.stale(before.name));
        const after = mustGet(id);
        record('update', id, before, after);
        return after;
      })();
    },

    image(id: number): CertificateImage | null {
      const stored = repo.image(id);
      if (!stored) throw new AppError('NOT_FOUND', msg.layoutNotFound(id));
      if (!stored.type || !stored.bytes) return null;
      return { id: stored.id, version: stored.version, type: stored.type, base64: stored.bytes.toString('base64') };
    },
  };
}

export type CertificateLayoutsService = ReturnType<typeof createCertificateLayoutsService>;
