/**
 * Saves one minute while the clerk types: a save after a pause in typing (debounced), at least every few seconds
 * during a long burst, one save in flight at a time so an older text never lands after a newer one, a retry
 * after a failure, and a draft on this computer until the backend has the words.
 */
export type SaveState =
  | { readonly kind: 'saved'; /** When the backend last saved it, ISO 8601; null if never. */ readonly at: string | null }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string; /** Signed minutes: retrying cannot help. */ readonly final: boolean };

export type SaveFailure = { readonly message: string; readonly final: boolean };

export type AutosaveOptions = {
  /** The text the editor starts with: the saved text, or a draft restored from this computer. */
  readonly initialText: string;
  /** What the backend holds now. */
  readonly savedText: string;
  readonly savedAt: string | null;
  readonly save: (text: string) => Promise<{ readonly updatedAt: string }>;
  readonly describeFailure: (thrown: unknown) => SaveFailure;
  readonly keepDraft: (text: string) => void;
  readonly dropDraft: () => void;
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
  readonly retryMs?: number;
};

export type MinuteAutosave = {
  readonly text: () => string;
  readonly state: () => SaveState;
  /** Called with the whole text on every change. Cheap: it only keeps the draft and restarts a timer. */
  edit(text: string): void;
  /** Saves now (Ctrl+S, leaving the item) and resolves once the backend has the latest words, or has refused. */
  flush(): Promise<SaveState>;
  /** The backend now holds `text`, written by another change (an approval minuted here): nothing to send for it. */
  acknowledge(text: string, at: string): void;
  subscribe(listener: () => void): () => void;
  /** Stops the timers. Whatever is unsaved stays in the draft. */
  dispose(): void;
};

export function createMinuteAutosave(options: AutosaveOptions): MinuteAutosave {
  const { delayMs = 800, maxWaitMs = 5000, retryMs = 5000 } = options;
  let current = options.initialText;
  let saved = options.savedText;
  let savedAt = options.savedAt;
  let state: SaveState = current === saved ? { kind: 'saved', at: savedAt } : { kind: 'unsaved' };
  let inFlight: Promise<void> | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let maxWait: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const listeners = new Set<() => void>();

  const setState = (next: SaveState): void => {
    state = next;
    for (const listener of listeners) listener();
  };
  const clearTimers = (): void => {
    clearTimeout(debounce);
    clearTimeout(maxWait);
    debounce = undefined;
    maxWait = undefined;
  };
  const schedule = (delay: number): void => {
    if (disposed) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void run(), delay);
    maxWait ??= setTimeout(() => void run(), maxWaitMs);
  };

  /** One save at a time; when it lands and the text has moved on, the next one follows at once. */
  const run = (): Promise<void> => {
    clearTimers();
    if (inFlight !== null) return inFlight;
    if (current === saved) {
      // Typed back to what was saved: nothing to send.
      if (state.kind !== 'saved') {
        options.dropDraft();
        setState({ kind: 'saved', at: savedAt });
      }
      return Promise.resolve();
    }
    const sending = current;
    setState({ kind: 'saving' });
    inFlight = options.save(sending).then(
      (result) => {
        saved = sending;
        savedAt = result.updatedAt;
        inFlight = null;
        if (current === saved) {
          options.dropDraft();
          setState({ kind: 'saved', at: result.updatedAt });
          return undefined;
        }
        setState({ kind: 'unsaved' });
        return run();
      },
      (thrown: unknown) => {
        inFlight = null;
        const failure = options.describeFailure(thrown);
        setState({ kind: 'failed', message: failure.message, final: failure.final });
        if (!failure.final) schedule(retryMs);
        return undefined;
      },
    );
    return inFlight;
  };

  return {
    text: () => current,
    state: () => state,
    edit(text) {
      if (text === current) return;
      current = text;
      options.keepDraft(text);
      if (state.kind === 'failed' && state.final) return;
      if (state.kind === 'saved') setState({ kind: 'unsaved' });
      schedule(delayMs);
    },
    async flush() {
      // Runs until the latest words are saved or refused: a save in flight may be followed by one more. It works
      // after dispose too, so leaving the screen still saves what was typed last.
      for (;;) {
        await run();
        if (inFlight === null && (current === saved || state.kind === 'failed')) return state;
      }
    },
    acknowledge(text, at) {
      saved = text;
      savedAt = at;
      if (current === saved && inFlight === null) {
        clearTimers();
        options.dropDraft();
        setState({ kind: 'saved', at });
      } else if (state.kind === 'saved') {
        setState({ kind: 'unsaved' });
        schedule(delayMs);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}
