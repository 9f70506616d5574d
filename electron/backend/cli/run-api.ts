import type { Input, Method, Output } from '../../../shared/api';
import type { Backend } from '../backend';
import { CliFailure, EXIT } from './exit-codes';

/** Calls the contract and turns a refusal into a CliFailure with the right exit code. */
export async function callApi<M extends Method>(backend: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await backend.dispatch(method, input);
  if (envelope.ok) return envelope.value as Output<M>;
  const where = envelope.error.path === undefined ? '' : ` (at ${envelope.error.path})`;
  const code = envelope.error.code === 'invalid_input' || envelope.error.code === 'io_error' ? EXIT.unusable : EXIT.refused;
  throw new CliFailure(code, `${envelope.error.message}${where}`);
}
