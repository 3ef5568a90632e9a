import type {
  CertificateField,
  CertificateLayout,
  CertificateLayoutFields,
  CertificateOrientation,
  CertificatePaper,
} from '../../../../shared/domain/certificates';
import type { Db } from '../connection';

interface LayoutRow {
  id: number;
  name: string;
  blank_kind: string;
  paper: CertificatePaper;
  width_mm: number;
  height_mm: number;
  orientation: CertificateOrientation;
  fields_json: string;
  image_type: 'png' | 'jpg' | null;
  image_size: number | null;
  version: number;
  updated_at: string;
}

const toLayout = (row: LayoutRow): CertificateLayout => ({
  id: row.id,
  name: row.name,
  blankKind: row.blank_kind,
  paper: row.paper,
  widthMm: row.width_mm,
  heightMm: row.height_mm,
  orientation: row.orientation,
  fields: JSON.parse(row.fields_json) as CertificateField[],
  image: row.image_type ? { type: row.image_type, size: row.image_size ?? 0 } : null,
  version: row.version,
  updatedAt: row.updated_at,
});

// The picture's bytes stay out of every list: only its type and size travel with the layout.
const SELECT = `SELECT id, name, blank_kind, paper, width_mm, height_mm, orientation, fields_json, image_type,
  length(image) AS image_size, version, updated_at FROM certificate_layouts`;

export interface LayoutValues extends CertificateLayoutFields {
  foldedName: string;
}

const params = (values: LayoutValues) => ({
  name: values.name,
  foldedName: values.foldedName,
  blankKind: values.blankKind,
  paper: values.paper,
  widthMm: values.widthMm,
  heightMm: values.heightMm,
  orientation: values.orientation,
  fieldsJson: JSON.stringify(values.fields),
});

/** SQL of certificate layouts (phôi bằng khen, giấy khen). */
export function createCertificatesRepository(db: Db) {
  const s = {
    list: db.prepare(`${SELECT} ORDER BY folded_name, id LIMIT 500`),
    get: db.prepare(`${SELECT} WHERE id = ?`),
    byName: db.prepare(`SELECT id FROM certificate_layouts WHERE folded_name = ?`),
    insert: db.prepare(
      `INSERT INTO certificate_layouts (name, folded_name, blank_kind, paper, width_mm, height_mm, orientation, fields_json, created_at, updated_at)
       VALUES (@name, @foldedName, @blankKind, @paper, @widthMm, @heightMm, @orientation, @fieldsJson, @at, @at)`,
    ),
    update: db.prepare(
      `UPDATE certificate_layouts SET name = @name, folded_name = @foldedName, blank_kind = @blankKind, paper = @paper, width_mm = @widthMm,
         height_mm = @heightMm, orientation = @orientation, fields_json = @fieldsJson, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version`,
    ),
    setImage: db.prepare(
      `UPDATE certificate_layouts SET image = @image, image_type = @type, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`,
    ),
    image: db.prepare(`SELECT id, version, image_type, image FROM certificate_layouts WHERE id = ?`),
    remove: db.prepare(`DELETE FROM certificate_layouts WHERE id = ? AND version = ?`),
  };
  return {
    list(): CertificateLayout[] {
      return (s.list.all() as LayoutRow[]).map(toLayout);
    },
    get(id: number): CertificateLayout | null {
      const row = s.get.get(id) as LayoutRow | undefined;
      return row ? toLayout(row) : null;
    },
    idByFoldedName(folded: string): number | null {
      return (s.byName.get(folded) as { id: number } | undefined)?.id ?? null;
    },
    insert(values: LayoutValues, at: string): number {
      return Number(s.insert.run({ ...params(values), at }).lastInsertRowid);
    },
    /** False when the stored version is not the one read. */
    update(id: number, version: number, values: LayoutValues, at: string): boolean {
      return s.update.run({ ...params(values), id, version, at }).changes === 1;
    },
    setImage(id: number, version: number, image: { bytes: Buffer; type: 'png' | 'jpg' } | null, at: string): boolean {
      return s.setImage.run({ id, version, image: image?.bytes ?? null, type: image?.type ?? null, at }).changes === 1;
    },
    image(id: number): { id: number; version: number; type: 'png' | 'jpg' | null; bytes: Buffer | null } | null {
      const row = s.image.get(id) as { id: number; version: number; image_type: 'png' | 'jpg' | null; image: Buffer | null } | undefined;
      return row ? { id: row.id, version: row.version, type: row.image_type, bytes: row.image } : null;
    },
    remove(id: number, version: number): boolean {
      return s.remove.run(id, version).changes === 1;
    },
  };
}

export type CertificatesRepository = ReturnType<typeof createCertificatesRepository>;
