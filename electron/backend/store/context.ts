import type { Notice } from '../../../shared/api';
import type { Clock } from '../context';
import type { Layout } from './layout';

/** What the store's parts share while a store is open. */
export type StoreContext = {
  readonly layout: Layout;
  readonly clock: Clock;
  /** Read-only opening changes nothing on disk: damage is worked around in memory and reported. */
  readonly readOnly: boolean;
  /** Why it is read-only (a full disk, a folder that can only be read), in the clerk's words: every refusal says it. */
  readonly readOnlyReason?: string | undefined;
  readonly notify: (level: Notice['level'], message: string) => void;
};
