import { AppError } from '../../../../shared/errors';
import { templateMessages } from './messages';
import type { RegisteredTemplate } from './registry';

/**
 * Templates are not listed here: each area registers its own in `areas/<area>.ts`
 * (`templates: [myTemplate.withReaders({ ... })]`) and the documents service receives them all.
 */
export function findTemplate(id: string, templates: readonly RegisteredTemplate[]): RegisteredTemplate {
  const template = templates.find((candidate) => candidate.id === id);
  if (!template) {
    const message = templateMessages.unknownTemplate(id);
    throw new AppError('VALIDATION', message, [{ path: 'template', message }]);
  }
  return template;
}

export type { BuiltDocument, RegisteredTemplate, TemplateDefinition } from './registry';
export { defineTemplate } from './registry';
export type { DocumentContent, DocumentTemplate, TemplateDeps } from './types';
