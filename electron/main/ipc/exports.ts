import type { ChannelsOf } from '../../../shared/contract';
import type { ListExports } from '../services/exports/list-exports';
import type { HandlerMap } from './types';

export function exportsHandlers(services: { listExports: ListExports }): HandlerMap<ChannelsOf<'exports'>> {
  const { listExports } = services;
  return {
    'exports.list': (input) => listExports.list(input),
  };
}
