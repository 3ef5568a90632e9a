import type { Page } from '@playwright/test';

interface App {
  url: string;
}

export interface HostReply<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string; fields?: { path: string; message: string }[] };
}

/** A channel call through the browser host, as the app makes it (the token from the app's address). */
export async function rawCall<T = unknown>(page: Page, app: App, channel: string, input: unknown): Promise<HostReply<T>> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const reply = await page.request.post(new URL(`/api/${channel}`, app.url).href, {
    data: input,
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await reply.json()) as HostReply<T>;
}

/** A call that must succeed: its data, or an error naming the channel and the Vietnamese message. */
export async function hostCall<T>(page: Page, app: App, channel: string, input: unknown): Promise<T> {
  const body = await rawCall<T>(page, app, channel, input);
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.data as T;
}
