import type { Input, Method, Output } from '../../../shared/api/contract';
import type { Invoke } from '../../../shared/api/transport';
import { ApiCallError, toApiCallError } from './api-call-error';

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
export type ApiClient = { readonly call: Call };
/** Told of each call that succeeded, with what it was asked: how the query cache hears of changes. */
export type OnAnswered = <M extends Method>(method: M, input: Input<M>) => void;

/** The one way the renderer reaches the backend: typed by the contract, whatever carries the call. */
export function createClient(invoke: Invoke, onAnswered?: OnAnswered): ApiClient {
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    let envelope;
    try {
      envelope = await invoke(method, input);
    } catch (thrown) {
      throw toApiCallError(method, thrown);
    }
    if (!envelope.ok) throw new ApiCallError(method, envelope.error);
    onAnswered?.(method, input);
    // The backend parsed the input and built the value for this method: the contract is the boundary we trust.
    return envelope.value as Output<M>;
  };
  return { call };
}
