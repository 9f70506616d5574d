import type { BackupOverview, BackupSettings } from '../../../shared/api/areas/backups';
import type { Notice } from '../../../shared/api';
import type { StoreProblem } from './check-references';
import type { Bundle, Collection, CoreCollection, MeetingCollection, RecordOf } from '../../../shared/model';

/** One change. A list of them is committed together: all of it is durable, or none of it. */
export type PutOp = { readonly [C in Collection]: { readonly type: 'put'; readonly collection: C; readonly record: RecordOf<C> } }[Collection];
export type DeleteOp = { readonly type: 'delete'; readonly collection: Collection; readonly id: string; readonly meetingId?: string };
export type Op = PutOp | DeleteOp;

/** Everything that belongs to one meeting. */
export type MeetingRecords = { readonly [C in MeetingCollection]: readonly RecordOf<C>[] };

export type BackupInfo = { readonly name: string; readonly path: string; readonly createdAt: string; readonly reason: string };

export type CheckReport = {
  readonly sound: boolean;
  readonly problems: readonly string[];
  readonly checkedFiles: number;
  /** Every file could be read and matches the data format (the problems, if any, are between records). */
  readonly filesSound: boolean;
};

/**
 * The only owner of the store. Reads come from memory (meeting files are loaded on first use); `commit` returns
 * once the change is durable on disk. How the data is split across files is this module's business alone.
 */
export type Repository = {
  readonly dataDir: string;
  readonly readOnly: boolean;
  notices(): readonly Notice[];
  all<C extends CoreCollection>(collection: C): readonly RecordOf<C>[];
  get<C extends CoreCollection>(collection: C, id: string): RecordOf<C> | undefined;
  /** Loads the meeting's file on first use. Unknown meetings give empty lists. */
  meeting(meetingId: string): MeetingRecords;
  /** Every record of a meeting collection across all meetings (loads every meeting file). */
  everyMeeting<C extends MeetingCollection>(collection: C): readonly RecordOf<C>[];
  commit(ops: readonly Op[]): void;
  /** Stores bytes by content hash; returns the SHA-256 in hex. */
  putBlob(bytes: Uint8Array): string;
  readBlob(sha256: string): Uint8Array;
  hasBlob(sha256: string): boolean;
  exportBundle(): Bundle;
  /** Makes a backup now (copied to the second folder too, if one is set). */
  backup(reason: string): BackupInfo;
  listBackups(): readonly BackupInfo[];
  /** Every backup kept, why, what it costs on the disk, the policy and the second folder's state. */
  backupOverview(): BackupOverview;
  /** Saves the backup settings (the second folder, the size budget) and applies the budget at once. */
  updateBackupSettings(settings: BackupSettings): BackupOverview;
  check(): CheckReport;
  /** References between records that point at nothing, and records that contradict each other. */
  referenceProblems(): StoreProblem[];
  close(): void;
};
