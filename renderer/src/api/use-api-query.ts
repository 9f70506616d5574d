import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../../shared/api/contract';
import type { ApiCallError } from './api-call-error';
import { useApi } from './ApiProvider';
import { apiQueryKey } from './query-keys';

/**
 * One method's answer, kept in the query cache under its method and input. While it is asked for again (after a
 * change made it stale, or `refetch`) the last answer stays on screen; a failed first answer is `isLoadingError`,
 * a failed later one `isRefetchError` beside the answer still shown.
 */
export type ApiQuery<M extends Method> = UseQueryResult<Output<M>, ApiCallError>;

export type ApiQueryOptions = {
  /** False while the input is not known yet (it waits on another answer). */
  readonly enabled?: boolean;
  /** Keeps showing the last input's answer while a new input's answer comes. */
  readonly keepPrevious?: boolean;
};

export function useApiQuery<M extends Method>(method: M, input: Input<M>, { enabled, keepPrevious = false }: ApiQueryOptions = {}): ApiQuery<M> {
  const { call } = useApi();
  return useQuery<Output<M>, ApiCallError, Output<M>, readonly unknown[]>({
    queryKey: apiQueryKey(method, input),
    queryFn: () => call(method, input),
    ...(enabled === undefined ? {} : { enabled }),
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/** Asks again, or waits for the request already on its way (one a change started): for screens that await it. */
export function refreshed(query: { readonly refetch: (options: { cancelRefetch: boolean }) => Promise<unknown> }): Promise<void> {
  return query.refetch({ cancelRefetch: false }).then(() => undefined);
}
