import type { Notice } from '../../../shared/api';
import {
  MEETING_COLLECTION_NAMES,
  SCHEMA_VERSION,
  isMeetingCollection,
  type Bundle,
  type CoreCollection,
  type CoreFile,
  type Meeting,
  type MeetingCollection,
  type MeetingFile,
  type RecordOf,
} from '../../../shared/model';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupOverview, BackupSettings } from '../../../shared/api/areas/backups';
import { backupOverview, makeBackup, pruneBackups } from './backup-keeper';
import { writeBackupSettings } from './backup-settings';
import { currentAttachmentFiles, currentDataFiles, listBackups, matchesCurrent } from './backups';
import { recoverBlob } from './recover-blob';
import type { MirrorState } from './second-folder';
import { damageIn, fromRel, isAttachmentRel } from './store-files';
import { hasBlob, putBlob, readBlob } from './blobs';
import { checkStore } from './check';
import { describeStoreProblem, storeReferenceProblems, type StoreProblem } from './check-references';
import { decodeCoreFile, decodeMeetingFile } from './codecs';
import type { StoreContext } from './context';
import { DurableJsonAdapter } from './durable-adapter';
import { ensureDir, fsyncDir } from './durable-file';
import type { JournalWriter } from './journal';
import { CORE_FILE, MEETINGS_DIR, meetingFileName, meetingFilePath, meetingRelPath } from './layout';
import { emptyMeetingFile, loadMeeting } from './load-meeting';
import type { HeldLock } from './lock';
import { meetingOf, validateOp } from './ops';
import { Partition, type PartitionFile } from './partition';
import { keepCopy, moveAside } from './recovery';
import type { BackupInfo, CheckReport, MeetingRecords, Op, Repository } from './repository-types';
import { StoreError, describeIoError } from './store-error';
import { savingStoppedReason } from './unwritable';

/** When the journal is this long, its changes are folded into the files at once rather than at the next pause. */
export const COMPACT_AFTER_LINES = 2000;
export const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

export type StoreSettings = {
  readonly backupIntervalMs: number;
  readonly idleCompactMs: number;
};

type CorePartition = Partition<CoreCollection>;
type MeetingPartition = Partition<MeetingCollection>;

const ROUTINE_BACKUPS = new Set(['open', 'interval']);

/**
 * The store while it is open. Reads come from memory; a meeting's file is read on first use. A commit is
 * acknowledged once its journal line is on disk; the files catch up at compaction (on a pause, when the journal
 * grows long, before a backup and on close), so an edit never rewrites more than the journal line.
 */
export class Store implements Repository {
  readonly dataDir: string;
  readonly readOnly: boolean;
  private readonly ctx: StoreContext;
  private readonly settings: StoreSettings;
  private readonly noticeList: Notice[];
  private readonly core: CorePartition;
  private readonly partitions = new Map<string, MeetingPartition>();
  private readonly journal: JournalWriter | undefined;
  private readonly lock: HeldLock | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private backupTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** How the last copy to the second backup folder went. */
  private mirrorState: MirrorState | undefined;
  /** Set after a write failed in a way that leaves memory and disk out of step: further writes are refused. */
  private broken: string | undefined;

  constructor(args: {
    readonly ctx: StoreContext;
    readonly settings: StoreSettings;
    readonly notices: Notice[];
    readonly core: CoreFile;
    readonly preloaded: ReadonlyMap<string, MeetingFile>;
    readonly journal: JournalWriter | undefined;
    readonly lock: HeldLock | undefined;
  }) {
    this.ctx = args.ctx;
    this.dataDir = args.ctx.layout.dataDir;
    this.readOnly = args.ctx.readOnly;
    this.settings = args.settings;
    this.noticeList = args.notices;
    this.journal = args.journal;
    this.lock = args.lock;
    const { layout } = args.ctx;
    this.core = new Partition<CoreCollection>(
      new DurableJsonAdapter<PartitionFile<CoreCollection>>(layout.coreFile, (json) => decodeCoreFile(json, layout.coreFile)),
      args.core,
    );
    for (const [meetingId, data] of args.preloaded) this.partitions.set(meetingId, this.newPartition(meetingId, data));
  }

  // ---- reads ---------------------------------------------------------------------------------------------

  notices(): readonly Notice[] {
    return this.noticeList.slice();
  }

