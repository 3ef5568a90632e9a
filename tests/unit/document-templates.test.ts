import { describe, expect, it } from 'vitest';

import { documentTemplates, findTemplate } from '../../electron/main/pdf/templates';
import { AppError } from '../../shared/errors';

describe('the template registry', () => {
  it('has unique kebab-case ids, Vietnamese titles and a type abbreviation each', () => {
    const ids = documentTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of documentTemplates) {
      expect(template.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(template.title.trim()).not.toBe('');
      expect(template.typeAbbreviation).toMatch(/^[\p{Lu}][\p{L}]*$|^$/u);
    }
  });

  it('registers only documents that exist (later issues add theirs)', () => {
    expect(ids()).toEqual(['unit-directory', 'movement-report']);
  });

  it('refuses an unknown id with a VALIDATION error on the template field', () => {
    expect(findTemplate('unit-directory').id).toBe('unit-directory');
    try {
      findTemplate('certificates');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION');
      expect((error as AppError).fields?.[0].path).toBe('template');
    }
  });
});

function ids(): string[] {
  return documentTemplates.map((template) => template.id);
}
