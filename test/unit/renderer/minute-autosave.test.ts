import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMinuteAutosave, type AutosaveOptions } from '../../../renderer/src/features/live-minutes/minute-autosave';

type Pending = { text: string; resolve: () => void; reject: (error: Error) => void };

function harness(overrides: Partial<AutosaveOptions> = {}) {
  const sent: Pending[] = [];
  const drafts: (string | null)[] = [];
  let clock = 0;
  const autosave = createMinuteAutosave({
    initialText: '',
    savedText: '',
    savedAt: null,
    save: (text) =>
      new Promise((resolve, reject) => {
        sent.push({ text, resolve: () => resolve({ updatedAt: `2025-06-10T14:00:0${(clock += 1)}.000Z` }), reject });
      }),
    describeFailure: (thrown) => ({
      message: thrown instanceof Error ? thrown.message : 'failed',
      final: thrown instanceof Error && thrown.message === 'locked',
    }),
    keepDraft: (text) => drafts.push(text),
    dropDraft: () => drafts.push(null),
    delayMs: 800,
    maxWaitMs: 5000,
    retryMs: 5000,
    ...overrides,
  });
  return { autosave, sent, drafts };
}

describe('autosaving a minute', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a draft at every change and saves once after a pause in typing', async () => {
    const { autosave, sent, drafts } = harness();
    autosave.edit('T');
    autosave.edit('Th');
    autosave.edit('The');
    expect(drafts).toEqual(['T', 'Th', 'The']);
    expect(autosave.state().kind).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(799);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((s) => s.text)).toEqual(['The']);
    expect(autosave.state().kind).toBe('saving');
    sent[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state()).toEqual({ kind: 'saved', at: '2025-06-10T14:00:01.000Z' });
    expect(drafts.at(-1)).toBeNull();
  });

  it('saves at least every few seconds during a long burst of typing', async () => {
    const { autosave, sent } = harness();
    for (let i = 1; i <= 30; i += 1) {
      autosave.edit('x'.repeat(i));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(sent.length).toBeGreaterThanOrEqual(1);
  });

  it('never lets an older text land after a newer one: one save in flight, then the latest', async () => {
    const { autosave, sent } = harness();
    autosave.edit('first');
    const flushed = autosave.flush();
    autosave.edit('first and second');
    expect(sent.map((s) => s.text)).toEqual(['first']);
    sent[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.text)).toEqual(['first', 'first and second']);
    sent[1]?.resolve();
    expect(await flushed).toMatchObject({ kind: 'saved' });
  });

  it('keeps the draft and tries again after a failure; a refusal for signed minutes is final', async () => {
    const { autosave, sent, drafts } = harness();
    autosave.edit('words');
    const first = autosave.flush();
    sent[0]?.reject(new Error('cannot reach the server'));
    expect(await first).toEqual({ kind: 'failed', message: 'cannot reach the server', final: false });
    expect(drafts).not.toContain(null);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(2);
    sent[1]?.reject(new Error('locked'));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state()).toMatchObject({ kind: 'failed', final: true });
    autosave.edit('more words');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(2);
  });

  it('has nothing to save when the text is typed back to what was saved', async () => {
    const { autosave, sent, drafts } = harness({ initialText: 'Saved', savedText: 'Saved', savedAt: '2025-06-10T13:00:00.000Z' });
    autosave.edit('Saved!');
    autosave.edit('Saved');
    expect(await autosave.flush()).toEqual({ kind: 'saved', at: '2025-06-10T13:00:00.000Z' });
    expect(sent).toHaveLength(0);
    expect(drafts.at(-1)).toBeNull();
  });

  it('still saves on flush after it was disposed, so leaving the screen loses nothing', async () => {
    const { autosave, sent } = harness();
    autosave.edit('last words');
    autosave.dispose();
    const flushed = autosave.flush();
    sent[0]?.resolve();
    expect(await flushed).toMatchObject({ kind: 'saved' });
  });

  it('sends nothing for words the backend wrote itself, once the editor shows them too', async () => {
    const { autosave, sent } = harness({ initialText: 'Minutes approved.', savedText: 'Minutes approved.' });
    autosave.acknowledge('Minutes approved.\n\nSigned by the chair.', '2025-07-15T15:00:00.000Z');
    autosave.edit('Minutes approved.\n\nSigned by the chair.');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);
    expect(autosave.state()).toEqual({ kind: 'saved', at: '2025-07-15T15:00:00.000Z' });
  });

  it('still saves what the clerk typed meanwhile, with the backend’s words after it', async () => {
    const { autosave, sent } = harness({ initialText: '', savedText: '' });
    autosave.edit('Typed before the approval.');
    autosave.acknowledge('Signed by the chair.', '2025-07-15T15:00:00.000Z');
    autosave.edit('Typed before the approval.\n\nSigned by the chair.');
    await vi.advanceTimersByTimeAsync(800);
    expect(sent.map((s) => s.text)).toEqual(['Typed before the approval.\n\nSigned by the chair.']);
  });
});