  all<C extends CoreCollection>(collection: C): readonly RecordOf<C>[] {
    return this.core.records(collection) as readonly RecordOf<C>[];
  }

  get<C extends CoreCollection>(collection: C, id: string): RecordOf<C> | undefined {
    return this.core.get(collection, id) as RecordOf<C> | undefined;
  }

  meeting(meetingId: string): MeetingRecords {
    const partition = this.partition(meetingId);
    return Object.fromEntries(MEETING_COLLECTION_NAMES.map((c) => [c, partition.records(c)])) as unknown as MeetingRecords;
  }

  everyMeeting<C extends MeetingCollection>(collection: C): readonly RecordOf<C>[] {
    const out: RecordOf<C>[] = [];
    for (const header of this.core.records('meetings')) {
      for (const record of this.partition(header.id).records(collection)) out.push(record as RecordOf<C>);
    }
    return out;
  }

  // ---- writes --------------------------------------------------------------------------------------------

  commit(ops: readonly Op[]): void {
    const journal = this.writable();
    if (ops.length === 0) return;
    const valid = ops.map((op) => validateOp(op));
    this.checkMeetingsExist(valid);
    // Load (and if need be recover) every file the change touches before anything is written.
    for (const op of valid) {
      const meetingId = meetingOf(op);
      if (meetingId !== undefined) this.partition(meetingId);
    }
    try {
      journal.append({ v: SCHEMA_VERSION, at: this.ctx.clock.now(), ops: valid });
    } catch (error) {
      // Nothing of this change was kept (the journal cut off what it had written, or closed if it could not). Until
      // the files and a fresh journal are written again, which writable() tries first, every change is refused.
      this.broken = savingStoppedReason(error, this.dataDir);
      throw new StoreError('io', this.broken, { cause: error });
    }
    this.apply(valid);
    if (journal.lines >= COMPACT_AFTER_LINES || journal.bytes >= COMPACT_AFTER_BYTES) this.compactSafely();
    else this.scheduleIdleCompaction();
  }

  putBlob(bytes: Uint8Array): string {
    this.writable();
    try {
      return putBlob(this.ctx.layout, bytes);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError('io', `The attachment could not be saved: ${describeIoError(error)}.`, { cause: error });
    }
  }

  readBlob(sha256: string): Uint8Array {
    try {
      return readBlob(this.ctx.layout, sha256);
    } catch (error) {
      // Missing or damaged: the newest good copy in the backups, put back in place.
      const recovered = error instanceof StoreError ? recoverBlob(this.ctx, sha256) : undefined;
      if (recovered === undefined) throw error;
      return recovered;
    }
  }

  hasBlob(sha256: string): boolean {
    return hasBlob(this.ctx.layout, sha256) || recoverBlob(this.ctx, sha256) !== undefined;
  }

  exportBundle(): Bundle {
    const attachments = this.everyMeeting('attachments');
    const attachmentData: Record<string, string> = {};
    for (const attachment of attachments) {
      if (attachment.sha256 in attachmentData) continue;
      if (!this.hasBlob(attachment.sha256)) {
        this.notify(
          'warning',
          `The export has no file for attachment "${attachment.originalName}" (${attachment.id}): it is missing from the data folder.`,
        );
        continue;
      }
      attachmentData[attachment.sha256] = Buffer.from(this.readBlob(attachment.sha256)).toString('base64');
    }
    return {
      schemaVersion: SCHEMA_VERSION,
      exportedAt: this.ctx.clock.now(),
      boards: [...this.all('boards')],
      people: [...this.all('people')],
      memberships: [...this.all('memberships')],
      meetings: [...this.all('meetings')],
      rewardRates: [...this.all('rewardRates')],
      rewardClaims: [...this.all('rewardClaims')],
      criteriaSets: [...this.all('criteriaSets')],
      ratings: [...this.all('ratings')],
      diversityResponses: [...this.all('diversityResponses')],
      youSaidWeDid: [...this.all('youSaidWeDid')],
      agendaItems: [...this.everyMeeting('agendaItems')],
      attendance: [...this.everyMeeting('attendance')],
      declarations: [...this.everyMeeting('declarations')],
      minutes: [...this.everyMeeting('minutes')],
      resolutions: [...this.everyMeeting('resolutions')],
      actions: [...this.everyMeeting('actions')],
      attachments: [...attachments],
      accessArrangements: [...this.everyMeeting('accessArrangements')],
      attachmentData,
    };
  }

