/**
 * The words of a minute kept on this computer (localStorage) from the moment they are typed until the backend has
 * them, so a crash, a reload or a lost connection never costs a word.
 */
export type Draft = { readonly text: string; /** When it was typed, ISO 8601. */ readonly at: string };

export type DraftStore = {
  read(meetingId: string, itemId: string): Draft | null;
  write(meetingId: string, itemId: string, text: string): void;
  clear(meetingId: string, itemId: string): void;
  /** Items of the meeting that have a draft kept. */
  itemsWithDrafts(meetingId: string): string[];
};

const PREFIX = 'minute-book.draft';
const keyOf = (meetingId: string, itemId: string): string => `${PREFIX}:${meetingId}:${itemId}`;

function isDraft(value: unknown): value is Draft {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'text') === 'string' && typeof Reflect.get(value, 'at') === 'string'
  );
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Drafts in `storage`. Storage can be full or refused (privacy settings): then drafts are simply not kept, and the
 * debounced save to the backend is the only copy, as it would be without this safety net.
 */
export function draftStore(storage: KeyValueStorage | null, now: () => string = () => new Date().toISOString()): DraftStore {
  return {
    read(meetingId, itemId) {
      try {
        const raw = storage?.getItem(keyOf(meetingId, itemId));
        if (raw === null || raw === undefined) return null;
        const parsed: unknown = JSON.parse(raw);
        return isDraft(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(meetingId, itemId, text) {
      try {
        storage?.setItem(keyOf(meetingId, itemId), JSON.stringify({ text, at: now() } satisfies Draft));
      } catch {
        /* not kept: see above */
      }
    },
    clear(meetingId, itemId) {
      try {
        storage?.removeItem(keyOf(meetingId, itemId));
      } catch {
        /* nothing to clear */
      }
    },
    itemsWithDrafts(meetingId) {
      const prefix = keyOf(meetingId, '');
      const found: string[] = [];
      try {
        for (let i = 0; i < (storage?.length ?? 0); i += 1) {
          const key = storage?.key(i);
          if (key?.startsWith(prefix)) found.push(key.slice(prefix.length));
        }
      } catch {
        /* storage refused: no drafts */
      }
      return found;
    },
  };
}

/** The browser's localStorage, or null where it is refused. */
export function localDraftStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Whether a draft found on start should replace the saved minute: it differs from it and was typed after the
 * backend last saved it (a draft older than the saved text was overtaken, say by another window).
 */
export function draftWins(draft: Draft | null, saved: { readonly text: string; readonly updatedAt: string } | undefined): draft is Draft {
  if (draft === null) return false;
  if (saved === undefined) return draft.text.trim() !== '';
  return draft.text !== saved.text && Date.parse(draft.at) > Date.parse(saved.updatedAt);
}

export type DraftWriter = {
  /** Keeps the words; the write itself happens once the keystroke's frame is painted, one write for a burst. */
  keep(meetingId: string, itemId: string, text: string): void;
  /** Forgets the item's draft, and any write still waiting for it. */
  drop(meetingId: string, itemId: string): void;
  /** Writes every waiting draft now: before the page goes, or before trusting the store. */
  flush(): void;
};

/**
 * Draft writes taken off the keystroke's path: a write (JSON and localStorage, a fraction of a millisecond but on
 * every key) waits until `defer` runs it, normally just after the next paint. Keystrokes meanwhile replace the
 * waiting text, so a fast typist costs one write per frame at most. The words wait in memory for one frame at most.
 */
export function draftWriter(store: DraftStore, defer: (run: () => void) => void): DraftWriter {
  const waiting = new Map<string, { meetingId: string; itemId: string; text: string }>();
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    for (const { meetingId, itemId, text } of waiting.values()) store.write(meetingId, itemId, text);
    waiting.clear();
  };
  return {
    keep(meetingId, itemId, text) {
      waiting.set(`${meetingId}:${itemId}`, { meetingId, itemId, text });
      if (scheduled) return;
      scheduled = true;
      defer(() => {
        if (scheduled) flush();
      });
    },
    drop(meetingId, itemId) {
      waiting.delete(`${meetingId}:${itemId}`);
      store.clear(meetingId, itemId);
    },
    flush,
  };
}

/** Runs `run` in a task just after the next frame is painted, so it never delays that paint. */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}
