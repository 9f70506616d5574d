import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Input, Method, Output } from '../../../shared/api/contract';
import type { ApiCallError } from './api-call-error';
import { useApi } from './ApiProvider';

export type ApiMutation<M extends Method> = {
  readonly pending: boolean;
  /** The backend's refusal of the last attempt, for the screen to show beside the form. */
  readonly error: ApiCallError | null;
  /** Makes the change; gives its result, or undefined after a refusal (then `error` holds it). One at a time. */
  readonly run: (input: Input<M>) => Promise<Output<M> | undefined>;
  readonly clearError: () => void;
};

/**
 * One change through the contract, for a form or a button. What it makes stale is declared once, in the
 * invalidation table, and applied by the client whatever makes the change.
 */
export function useApiMutation<M extends Method>(method: M): ApiMutation<M> {
  const { call } = useApi();
  const mutation = useMutation<Output<M>, ApiCallError, Input<M>>({ mutationFn: (input) => call(method, input) });
  const { mutateAsync, reset } = mutation;
  // A ref as well as the mutation's state: a double click must not send the change twice before React re-renders.
  const busy = useRef(false);
  const run = useCallback(
    async (input: Input<M>): Promise<Output<M> | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      try {
        return await mutateAsync(input);
      } catch {
        return undefined;
      } finally {
        busy.current = false;
      }
    },
    [mutateAsync],
  );
  return { pending: mutation.isPending, error: mutation.error, run, clearError: reset };
}
