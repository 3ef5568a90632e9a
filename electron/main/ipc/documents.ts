import type { DocumentsService } from '../services/documents/documents-service';
import type { HandlerMap } from './types';

type DocumentChannels =
  'documents.templates' | 'documents.preview' | 'documents.issue' | 'documents.list' | 'documents.get' | 'documents.cancel';

export function documentsHandlers(services: { documents: DocumentsService }): HandlerMap<DocumentChannels> {
  const { documents } = services;
  return {
    'documents.templates': () => documents.templates(),
    'documents.preview': (input) => documents.preview(input.template, input.params),
    'documents.issue': (input) => documents.issue(input),
    'documents.list': (input) => documents.list(input),
    'documents.get': (input) => documents.get(input.id),
    'documents.cancel': (input) => documents.cancel(input.id, input.version, input.reason),
  };
}
