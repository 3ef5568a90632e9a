import type { ChannelName, InputOf, OutputOf } from '@shared/contract';

import { call } from './client';

/** Calls started before React renders, by channel and input (as useCall compares them: JSON). */
const early = new Map<string, Promise<unknown>>();
/** Set once start-up is over: from then on every read goes to the server when it is made. */
let closed = false;

const keyOf = (channel: ChannelName, inputJson: string) => `${channel} ${inputJson}`;

/**
 * Starts a call the first screen will make, before the code that makes it has rendered: the shell's
 * reads go out with the page's own scripts instead of one after another. The first useCall of the
 * same channel and input takes the answer; nobody else does.
 */
export function prefetch<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const key = keyOf(channel, JSON.stringify(input ?? null));
  const asked = early.get(key) as Promise<OutputOf<C>> | undefined;
  if (asked) return asked;
  const answer = call(channel, input);
  if (closed) return answer;
  // Nobody may take it (e.g. the settings before the first-run setup): that is not an error to report.
  answer.catch(() => undefined);
  early.set(key, answer);
  return answer;
}

/**
 * Keeps an answer obtained otherwise (part of a call that answers for several, e.g. dashboard.open) as
 * the prefetched answer of this channel and input, unless one is kept already.
 */
export function prefetchAnswer<C extends ChannelName>(channel: C, input: InputOf<C>, answer: Promise<OutputOf<C>>): void {
  if (closed) return;
  const key = keyOf(channel, JSON.stringify(input ?? null));
  if (early.has(key)) return;
  answer.catch(() => undefined);
  early.set(key, answer);
}

/** The prefetched answer for this call, once; later calls ask the server again. */
export function takePrefetched<C extends ChannelName>(channel: C, inputJson: string): Promise<OutputOf<C>> | undefined {
  const key = keyOf(channel, inputJson);
  const answer = early.get(key) as Promise<OutputOf<C>> | undefined;
  early.delete(key);
  return answer;
}

/**
 * Forgets prefetched answers nobody took and keeps no more (once start-up is over, or when the database
 * turns out not to be set up): a later read must see the writes made since.
 */
export function dropPrefetched(): void {
  closed = true;
  early.clear();
}
