import type { SearchIndexState } from '../../../shared/api/search';
import { ownerLabel } from '../../../shared/domain/actions';
import type { Action } from '../../../shared/model';
import type { Op, Repository } from '../store';
import {
  documentFor,
  documentId,
  isSearchedCollection,
  meetingDocuments,
  SEARCHED_COLLECTIONS,
  searchedRecord,
  type OwnerName,
} from './search-documents';
import { SearchIndex, type IndexQuery, type IndexResults } from './search-index';

/** How long one slice of background indexing may hold the process before it lets other work (a request) in. */
export const DEFAULT_SLICE_MS = 8;
/** The build starts once the app has been quiet this long after the folder opens: the first screens come first. */
export const DEFAULT_IDLE_MS = 500;
/** After each request the build waits this long, so a screen's next requests are not kept waiting behind it. */
export const DEFAULT_BACKOFF_MS = 300;
/** However busy the app, the build takes a slice at least this often, so it always finishes. */
const STARVATION_MS = 2_000;
/** A commit that changes more records than this in one meeting has that meeting indexed again as a whole. */
const BULK_CHANGE = 100;

export type SearchServiceOptions = {
  readonly sliceMs?: number;
  /** Quiet wanted after opening before the build starts. */
  readonly idleMs?: number;
  /** Quiet wanted after a request before the build goes on. */
  readonly backoffMs?: number;
  /**
   * 'background' (the app): built in slices after opening; until done, searches answer from what is indexed so far.
   * 'on-demand' (one-off commands): nothing is built until the first search, which builds it all at once.
   */
  readonly build?: 'background' | 'on-demand';
};

/**
 * The search index of one open data folder. It is built after the folder opens, in the background, in slices of a
 * few milliseconds (newest meetings first), and only while the app is quiet: it starts once nothing has been asked
 * for a moment after opening, and stands back for a few hundred milliseconds after every request (the backend tells
 * it of each through `noteActivity`), so the screens a clerk opens never wait for it. After that each commit keeps
 * it right by re-indexing only the records the commit changed.
 */
export class SearchService {
  private readonly index = new SearchIndex();
  private readonly sliceMs: number;
  private readonly idleMs: number;
  private readonly backoffMs: number;
  private readonly background: boolean;
  /** When the build may next take a slice (performance.now() time). */
  private quietFrom = 0;
  private lastSlice = 0;
  /** Meetings waiting for the background build, newest first. */
  private queue: string[] = [];
  private readonly queued = new Set<string>();
  /** Meetings whose documents are in the index and kept up to date record by record. */
  private readonly indexed = new Set<string>();
  /** Changes to indexed meetings since the last flush: applied before the next query or in the next slice. */
  private pending: Op[] = [];
  private readonly renamedPeople = new Set<string>();
  private started = false;
  private stopped = false;
  /** The next slice or the next look at whether the app is quiet, once scheduled. */
  private timer: { cancel(): void } | undefined;
  /** Meetings that moved board or date since the last flush: indexed again, whole, in their new place. */
  private readonly moved = new Set<string>();
  private waiters: (() => void)[] = [];

  constructor(
    private readonly repo: Repository,
    options: SearchServiceOptions = {},
  ) {
    this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.background = (options.build ?? 'background') === 'background';
  }

  /** Queues every meeting and starts building in the background. Returns at once. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.quietFrom = performance.now() + this.idleMs;
    this.lastSlice = performance.now();
    const meetings = [...this.repo.all('meetings')].sort((a, b) => `${b.date} ${b.startTime}`.localeCompare(`${a.date} ${a.startTime}`));
    for (const meeting of meetings) if (!this.indexed.has(meeting.id)) this.enqueue(meeting.id);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** A request has arrived or been answered: the build stands back for a moment. Cheap. */
  noteActivity(): void {
    this.quietFrom = Math.max(this.quietFrom, performance.now() + this.backoffMs);
  }

  state(): SearchIndexState {
    const totalMeetings = this.repo.all('meetings').length;
    return { ready: this.started && this.queue.length === 0, indexedMeetings: Math.max(0, totalMeetings - this.queue.length), totalMeetings };
  }

  /** Builds whatever is left, now: for tests, benchmarks and one-off commands that cannot wait. */
  buildNow(): void {
    if (!this.started) this.start();
    this.flush();
    while (this.queue.length > 0) this.indexNext();
    this.settle();
  }

