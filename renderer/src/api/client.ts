import type { ChannelName, InputOf, OutputOf } from '@shared/contract';
import type { AppErrorShape, Envelope, ErrorCode, FieldError } from '@shared/errors';

import { trackCall } from './activity';
import { clientMessages } from './messages';

/** An error answered by main, with its Vietnamese message and the fields it concerns. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.fields = shape.fields ?? [];
  }

  /** Field errors keyed by field path, for Mantine's form.setErrors. */
  fieldMap(): Record<string, string> {
    return Object.fromEntries(this.fields.map((f) => [f.path, f.message]));
  }
}

type Transport = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;

declare global {
  interface Window {
    /** Set by the Electron preload: one function per contract channel. */
    thidua?: Record<ChannelName, (input: unknown) => Promise<Envelope<unknown>>>;
  }
}

const TOKEN_KEY = 'thidua.token';

let urlToken: string | null | undefined;

/** The browser host's access token: from ?token= on first load, then kept for the tab's session. */
export function hostToken(): string | null {
  if (urlToken === undefined) {
    urlToken = new URLSearchParams(window.location.search).get('token');
    // Kept for a reload without it, once the first reads are out: the tab's first use of its storage waits
    // for the browser process (3-14 ms here), and the first call is made while the page is still loading.
    const kept = urlToken;
    if (kept) setTimeout(() => sessionStorage.setItem(TOKEN_KEY, kept), 0);
  }
  return urlToken ?? sessionStorage.getItem(TOKEN_KEY);
}

const httpTransport: Transport = async (channel, input) => {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${hostToken() ?? ''}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: clientMessages.offline } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: clientMessages.badResponse } };
  }
};

function electronTransport(bridge: NonNullable<Window['thidua']>): Transport {
  return (channel, input) => bridge[channel](input);
}

let transport: Transport | null = null;

/** Lets component tests answer calls without a server. */
export function setTransport(next: Transport | null): void {
  transport = next;
}

function currentTransport(): Transport {
  if (transport) return transport;
  return window.thidua ? electronTransport(window.thidua) : httpTransport;
}

/** Calls a channel of the contract; resolves with its typed output or throws ApiError. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await trackCall(currentTransport()(channel, input));
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as OutputOf<C>;
}