  backup(reason: string): BackupInfo {
    this.writable();
    return this.makeBackup(reason);
  }

  listBackups(): readonly BackupInfo[] {
    return listBackups(this.ctx.layout);
  }

  backupOverview(): BackupOverview {
    return backupOverview(this.ctx.layout, this.ctx.clock.now(), this.mirrorState);
  }

  updateBackupSettings(settings: BackupSettings): BackupOverview {
    this.writable();
    writeBackupSettings(this.ctx.layout, settings);
    this.mirrorState = undefined;
    pruneBackups(this.ctx.layout.backupsDir, this.ctx.clock.now(), settings);
    return this.backupOverview();
  }

  /** Every file read from disk and checked; then, where all could be read, every reference between records. */
  check(): CheckReport {
    const files = checkStore(this.ctx.layout);
    if (!files.sound) return files;
    const references = this.referenceProblems().map(describeStoreProblem);
    return { sound: references.length === 0, problems: references, checkedFiles: files.checkedFiles, filesSound: true };
  }

  /** References between records that point at nothing, and records that contradict each other. */
  referenceProblems(): StoreProblem[] {
    return storeReferenceProblems({ all: (c) => this.all(c), everyMeeting: (c) => this.everyMeeting(c) });
  }

  close(): void {
    if (this.closed) return;
    this.clearTimers();
    try {
      if (!this.readOnly && this.broken === undefined) this.compact();
    } finally {
      this.closed = true;
      this.journal?.close();
      this.lock?.release();
    }
  }

  // ---- used while opening --------------------------------------------------------------------------------

  /** Applies journal entries found on open. Changes are in memory only until the next compaction. */
  replay(ops: readonly Op[]): void {
    for (const op of ops) {
      const meetingId = meetingOf(op);
      if (meetingId !== undefined) this.partition(meetingId);
    }
    this.apply(ops);
  }

  /** After the core file came back from a backup: meeting files it does not know are moved aside, not lost. */
  setAsideOrphans(): string[] {
    const { layout } = this.ctx;
    const known = new Set(this.core.records('meetings').map((m) => meetingFileName(m.id)));
    for (const [meetingId, partition] of this.partitions) if (!partition.isEmpty(MEETING_COLLECTION_NAMES)) known.add(meetingFileName(meetingId));
    const moved: string[] = [];
    for (const rel of currentDataFiles(layout, { includeJournal: false })) {
      const name = rel.startsWith(`${MEETINGS_DIR}/`) ? rel.slice(MEETINGS_DIR.length + 1) : undefined;
      if (name === undefined || known.has(name)) continue;
      const kept = moveAside(layout, path.join(layout.meetingsDir, name), this.ctx.clock.now());
      if (kept !== undefined) moved.push(kept);
    }
    return moved;
  }

  /** Makes the routine backups and starts the timers: called once the store is ready. */
  start(): void {
    if (this.readOnly) return;
    this.makeBackup('open');
    if (this.settings.backupIntervalMs > 0 && Number.isFinite(this.settings.backupIntervalMs)) {
      this.backupTimer = setInterval(() => this.inBackground(() => this.makeBackup('interval')), this.settings.backupIntervalMs);
      this.backupTimer.unref();
    }
  }

