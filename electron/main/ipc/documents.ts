import type { ChannelsOf } from '../../../shared/contract';
import type { DocumentsService } from '../services/documents/documents-service';
import type { DocumentExport } from '../services/documents/export-service';
import type { HandlerMap } from './types';

export function documentsHandlers(services: {
  documents: DocumentsService;
  documentExport: DocumentExport;
}): HandlerMap<ChannelsOf<'documents'>> {
  const { documents, documentExport } = services;
  return {
    'documents.templates': () => documents.templates(),
    'documents.preview': (input) => documents.preview(input.template, input.params),
    'documents.issue': (input) => documents.issue(input),
    'documents.list': (input) => documents.page(input),
    'documents.get': (input) => documents.get(input.id),
    'documents.cancel': (input) => documents.cancel(input.id, input.version, input.reason),
    'documents.saveAs': (input) => documentExport.saveAs(input),
    'documents.print': (input) => documentExport.print(input),
  };
}
