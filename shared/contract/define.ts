// Installs the Vietnamese wording of zod's own checks wherever the contract is loaded.
import './zod-messages';

import type { z } from 'zod';

/**
 * A channel of the contract: its input schema (checked in main before any handler runs) and,
 * as a phantom type, what it answers. There is no runtime output schema: main produces it.
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at runtime; carries the output type to the renderer client. */
  output: O;
}

/** Declares a channel: `channel<Unit>()(z.object({ id }))`. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input, output: undefined as O });
}
