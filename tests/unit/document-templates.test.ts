import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type AppContext, createAppContext } from '../../electron/main/app-context';
import { findTemplate, type RegisteredTemplate } from '../../electron/main/pdf/templates';
import { AppError } from '../../shared/errors';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the templates the areas register', () => {
  let dataDir: string;
  let context: AppContext;
  let templates: RegisteredTemplate[];

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-templates-'));
    context = createAppContext({ dataDir, resourcesDir: path.join(root, 'resources') });
    templates = context.areas.flatMap((area) => area.templates ?? []);
  });

  afterAll(() => {
    context.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('have unique kebab-case ids, Vietnamese titles and a type abbreviation each', () => {
    const ids = templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of templates) {
      expect(template.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(template.title.trim()).not.toBe('');
      expect(template.typeAbbreviation).toMatch(/^[\p{Lu}][\p{L}]*$|^$/u);
    }
  });

  it('are registered by the area that owns their data (later issues add theirs)', () => {
    const owners = context.areas.flatMap((area) => (area.templates ?? []).map((template) => `${area.name}:${template.id}`));
    expect(owners).toEqual([
      'units:unit-directory',
      'agencies:criteria-reminder',
      'targets:movement-report',
      'inspections:inspection-plan',
      'inspections:inspection-minutes',
      'inspections:inspection-report',
      'nominations:nomination-list',
      'council:council-minutes',
      'council:submission',
      'council:ballot',
      'council:decision-draft',
      'certificates:certificates',
      'certificates:certificate-calibration',
    ]);
  });

  it('are the ones the documents service lists', () => {
    expect(context.services.documents.templates().map((template) => template.id)).toEqual(templates.map((template) => template.id));
  });

  it('refuse an unknown id with a VALIDATION error on the template field', () => {
    expect(findTemplate('unit-directory', templates).id).toBe('unit-directory');
    try {
      findTemplate('award-decision', templates);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION');
      expect((error as AppError).fields?.[0].path).toBe('template');
    }
  });
});
