import type { Notice } from '../../../shared/api';
import type { Clock } from '../context';
import type { Layout } from './layout';

/** What the store's parts share while a store is open. */
export type StoreContext = {
  readonly layout: Layout;
  readonly clock: Clock;
  /** Read-only opening changes nothing on disk: damage is worked around in memory and reported. */
  readonly readOnly: boolean;
  readonly notify: (level: Notice['level'], message: string) => void;
};
