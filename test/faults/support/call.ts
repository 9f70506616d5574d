import type { Input, Method, Output } from '../../../shared/api';
import type { Backend } from '../../../electron/backend/backend';

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/** Calls the backend through its contract and throws, naming the method, if the call is refused. */
export function caller(backend: () => Backend): Call {
  return async (method, input) => {
    const envelope = await backend().dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method} was refused: ${envelope.error.code} ${envelope.error.message} ${envelope.error.path ?? ''}`);
    return envelope.value as never;
  };
}
