import { contextBridge, ipcRenderer } from 'electron';

import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

/**
 * Exposes exactly the contract's channels, one function each, as window.thidua. Never ipcRenderer
 * itself and never a generic "send anything" function.
 */
const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (input: unknown): Promise<Envelope<unknown>> => ipcRenderer.invoke(channel, input)]),
) as Record<ChannelName, (input: unknown) => Promise<Envelope<unknown>>>;

contextBridge.exposeInMainWorld('thidua', Object.freeze(api));
