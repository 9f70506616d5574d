import type { Input, Method, Output } from '../../../shared/api/contract';
import type { Call } from './client';

/**
 * A call a screen is known to make as soon as it shows, with the exact input it passes, and the calls it makes
 * next with what this one answers. The route table lists them per screen; the entry starts them early.
 */
export type PlannedCall = {
  readonly method: Method;
  readonly input: unknown;
  /** Makes the call through `call`, typed by the contract. */
  readonly ask: (call: Call) => Promise<unknown>;
  readonly next?: (value: unknown) => readonly PlannedCall[];
};

export function planned<M extends Method>(method: M, input: Input<M>, next?: (value: Output<M>) => readonly PlannedCall[]): PlannedCall {
  const ask = (call: Call): Promise<Output<M>> => call(method, input);
  // The value handed to `next` is what `ask` answered: this method's output.
  return next === undefined ? { method, input, ask } : { method, input, ask, next: (value) => next(value as Output<M>) };
}
