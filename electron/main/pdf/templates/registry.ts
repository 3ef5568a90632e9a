import type { z } from 'zod';

import type { FieldError } from '../../../../shared/errors';
import { AppError } from '../../../../shared/errors';
import { templateMessages } from './messages';
import type { DocumentContent, DocumentTemplate, TemplateDeps } from './types';

/** A template after its params are checked: what the register stores and the layout renders. */
export interface BuiltDocument {
  /** The checked params (defaults filled in), stored with the document so it can be traced. */
  params: Record<string, unknown>;
  content: DocumentContent;
  registerTitle: string;
}

/** A template with its param type erased, so templates of different params share one registry. */
export interface RegisteredTemplate {
  id: string;
  title: string;
  typeAbbreviation: string;
  /** Printed without a number and never issued (see DocumentTemplate.workingList). */
  workingList: boolean;
  build(rawParams: unknown, deps: TemplateDeps): BuiltDocument;
}

function paramErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: ['params', ...issue.path.map(String)].join('.'),
    message: issue.code === 'unrecognized_keys' ? templateMessages.unknownParams(issue.keys) : issue.message,
  }));
}

export function defineTemplate<P>(template: DocumentTemplate<P>): RegisteredTemplate {
  return {
    id: template.id,
    title: template.title,
    typeAbbreviation: template.typeAbbreviation,
    workingList: template.workingList ?? false,
    build(rawParams, deps) {
      const parsed = template.paramsSchema.safeParse(rawParams);
      if (!parsed.success) throw new AppError('VALIDATION', templateMessages.badParams(template.title), paramErrors(parsed.error));
      const params = parsed.data;
      return {
        params: JSON.parse(JSON.stringify(params ?? {})) as Record<string, unknown>,
        content: template.build(params, deps),
        registerTitle: template.registerTitle(params, deps),
      };
    },
  };
}
