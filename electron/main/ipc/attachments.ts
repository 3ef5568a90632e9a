import type { ChannelsOf } from '../../../shared/contract';
import type { AttachmentsService } from '../services/attachments/attachments-service';
import type { HandlerMap } from './types';

export function attachmentsHandlers(services: { attachments: AttachmentsService }): HandlerMap<ChannelsOf<'attachments'>> {
  const { attachments } = services;
  return {
    'attachments.list': (input) => attachments.list(input.ownerKind, input.ownerId),
    'attachments.add': (input) => attachments.add(input.ownerKind, input.ownerId, input.name, Buffer.from(input.base64, 'base64')),
    'attachments.choose': (input) => attachments.choose(input.ownerKind, input.ownerId),
    'attachments.content': (input) => attachments.content(input.id),
    'attachments.open': (input) => attachments.open(input.id),
    'attachments.saveAs': (input) => attachments.saveAs(input.id),
    'attachments.remove': (input) => attachments.remove(input.id),
  };
}
