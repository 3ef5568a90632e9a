// Installs the Vietnamese wording of zod's own checks wherever the contract is loaded.
import './zod-messages';

import type { z } from 'zod';

/**
 * A channel of the contract: its input schema (checked in main before any handler runs) and,
 * as a phantom type, what it answers. There is no runtime output schema: main produces it.
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  /** Built on first read (see `channel`), then the same schema every time. */
  input: I;
  /** Never read at runtime; carries the output type to the renderer client. */
  output: O;
}

/**
 * Declares a channel: `channel<Unit>()(() => z.object({ id }))`. The input schema is built when the
 * channel is first called (or its schema first read), not when the contract loads: the contract's
 * few hundred schemas cost the app's start more than anything else it does, and a session calls a
 * fraction of its channels. The schema is exactly as strict either way.
 */
export function channel<O>() {
  return <I extends z.ZodType>(build: () => I): ChannelSpec<I, O> => {
    let input: I | undefined;
    return {
      get input() {
        input ??= build();
        return input;
      },
      output: undefined as O,
    };
  };
}
