import type { ChannelName, InputOf, OutputOf } from '@shared/contract';
import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError, call } from './client';
import { takePrefetched } from './prefetch';

export interface CallState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /** Asks again; the previous data stays shown until the answer arrives. */
  reload: () => void;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
}

/**
 * Reads a channel and re-reads when the input changes (compared as JSON, so callers can pass
 * object literals). Answers that arrive after a newer request are dropped.
 */
export function useCall<C extends ChannelName>(channel: C, input: InputOf<C>, enabled = true): CallState<OutputOf<C>> {
  const key = JSON.stringify(input ?? null);
  const [data, setData] = useState<OutputOf<C> | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(enabled);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const request = ++latest.current;
    setLoading(true);
    (takePrefetched(channel, key) ?? call(channel, JSON.parse(key) as InputOf<C>))
      // Data (or error) and the end of loading in the same callback, so React renders the answer once.
      .then(
        (result) => {
          if (request !== latest.current) return;
          setData(result);
          setError(null);
          setLoading(false);
        },
        (caught: unknown) => {
          if (request !== latest.current) return;
          setError(toApiError(caught));
          setLoading(false);
        },
      );
  }, [channel, key, enabled, tick]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, error, loading, reload };
}
