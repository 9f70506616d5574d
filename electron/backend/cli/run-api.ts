import type { Input, Method, Output } from '../../../shared/api';
import type { ExportFile } from '../../../shared/api/exports';
import type { Backend } from '../backend';
import { writeFileDurable } from '../store/durable-file';
import { CliFailure, EXIT } from './exit-codes';

/** Calls the contract and turns a refusal into a CliFailure with the right exit code. */
export async function callApi<M extends Method>(backend: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await backend.dispatch(method, input);
  if (envelope.ok) return envelope.value as Output<M>;
  const where = envelope.error.path === undefined ? '' : ` (at ${envelope.error.path})`;
  const code = envelope.error.code === 'invalid_input' || envelope.error.code === 'io_error' ? EXIT.unusable : EXIT.refused;
  throw new CliFailure(code, `${envelope.error.message}${where}`);
}

/** Writes a file the contract made (an export, a report) to `out`, its bytes taken straight from the backend. */
export function writeMadeFile(backend: Backend, file: ExportFile, out: string): void {
  const made = backend.madeFiles.take(file.fileId);
  // The file was made a moment ago in this process: it is there unless something is badly wrong.
  if (made === undefined) throw new CliFailure(EXIT.unusable, `${file.fileName} was made but could not be kept to write: try again.`);
  writeFileDurable(out, made.bytes);
}
