import type { ChannelName } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setTransport } from '../../renderer/src/api/client';
import { dropPrefetched, prefetch, takePrefetched } from '../../renderer/src/api/prefetch';
import { useCall } from '../../renderer/src/api/use-call';

/** A transport that counts calls per channel and answers each with its number. */
function countingTransport() {
  const calls: { channel: ChannelName; input: unknown }[] = [];
  setTransport((channel, input) => {
    calls.push({ channel, input });
    return Promise.resolve({ ok: true, data: { n: calls.length } });
  });
  return calls;
}

afterEach(() => setTransport(null));

function Agencies() {
  const list = useCall('agencies.list', {});
  return <p>{list.data ? `answer ${(list.data as unknown as { n: number }).n}` : 'loading'}</p>;
}

// One file, one module state: the prefetch store closes for good once dropped, so that comes last.
describe('calls started before React renders', () => {
  it('gives the answer to the first useCall of the same channel and input, once, and asks once', async () => {
    const calls = countingTransport();
    void prefetch('agencies.list', {});
    void prefetch('agencies.list', {});
    expect(calls).toHaveLength(1);
    const first = render(<Agencies />);
    expect(await screen.findByText('answer 1')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    first.unmount();
    // Taken: a second screen asks the server again.
    render(<Agencies />);
    expect(await screen.findByText('answer 2')).toBeInTheDocument();
    expect(calls).toHaveLength(2);
  });

  it('gives a call still on its way to the first useCall, which shows its loading state until the answer', async () => {
    let answer: (value: Envelope<unknown>) => void = () => undefined;
    setTransport(() => new Promise<Envelope<unknown>>((resolve) => (answer = resolve)));
    void prefetch('settings.get', {});
    function Slow() {
      const list = useCall('settings.get', {});
      return <p>{list.loading ? 'loading' : 'done'}</p>;
    }
    render(<Slow />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    answer({ ok: true, data: [] });
    expect(await screen.findByText('done')).toBeInTheDocument();
  });

  it('is not taken by a call with another input', async () => {
    countingTransport();
    void prefetch('units.list', { kind: 'district' });
    expect(takePrefetched('units.list', JSON.stringify({ kind: 'province' }))).toBeUndefined();
    expect(takePrefetched('units.list', JSON.stringify({ kind: 'district' }))).toBeDefined();
  });

  it('keeps nothing once dropped: later prefetches still ask but are never taken', async () => {
    const calls = countingTransport();
    void prefetch('movements.list', {});
    dropPrefetched();
    expect(takePrefetched('movements.list', '{}')).toBeUndefined();
    await prefetch('movements.list', {});
    expect(calls).toHaveLength(2);
    expect(takePrefetched('movements.list', '{}')).toBeUndefined();
  });
});
