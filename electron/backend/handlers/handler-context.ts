import type { ApiIssue, ErrorCode, Method, Output, ParsedInput } from '../../../shared/api';
import type { Clock, IdGenerator } from '../context';
import type { MadeFiles } from '../made-files';
import type { Repository } from '../store/repository-types';
import type { SearchService } from '../search/search-service';

export type HandlerContext = {
  readonly repo: Repository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly version: string;
  /** Where the files handlers make (exports, reports, finance CSVs) wait to be downloaded or saved. */
  readonly madeFiles: MadeFiles;
  /** The full-text index, built in the background once the folder is open. */
  readonly search?: SearchService;
  /** Why the folder is read-only, when it was opened so because it cannot be written (a full disk, a read-only folder). */
  readonly readOnlyReason?: string | undefined;
};

/** Most handlers answer at once; those that render files (exports) answer with a promise. */
export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>>;
export type HandlerMap<M extends Method = Method> = { readonly [K in M]: Handler<K> };

/** A refusal with a stable code and a message for the clerk. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    /** Every problem, each at its path, when there are several. */
    readonly issues?: readonly ApiIssue[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
