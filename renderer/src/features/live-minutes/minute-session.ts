import type { Minute } from '../../../../shared/model/minute';
import { draftWins, draftWriter, type DraftStore } from './draft-store';
import { createMinuteAutosave, type MinuteAutosave, type SaveFailure, type SaveState } from './minute-autosave';

/** How the meeting's minutes stand as a whole: the worst state of any item, and which items are behind. */
export type SessionState = {
  readonly kind: SaveState['kind'];
  /** The latest successful save of any item, ISO 8601. */
  readonly lastSavedAt: string | null;
  readonly failure: string | null;
  /** Items whose words are not yet with the backend. */
  readonly pendingItems: readonly string[];
};

export type MinuteSession = {
  /** The item's autosave, made on first use and kept for the whole visit so a save can finish after leaving it. */
  forItem(itemId: string): MinuteAutosave;
  /** Items whose draft on this computer was newer than the saved minute and was put back in the editor. */
  readonly restoredItems: readonly string[];
  state(): SessionState;
  subscribe(listener: () => void): () => void;
  flushAll(): Promise<SessionState>;
  dispose(): void;
};

export type SessionOptions = {
  readonly meetingId: string;
  readonly minutes: readonly Minute[];
  readonly drafts: DraftStore;
  readonly save: (itemId: string, text: string) => Promise<{ readonly updatedAt: string }>;
  readonly describeFailure: (thrown: unknown) => SaveFailure;
  /** Signed minutes: nothing is saved, and no draft is kept. */
  readonly readOnly: boolean;
  /** When a kept draft is written to storage; by default in the next task. The screen writes after the next paint. */
  readonly deferDraft?: (run: () => void) => void;
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
};

const RANK: Readonly<Record<SaveState['kind'], number>> = { saved: 0, saving: 1, unsaved: 2, failed: 3 };

export function createMinuteSession(options: SessionOptions): MinuteSession {
  const { meetingId, drafts } = options;
  const writer = draftWriter(drafts, options.deferDraft ?? ((run) => void setTimeout(run, 0)));
  const saved = new Map(options.minutes.map((m) => [m.itemId, m]));
  const autosaves = new Map<string, MinuteAutosave>();
  const listeners = new Set<() => void>();
  let snapshot: SessionState = { kind: 'saved', lastSavedAt: null, failure: null, pendingItems: [] };

  const recompute = (): void => {
    let kind: SaveState['kind'] = 'saved';
    let lastSavedAt: string | null = null;
    let failure: string | null = null;
    const pendingItems: string[] = [];
    for (const [itemId, autosave] of autosaves) {
      const s = autosave.state();
      if (RANK[s.kind] > RANK[kind]) kind = s.kind;
      if (s.kind === 'saved' && s.at !== null && (lastSavedAt === null || s.at > lastSavedAt)) lastSavedAt = s.at;
      if (s.kind === 'failed') failure = s.message;
      if (s.kind !== 'saved') pendingItems.push(itemId);
    }
    const same =
      kind === snapshot.kind &&
      lastSavedAt === snapshot.lastSavedAt &&
      failure === snapshot.failure &&
      pendingItems.join(' ') === snapshot.pendingItems.join(' ');
    // A new object only when something changed: subscribers re-render on identity, and typing changes nothing here.
    if (same) return;
    snapshot = { kind, lastSavedAt, failure, pendingItems };
    for (const listener of listeners) listener();
  };

  const make = (itemId: string): MinuteAutosave => {
    const minute = saved.get(itemId);
    const draft = options.readOnly ? null : drafts.read(meetingId, itemId);
    const restore = draftWins(draft, minute);
    const autosave = createMinuteAutosave({
      initialText: restore ? draft.text : (minute?.text ?? ''),
      savedText: minute?.text ?? '',
      savedAt: minute?.updatedAt ?? null,
      save: (text) => options.save(itemId, text),
      describeFailure: options.describeFailure,
      keepDraft: (text) => writer.keep(meetingId, itemId, text),
      dropDraft: () => writer.drop(meetingId, itemId),
      ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
      ...(options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs }),
    });
    autosave.subscribe(recompute);
    autosaves.set(itemId, autosave);
    // A restored draft is saved straight away: the backend should not stay behind this computer.
    if (restore && !options.readOnly) void autosave.flush();
    return autosave;
  };

  // Drafts are looked for up front, so the clerk is told about every item that got its words back, not only the
  // one on screen, and each is saved without waiting to be opened.
  const restoredItems: string[] = [];
  if (!options.readOnly) {
    const itemIds = new Set([...saved.keys()]);
    for (const itemId of drafts.itemsWithDrafts(meetingId)) itemIds.add(itemId);
    for (const itemId of itemIds) {
      const draft = drafts.read(meetingId, itemId);
      if (draftWins(draft, saved.get(itemId))) {
        restoredItems.push(itemId);
        make(itemId);
      } else if (draft !== null) {
        // The backend has these words already (a last save as the window closed) or newer ones: nothing to keep.
        drafts.clear(meetingId, itemId);
      }
    }
    recompute();
  }

  return {
    forItem: (itemId) => autosaves.get(itemId) ?? make(itemId),
    restoredItems,
    state: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flushAll() {
      // The drafts first and at once: this may be the page's last moment.
      writer.flush();
      await Promise.all([...autosaves.values()].map((a) => a.flush()));
      recompute();
      return snapshot;
    },
    dispose() {
      for (const autosave of autosaves.values()) autosave.dispose();
    },
  };
}
