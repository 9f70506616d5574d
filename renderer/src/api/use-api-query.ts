import { useCallback, useEffect, useState } from 'react';
import type { Input, Method, Output } from '../../../shared/api/contract';
import { toApiCallError } from './api-call-error';
import type { ApiCallError } from './api-call-error';
import { callKey } from './call-key';
import { useApi } from './ApiProvider';

export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: ApiCallError };

type Settled<T> = { readonly key: string; readonly state: QueryState<T> };

/** Loads one method's result and keeps it while the inputs stay the same; `reload` asks again. */
export function useApiQuery<M extends Method>(
  method: M,
  input: Input<M>,
): QueryState<Output<M>> & { readonly reload: () => void } {
  const { call } = useApi();
  const [attempt, setAttempt] = useState(0);
  const key = `${callKey(method, input)} ${attempt}`;
  const [settled, setSettled] = useState<Settled<Output<M>> | null>(null);

  useEffect(() => {
    let current = true;
    call(method, input).then(
      (value) => current && setSettled({ key, state: { status: 'ready', value } }),
      (thrown: unknown) => current && setSettled({ key, state: { status: 'error', error: toApiCallError(method, thrown) } }),
    );
    return () => {
      current = false;
    };
    // `key` stands for `method` and `input`, which callers rebuild on every render.
  }, [key, call]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: QueryState<Output<M>> = settled?.key === key ? settled.state : { status: 'loading' };
  return { ...state, reload };
}
