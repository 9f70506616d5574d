import packageJson from '../../package.json';
import type { Envelope } from '../../shared/api';
import { systemClock, type Clock, type IdGenerator } from './context';
import { dispatch } from './dispatch';
import { randomIds } from './ids';
import { observeCommits } from './search/observe-commits';
import { SearchService } from './search/search-service';
import { openStore } from './store';
import type { Repository } from './store';

export type Backend = {
  readonly dataDir: string;
  readonly repository: Repository;
  /** The search index: built in the background once the app is quiet after opening, standing back for requests. */
  readonly search: SearchService;
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  close(): void;
};

export type BackendOptions = {
  readonly dataDir: string;
  readonly readOnly?: boolean;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** How the search index is built: in the background (the app, the default), or at the first search (one-off commands). */
  readonly searchIndex?: 'background' | 'on-demand';
};

export const VERSION: string = packageJson.version;

/** Opens the store and returns the backend. Throws a StoreError (its message is for the clerk) if it cannot. */
export function openBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const repository = openStore({ dataDir: options.dataDir, clock, readOnly: options.readOnly ?? false });
  const search = new SearchService(repository, { build: options.searchIndex ?? 'background' });
  // Every commit, whichever method made it, keeps the index right; the first build waits until after this returns.
  const repo = observeCommits(repository, (ops) => search.onCommit(ops));
  search.start();
  const ctx = { repo, clock, ids: options.ids ?? randomIds, version: VERSION, search };
  return {
    dataDir: repository.dataDir,
    repository: repo,
    search,
    // Each request, as it arrives and as it is answered, holds the background index build off for a moment.
    dispatch: (method, input) => {
      search.noteActivity();
      return dispatch(ctx, method, input).finally(() => search.noteActivity());
    },
    close: () => {
      search.stop();
      repository.close();
    },
  };
}
