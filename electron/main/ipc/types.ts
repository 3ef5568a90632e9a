import type { ChannelName, OutputOf, ParsedInputOf } from '../../../shared/contract';

/** What a handler can rely on about the caller (already checked by the wrapper). */
export interface CallContext {
  /** 'electron' for our window, 'host' for the browser host with a valid token, 'test' in tests. */
  transport: 'electron' | 'host' | 'test';
}

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>, context: CallContext) => OutputOf<C> | Promise<OutputOf<C>>;

/** One handler per channel of an area; registries check none is missing or duplicated. */
export type HandlerMap<C extends ChannelName = ChannelName> = { [K in C]: Handler<K> };
