import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Method, Output } from '../../../shared/api/contract';
import { toApiCallError } from './api-call-error';
import type { ApiCallError } from './api-call-error';
import { callKey } from './call-key';
import { useApi } from './ApiProvider';
import type { QueryState } from './use-api-query';

export type LiveQuery<T> = QueryState<T> & {
  /** Asks again and keeps showing the last answer meanwhile, so an editing screen neither flickers nor loses focus. */
  readonly refresh: () => Promise<void>;
  /** Set when a refresh failed after an earlier answer: the screen keeps the old data and says so. */
  readonly refreshError: ApiCallError | null;
};

/**
 * Like useApiQuery, for screens that change what they show: after a change the screen calls `refresh()` and the
 * old data stays on screen until the new arrives.
 */
export function useLiveQuery<M extends Method>(method: M, input: Input<M>): LiveQuery<Output<M>> {
  const { call } = useApi();
  const key = callKey(method, input);
  const latestInput = useRef(input);
  const [state, setState] = useState<QueryState<Output<M>>>({ status: 'loading' });
  const [refreshError, setRefreshError] = useState<ApiCallError | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    latestInput.current = input;
  });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      const value = await call(method, latestInput.current);
      if (!mounted.current) return;
      setState({ status: 'ready', value });
      setRefreshError(null);
    } catch (thrown) {
      if (!mounted.current) return;
      const error = toApiCallError(method, thrown);
      setState((previous) => (previous.status === 'ready' ? previous : { status: 'error', error }));
      setRefreshError(error);
    }
  }, [call, method]);

  useEffect(() => {
    setState({ status: 'loading' });
    void refresh();
    // `key` stands for the input, which callers rebuild on every render.
  }, [key, refresh]);

  return { ...state, refresh, refreshError };
}
