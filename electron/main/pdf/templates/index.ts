import { AppError } from '../../../../shared/errors';
import { templateMessages } from './messages';
import { movementReportTemplate } from './movement-report';
import type { RegisteredTemplate } from './registry';
import { unitDirectoryTemplate } from './unit-directory';

/**
 * Every kind of document the app prints, in one place. A new document is one template file
 * (id, title, type abbreviation, params schema, builder) and one line here.
 */
export const documentTemplates: readonly RegisteredTemplate[] = [unitDirectoryTemplate, movementReportTemplate];

export function findTemplate(id: string, templates: readonly RegisteredTemplate[] = documentTemplates): RegisteredTemplate {
  const template = templates.find((candidate) => candidate.id === id);
  if (!template) {
    const message = templateMessages.unknownTemplate(id);
    throw new AppError('VALIDATION', message, [{ path: 'template', message }]);
  }
  return template;
}

export type { BuiltDocument, RegisteredTemplate } from './registry';
export { defineTemplate } from './registry';
export type { DocumentContent, DocumentTemplate, TemplateDeps } from './types';
