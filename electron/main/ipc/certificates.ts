import type { ChannelsOf } from '../../../shared/contract';
import type { CertificateLayoutsService } from '../services/certificates/layouts-service';
import type { HandlerMap } from './types';

export function certificatesHandlers(services: { certificateLayouts: CertificateLayoutsService }): HandlerMap<ChannelsOf<'certificates'>> {
  const { certificateLayouts: layouts } = services;
  return {
    'certificates.layouts': () => layouts.list(),
    'certificates.saveLayout': (input) => layouts.save(input),
    'certificates.removeLayout': (input) => layouts.remove(input.id, input.version),
    'certificates.setImage': (input) => layouts.setImage(input.id, input.version, input.base64),
    'certificates.image': (input) => layouts.image(input.id),
  };
}
