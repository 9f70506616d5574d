import type { Notice } from '../../../shared/api';
import type { Clock } from '../context';
import type { CoreFile, MeetingFile } from '../../../shared/model';
import type { Layout } from './layout';
import type { BackupInfo } from './repository-types';

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

/** What reading the core file gives the store as it opens. */
export type CoreLoad = {
  readonly core: CoreFile;
  /** Meeting files already in memory (after a migration, or when opened read-only before one). */
  readonly meetings: ReadonlyMap<string, MeetingFile>;
  /** Set when the core file was restored from a backup. */
  readonly restoredFrom?: BackupInfo;
};
