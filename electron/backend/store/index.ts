/** The store's public face: everything outside electron/backend/store imports from here. */
export { openStore, DEFAULT_BACKUP_INTERVAL_MS, DEFAULT_IDLE_COMPACT_MS, type OpenStoreOptions } from './open-store';
export { openStoreOrReadOnly, type OpenedStore } from './open-or-read-only';
export { restoreBackup, type RestoreResult } from './restore';
export { recoverStaleLock, type LockHolder, type LockStatus } from './lock';
export { migrateToCurrent, MIGRATIONS, type Migrated, type MigrationStep } from './migrations';
export { StoreError, isStoreError, type StoreErrorCode } from './store-error';
export type { BackupInfo, CheckReport, MeetingRecords, Op, Repository } from './repository-types';
export { planReferenceRepairs, describeStoreProblem, type StoreProblem } from './check-references';