  /** Resolves once the background build has finished. */
  whenReady(): Promise<void> {
    if (this.started && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Best matches first; `total` counts every match. Changes committed so far are always included. */
  search(query: IndexQuery, limit: number): IndexResults {
    if (!this.background && this.queue.length > 0) this.buildNow();
    this.flush();
    return this.index.search(query, limit);
  }

  /** Told of every commit, after it is durable. Cheap: the work waits for the next query or slice. */
  onCommit(ops: readonly Op[]): void {
    const perMeeting = new Map<string, number>();
    for (const op of ops) {
      if (op.collection === 'meetings') {
        this.meetingChanged(op);
        continue;
      }
      if (op.collection === 'people') {
        if (op.type === 'put') this.renamedPeople.add(op.record.id);
        continue;
      }
      const meetingId = searchedMeeting(op);
      if (meetingId === undefined || !this.indexed.has(meetingId)) continue;
      perMeeting.set(meetingId, (perMeeting.get(meetingId) ?? 0) + 1);
      this.pending.push(op);
    }
    // An import of a whole meeting is quicker indexed afresh, in the background, than record by record now.
    for (const [meetingId, count] of perMeeting) {
      if (count <= BULK_CHANGE) continue;
      this.indexed.delete(meetingId);
      this.pending = this.pending.filter((op) => searchedMeeting(op) !== meetingId);
      this.enqueue(meetingId, true);
    }
    this.schedule();
  }

  // ---- internals -------------------------------------------------------------------------------------------

  private meetingChanged(op: Op): void {
    if (op.type === 'delete') {
      this.index.removeMeeting(op.id);
      this.indexed.delete(op.id);
      this.moved.delete(op.id);
      this.dequeue(op.id);
      return;
    }
    if (op.collection !== 'meetings') return;
    const meeting = op.record;
    if (this.indexed.has(meeting.id)) {
      if (!this.index.placedAt(meeting.id, meeting.boardId, meeting.date)) this.moved.add(meeting.id);
    }
    // A new meeting: its records, if any, arrive in this commit or later ones, and are indexed one by one.
    else if (!this.queued.has(meeting.id)) this.indexed.add(meeting.id);
  }

  private enqueue(meetingId: string, first = false): void {
    if (this.queued.has(meetingId)) return;
    this.queued.add(meetingId);
    if (first) this.queue.unshift(meetingId);
    else this.queue.push(meetingId);
  }

  private dequeue(meetingId: string): void {
    if (!this.queued.delete(meetingId)) return;
    this.queue = this.queue.filter((id) => id !== meetingId);
  }

  private cancelTimer(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.stopped || !this.started || !this.background || this.timer !== undefined) return;
    if (this.queue.length === 0 && this.pending.length === 0 && this.renamedPeople.size === 0 && this.moved.size === 0) return;
    const now = performance.now();
    const wait = Math.min(this.quietFrom - now, this.lastSlice + STARVATION_MS - now);
    // Quiet: the next slice as soon as whatever is waiting has run. Busy: look again when the quiet is due.
    // The slice's immediate is not unref'd: Node runs an unref'd immediate only when something else wakes the event
    // loop, so the build would crawl along at the pace of requests and timers (a ten-year store took five minutes
    // instead of ten seconds). A process keeps going while slices are due, until it is closed; the wait for quiet is
    // unref'd, so a command that has finished is never kept alive by the build.
    if (wait <= 0) {
      const handle = setImmediate(() => this.slice());
      this.timer = { cancel: () => clearImmediate(handle) };
    } else {
      const handle = setTimeout(() => this.wake(), wait).unref();
      this.timer = { cancel: () => clearTimeout(handle) };
    }
  }

  /** The quiet that was due: unless a request pushed it back meanwhile, take a slice. */
  private wake(): void {
    this.timer = undefined;
    this.schedule();
  }

  private slice(): void {
    this.timer = undefined;
    if (this.stopped) return;
    const started = performance.now();
    this.lastSlice = started;
    this.flush();
    // At least one meeting per slice, however short the slices, so the build always moves on.
    do this.indexNext();
    while (this.queue.length > 0 && performance.now() - started < this.sliceMs);
    this.settle();
    this.schedule();
  }

  private settle(): void {
    if (this.queue.length > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private indexNext(): void {
    const meetingId = this.queue.shift();
    if (meetingId === undefined) return;
    this.queued.delete(meetingId);
    this.indexMeeting(meetingId);
  }

  private indexMeeting(meetingId: string): void {
    const meeting = this.repo.get('meetings', meetingId);
    if (meeting === undefined) return;
    this.indexed.add(meetingId);
    try {
      this.index.putMeeting(
        meetingId,
        meetingDocuments(this.repo.meeting(meetingId), { boardId: meeting.boardId, meetingDate: meeting.date, ownerName: this.ownerName }),
      );
    } catch {
      // A meeting file that cannot be read is reported by the store when it is opened for real; search goes on.
      this.index.removeMeeting(meetingId);
    }
  }

  private flush(): void {
    for (const meetingId of this.moved) this.indexMeeting(meetingId);
    this.moved.clear();
    const ops = this.pending;
    this.pending = [];
    for (const op of ops) {
      if (op.type === 'delete') {
        if (isSearchedCollection(op.collection)) this.index.remove(documentId(SEARCHED_COLLECTIONS[op.collection], op.id));
        continue;
      }
      const change = searchedRecord(op);
      if (change === undefined) continue;
      const { meetingId, id } = change.record;
      const meeting = this.repo.get('meetings', meetingId);
      if (meeting === undefined || !this.indexed.has(meetingId)) continue;
      const doc = documentFor(change, { boardId: meeting.boardId, meetingDate: meeting.date, ownerName: this.ownerName });
      if (doc === undefined) this.index.remove(documentId(SEARCHED_COLLECTIONS[change.collection], id));
      else this.index.put(doc);
    }
    if (this.renamedPeople.size > 0) this.reindexOwners();
  }

  /** A person's name is searchable in the actions they own: after a rename, those actions are indexed again. */
  private reindexOwners(): void {
    const people = new Set(this.renamedPeople);
    this.renamedPeople.clear();
    for (const entry of this.index.find('action', (e) => e.ownerPersonId !== undefined && people.has(e.ownerPersonId))) {
      const action = this.repo.meeting(entry.meetingId).actions.find((a) => a.id === entry.recordId);
      if (action === undefined) continue;
      const doc = documentFor(
        { collection: 'actions', record: action },
        { boardId: entry.boardId, meetingDate: entry.meetingDate, ownerName: this.ownerName },
      );
      if (doc !== undefined) this.index.put(doc);
    }
  }

  private readonly ownerName: OwnerName = (owner: Action['owner']) =>
    owner.kind === 'person' ? (this.repo.get('people', owner.personId)?.name ?? '') : ownerLabel(owner, new Map());
}

/** The meeting whose searched records an op changes, if it changes any. */
function searchedMeeting(op: Op): string | undefined {
  if (op.type === 'delete') return isSearchedCollection(op.collection) ? op.meetingId : undefined;
  return searchedRecord(op)?.record.meetingId;
}
