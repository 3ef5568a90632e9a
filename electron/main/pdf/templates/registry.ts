import type { z } from 'zod';

import type { PositionedDocument } from '../../../../shared/documents/description';
import type { Settings } from '../../../../shared/domain/settings';
import type { FieldError } from '../../../../shared/errors';
import { AppError } from '../../../../shared/errors';
import { templateMessages } from './messages';
import type { DocumentContent, DocumentTemplate } from './types';

/** A template after its params are checked: what the register stores and the layout renders. */
export interface BuiltDocument {
  /** The checked params (defaults filled in), stored with the document so it can be traced. */
  params: Record<string, unknown>;
  content: DocumentContent | PositionedDocument;
  registerTitle: string;
}

/** A template bound to its readers, with its param type erased, so every area's templates share one list. */
export interface RegisteredTemplate {
  id: string;
  title: string;
  typeAbbreviation: string;
  /** Printed without a number and never issued (see DocumentTemplate.workingList). */
  workingList: boolean;
  build(rawParams: unknown, settings: Settings): BuiltDocument;
}

/** A template as its file defines it: still waiting for the readers of the area that registers it. */
export interface TemplateDefinition<R extends object> {
  id: string;
  title: string;
  typeAbbreviation: string;
  workingList: boolean;
  /** Binds the readers (the area's services, or views of them) the builder reads through. */
  withReaders(readers: R): RegisteredTemplate;
}

function paramErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: ['params', ...issue.path.map(String)].join('.'),
    message: issue.code === 'unrecognized_keys' ? templateMessages.unknownParams(issue.keys) : issue.message,
  }));
}

/** `defineTemplate<Params, Readers>({...})`: the readers type is the template's own, declared in its file. */
export function defineTemplate<P, R extends object = object>(template: DocumentTemplate<P, R>): TemplateDefinition<R> {
  const { id, title, typeAbbreviation } = template;
  const workingList = template.workingList ?? false;
  return {
    id,
    title,
    typeAbbreviation,
    workingList,
    withReaders(readers) {
      return {
        id,
        title,
        typeAbbreviation,
        workingList,
        build(rawParams, settings) {
          const parsed = template.paramsSchema.safeParse(rawParams);
          if (!parsed.success) throw new AppError('VALIDATION', templateMessages.badParams(title), paramErrors(parsed.error));
          const params = parsed.data;
          const deps = { ...readers, settings };
          return {
            params: JSON.parse(JSON.stringify(params ?? {})) as Record<string, unknown>,
            content: template.build(params, deps),
            registerTitle: template.registerTitle(params, deps),
          };
        },
      };
    },
  };
}