  /**
   * Folds the journal into the files: dirty meeting files, then the core file, then a fresh journal. Replaying
   * the journal again is harmless (puts are whole records, deletes are by id), so a crash at any point is safe.
   * `force` starts a fresh journal even when nothing is pending (on open, to drop a torn last line).
   */
  compact(force = false): void {
    if (this.readOnly) return;
    const journal = this.journal;
    if (journal === undefined) return;
    const dirty = [...this.partitions.entries()].filter(([, p]) => p.dirty);
    const needed = force || dirty.length > 0 || this.core.dirty || journal.lines > 0 || journal.bytes > 0;
    if (!needed) return;
    try {
      const headers = new Set(this.core.records('meetings').map((m) => m.id));
      const gone: string[] = [];
      if (dirty.length > 0) ensureDir(this.ctx.layout.meetingsDir);
      for (const [meetingId, partition] of dirty) {
        // A deleted meeting's records went with it: its file is removed once the core file no longer names it.
        if (!headers.has(meetingId) && partition.isEmpty(MEETING_COLLECTION_NAMES)) gone.push(meetingId);
        else partition.write();
      }
      // Last, after the meeting files its headers point to.
      if (this.core.dirty) this.core.write();
      for (const meetingId of gone) {
        fs.rmSync(meetingFilePath(this.ctx.layout, meetingId), { force: true });
        const partition = this.partitions.get(meetingId);
        if (partition !== undefined) partition.dirty = false;
      }
      if (gone.length > 0) fsyncDir(this.ctx.layout.meetingsDir);
      journal.reset();
    } catch (error) {
      // The journal still holds every change, so nothing acknowledged is lost; new ones wait until this works again.
      this.broken = savingStoppedReason(error, this.dataDir);
      throw new StoreError('io', this.broken, { cause: error });
    }
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private notify(level: Notice['level'], message: string): void {
    this.ctx.notify(level, message);
  }

  private writable(): JournalWriter {
    if (this.closed) throw new StoreError('io', 'The data folder has been closed.');
    if (this.readOnly || this.journal === undefined) {
      throw new StoreError('read_only', this.ctx.readOnlyReason ?? 'This data folder is open read-only: nothing can be changed.');
    }
    if (this.broken !== undefined) {
      // Saving stopped (a full disk, a folder made read-only). Memory holds every acknowledged change and the journal
      // on disk holds those not yet in the files, so writing the files and a fresh journal again is as safe as the
      // first try: once it works (space freed), saving carries on; until then it throws the reason again.
      this.compact(true);
      this.broken = undefined;
    }
    return this.journal;
  }

  private newPartition(meetingId: string, data: MeetingFile): MeetingPartition {
    const file = meetingFilePath(this.ctx.layout, meetingId);
    return new Partition<MeetingCollection>(
      new DurableJsonAdapter<PartitionFile<MeetingCollection>>(file, (json) => decodeMeetingFile(json, file, meetingId)),
      data,
    );
  }

  private partition(meetingId: string): MeetingPartition {
    let partition = this.partitions.get(meetingId);
    if (partition === undefined) {
      const header = this.core.get('meetings', meetingId) as Meeting | undefined;
      const loaded = loadMeeting(this.ctx, meetingId, header === undefined ? undefined : labelOf(header));
      partition = this.newPartition(meetingId, loaded.data);
      partition.dirty = loaded.needsWrite;
      this.partitions.set(meetingId, partition);
    }
    return partition;
  }

  /** A record of a meeting collection needs its meeting: in the store already, or put earlier in the same commit. */
  private checkMeetingsExist(ops: readonly Op[]): void {
    const added = new Set<string>();
    const removed = new Set<string>();
    for (const op of ops) {
      if (op.collection === 'meetings') {
        if (op.type === 'put') {
          added.add(op.record.id);
          removed.delete(op.record.id);
        } else {
          removed.add(op.id);
          added.delete(op.id);
        }
        continue;
      }
      if (op.type !== 'put' || !isMeetingCollection(op.collection)) continue;
      const meetingId = meetingOf(op) ?? '';
      const exists = added.has(meetingId) || (!removed.has(meetingId) && this.core.get('meetings', meetingId) !== undefined);
      if (!exists) {
        throw new StoreError(
          'invalid_record',
          `Record "${op.record.id}" of ${op.collection} belongs to meeting "${meetingId}", which does not exist.`,
        );
      }
    }
  }

  private apply(ops: readonly Op[]): void {
    for (const op of ops) {
      if (isMeetingCollection(op.collection)) {
        const partition = this.partition(meetingOf(op) ?? '');
        if (op.type === 'put') partition.put(op.collection, op.record);
        else partition.delete(op.collection, op.id);
        continue;
      }
      const collection = op.collection as CoreCollection;
      if (op.type === 'put') {
        if (collection === 'meetings' && this.core.get('meetings', op.record.id) === undefined) this.newMeeting(op.record.id);
        this.core.put(collection, op.record);
      } else {
        this.core.delete(collection, op.id);
        if (collection === 'meetings') this.dropMeeting(op.id);
      }
    }
  }

  /** A new meeting gets its (empty) file at the next compaction, so that a missing file always means damage. */
  private newMeeting(meetingId: string): void {
    if (fs.existsSync(meetingFilePath(this.ctx.layout, meetingId))) return;
    // It may already be in memory, empty, from an earlier look-up of this id.
    const partition = this.partitions.get(meetingId) ?? this.newPartition(meetingId, emptyMeetingFile(meetingId));
    partition.dirty = true;
    this.partitions.set(meetingId, partition);
  }

  private dropMeeting(meetingId: string): void {
    let partition = this.partitions.get(meetingId);
    if (partition === undefined) {
      partition = this.newPartition(meetingId, emptyMeetingFile(meetingId));
      this.partitions.set(meetingId, partition);
    }
    partition.clear(MEETING_COLLECTION_NAMES);
    partition.dirty = true;
  }

  /**
   * Folds a long journal in straight after a commit. The commit is already durable in the journal, so a failure
   * here must not turn it into a refusal: the clerk is told, and the next change tries again.
   */
  private compactSafely(): void {
    this.clearIdleTimer();
    this.inBackground(() => this.compact());
  }

  private scheduleIdleCompaction(): void {
    if (this.idleTimer !== undefined) {
      this.idleTimer.refresh();
      return;
    }
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      this.inBackground(() => this.compact());
    }, this.settings.idleCompactMs);
    this.idleTimer.unref();
  }

  private makeBackup(reason: string): BackupInfo {
    this.compact();
    const { layout } = this.ctx;
    const files = [...currentDataFiles(layout, { includeJournal: false }), ...currentAttachmentFiles(layout)];
    const newest = listBackups(layout)[0];
    if (ROUTINE_BACKUPS.has(reason) && newest !== undefined && matchesCurrent(layout, newest, files)) return newest;
    const made = makeBackup(layout, this.ctx.clock, { reason, schemaVersion: SCHEMA_VERSION, files, damageIn });
    if (made.mirror !== undefined) {
      if (made.mirror.problem !== undefined && made.mirror.problem !== this.mirrorState?.problem) this.notify('warning', made.mirror.problem);
      this.mirrorState = made.mirror;
    }
    if (made.damaged.length > 0) this.repairDamaged(made.damaged.map((d) => d.rel));
    return { name: made.name, path: made.path, createdAt: made.createdAt, reason: made.reason };
  }

  /**
   * Live files found damaged while backing up (written into in place by another program): each is put right at
   * once, from memory where the store holds it, else from the newest good copy in the backups.
   */
  private repairDamaged(rels: readonly string[]): void {
    const byFile = new Map(this.core.records('meetings').map((m) => [meetingRelPath(m.id), m.id]));
    const rewritten: string[] = [];
    for (const rel of rels) {
      if (rel === CORE_FILE) {
        this.core.dirty = true;
        rewritten.push(rel);
      } else if (isAttachmentRel(rel)) {
        recoverBlob(this.ctx, path.posix.basename(rel));
      } else {
        const meetingId = byFile.get(rel);
        const loaded = meetingId === undefined ? undefined : this.partitions.get(meetingId);
        if (loaded !== undefined) {
          loaded.dirty = true;
          rewritten.push(rel);
        } else if (meetingId !== undefined) {
          // Not yet read: reading it now sets the damaged file aside and restores the newest good copy.
          this.partition(meetingId);
        }
      }
    }
    if (rewritten.length === 0) return;
    for (const rel of rewritten) keepCopy(this.ctx.layout, fromRel(this.dataDir, rel), this.ctx.clock.now());
    this.compact();
    this.notify(
      'warning',
      `Another program changed ${rewritten.join(', ')} in ${this.dataDir} so that it could no longer be read. ` +
        `Minute Book held the right contents and has written ${rewritten.length === 1 ? 'it' : 'them'} again; the damaged ` +
        `${rewritten.length === 1 ? 'file is' : 'files are'} kept in ${this.ctx.layout.corruptDir}.`,
    );
  }

  /** Timer work must never throw into the event loop; a failure becomes a notice the clerk can see. */
  private inBackground(work: () => void): void {
    if (this.closed) return;
    try {
      work();
    } catch (error) {
      const message = error instanceof StoreError ? error.message : `Background saving failed: ${describeIoError(error)}.`;
      // Said once, not again every half hour while the cause lasts.
      if (this.noticeList.at(-1)?.message !== message) this.notify('error', message);
    }
  }

  private clearIdleTimer(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  private clearTimers(): void {
    this.clearIdleTimer();
    if (this.backupTimer !== undefined) clearInterval(this.backupTimer);
    this.backupTimer = undefined;
  }
}

function labelOf(meeting: Meeting): string {
  return meeting.title === undefined ? `the meeting of ${meeting.date}` : `the meeting "${meeting.title}" of ${meeting.date}`;
}
