import packageJson from '../../package.json';
import type { Envelope } from '../../shared/api';
import { systemClock, type Clock, type IdGenerator } from './context';
import { guardReferences } from './handlers/reference-guard';
import { dispatch } from './dispatch';
import { randomIds } from './ids';
import { MadeFiles } from './made-files';
import { observeCommits } from './search/observe-commits';
import { SearchService } from './search/search-service';
import { openStore, openStoreOrReadOnly } from './store';
import type { Repository } from './store';

export type Backend = {
  readonly dataDir: string;
  readonly repository: Repository;
  /** Set when the folder could not be written and was opened read-only instead: why, in the clerk's words. */
  readonly readOnlyReason: string | undefined;
  /** The search index: built in the background once the app is quiet after opening, standing back for requests. */
  readonly search: SearchService;
  /** The files made for the clerk (exports, reports), each kept briefly for one download or Save As. */
  readonly madeFiles: MadeFiles;
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  close(): void;
};

export type BackendOptions = {
  readonly dataDir: string;
  readonly readOnly?: boolean;
  /**
   * For the window and browser mode: a folder that cannot be written (a full disk, a read-only folder or disk) is
   * opened read-only with the reason instead of refused. Ignored when `readOnly` is set.
   */
  readonly readOnlyIfUnwritable?: boolean;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** How the search index is built: in the background (the app, the default), or at the first search (one-off commands). */
  readonly searchIndex?: 'background' | 'on-demand';
};

export const VERSION: string = packageJson.version;

/** Opens the store and returns the backend. Throws a StoreError (its message is for the clerk) if it cannot. */
export function openBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const { repository, readOnlyReason } =
    options.readOnlyIfUnwritable === true && options.readOnly !== true
      ? openStoreOrReadOnly({ dataDir: options.dataDir, clock })
      : { repository: openStore({ dataDir: options.dataDir, clock, readOnly: options.readOnly ?? false }), readOnlyReason: undefined };
  const search = new SearchService(repository, { build: options.searchIndex ?? 'background' });
  // Every commit, whichever method made it, keeps the index right; the first build waits until after this returns.
  const repo = observeCommits(repository, (ops) => search.onCommit(ops));
  search.start();
  // Kept by the backend's clock, so a test can let a made file expire.
  const madeFiles = new MadeFiles({ now: () => Date.parse(clock.now()) });
  // Handlers write through a guard that refuses a change leaving a reference to nothing (see reference-guard.ts).
  const ctx = { repo: guardReferences(repo), clock, ids: options.ids ?? randomIds, version: VERSION, search, readOnlyReason, madeFiles };
  return {
    dataDir: repository.dataDir,
    repository: repo,
    readOnlyReason,
    search,
    madeFiles,
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
