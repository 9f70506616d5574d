import packageJson from '../../package.json';
import type { Envelope } from '../../shared/api';
import { systemClock, type Clock, type IdGenerator } from './context';
import { dispatch } from './dispatch';
import { randomIds } from './ids';
import { openStore } from './store';
import type { Repository } from './store';

export type Backend = {
  readonly dataDir: string;
  readonly repository: Repository;
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  close(): void;
};

export type BackendOptions = {
  readonly dataDir: string;
  readonly readOnly?: boolean;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
};

export const VERSION: string = packageJson.version;

/** Opens the store and returns the backend. Throws a StoreError (its message is for the clerk) if it cannot. */
export function openBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const repository = openStore({ dataDir: options.dataDir, clock, readOnly: options.readOnly ?? false });
  const ctx = { repo: repository, clock, ids: options.ids ?? randomIds, version: VERSION };
  return {
    dataDir: repository.dataDir,
    repository,
    dispatch: (method, input) => Promise.resolve(dispatch(ctx, method, input)),
    close: () => repository.close(),
  };
}
