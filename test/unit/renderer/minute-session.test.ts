import { describe, expect, it } from 'vitest';
import type { Minute } from '../../../shared/model/minute';
import { draftStore, draftWins, draftWriter, type KeyValueStorage } from '../../../renderer/src/features/live-minutes/draft-store';
import { createMinuteSession } from '../../../renderer/src/features/live-minutes/minute-session';

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const minute = (itemId: string, text: string, updatedAt: string): Minute => ({
  id: `min-${itemId}`,
  meetingId: 'm1',
  itemId,
  text,
  createdAt: updatedAt,
  updatedAt,
});

describe('drafts kept on this computer', () => {
  it('wins over the saved minute only when it is newer and different', () => {
    const saved = { text: 'Saved', updatedAt: '2025-06-10T14:00:00.000Z' };
    expect(draftWins({ text: 'Saved and more', at: '2025-06-10T14:00:05.000Z' }, saved)).toBe(true);
    expect(draftWins({ text: 'Older words', at: '2025-06-10T13:59:00.000Z' }, saved)).toBe(false);
    expect(draftWins({ text: 'Saved', at: '2025-06-10T14:00:05.000Z' }, saved)).toBe(false);
    expect(draftWins({ text: 'Never saved', at: '2025-06-10T14:00:05.000Z' }, undefined)).toBe(true);
    expect(draftWins(null, saved)).toBe(false);
  });

  it('survives storage that refuses to work', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    };
    const store = draftStore(refusing);
    expect(() => store.write('m1', 'i1', 'text')).not.toThrow();
    expect(store.read('m1', 'i1')).toBeNull();
  });
});

describe('the minutes of a meeting as a session', () => {
  it('puts back a newer draft found on start, says which items, and saves it straight away', async () => {
    const storage = memoryStorage();
    const drafts = draftStore(storage, () => '2025-06-10T14:10:00.000Z');
    drafts.write('m1', 'i1', 'Words typed before the crash');
    drafts.write('m1', 'i3', 'A new minute never saved');
    drafts.write('other', 'i1', 'Another meeting');
    const saves: [string, string][] = [];
    const session = createMinuteSession({
      meetingId: 'm1',
      minutes: [minute('i1', 'Words typed', '2025-06-10T14:05:00.000Z'), minute('i2', 'Untouched', '2025-06-10T14:05:00.000Z')],
      drafts,
      save: (itemId, text) => {
        saves.push([itemId, text]);
        return Promise.resolve({ updatedAt: '2025-06-10T14:11:00.000Z' });
      },
      describeFailure: () => ({ message: 'failed', final: false }),
      readOnly: false,
    });
    expect(session.restoredItems.toSorted()).toEqual(['i1', 'i3']);
    expect(session.forItem('i1').text()).toBe('Words typed before the crash');
    expect(session.forItem('i2').text()).toBe('Untouched');
    const state = await session.flushAll();
    expect(saves.toSorted()).toEqual([
      ['i1', 'Words typed before the crash'],
      ['i3', 'A new minute never saved'],
    ]);
    expect(state).toMatchObject({ kind: 'saved', pendingItems: [], lastSavedAt: '2025-06-10T14:11:00.000Z' });
    expect(drafts.itemsWithDrafts('m1')).toEqual([]);
    session.dispose();
  });

  it('keeps no drafts and restores none for signed minutes', () => {
    const drafts = draftStore(memoryStorage());
    drafts.write('m1', 'i1', 'Stale words');
    const session = createMinuteSession({
      meetingId: 'm1',
      minutes: [minute('i1', 'Signed words', '2025-01-01T00:00:00.000Z')],
      drafts,
      save: () => Promise.reject(new Error('locked')),
      describeFailure: () => ({ message: 'locked', final: true }),
      readOnly: true,
    });
    expect(session.restoredItems).toEqual([]);
    expect(session.forItem('i1').text()).toBe('Signed words');
  });
});

describe('stale drafts', () => {
  it('are dropped when the backend already has those words or newer ones', () => {
    const drafts = draftStore(memoryStorage(), () => '2025-06-10T14:00:00.000Z');
    drafts.write('m1', 'i1', 'Saved as the window closed');
    drafts.write('m1', 'i2', 'Overtaken by a later save');
    const session = createMinuteSession({
      meetingId: 'm1',
      minutes: [minute('i1', 'Saved as the window closed', '2025-06-10T14:00:01.000Z'), minute('i2', 'Newer words', '2025-06-10T14:05:00.000Z')],
      drafts,
      save: () => Promise.resolve({ updatedAt: '2025-06-10T14:06:00.000Z' }),
      describeFailure: () => ({ message: 'failed', final: false }),
      readOnly: false,
    });
    expect(session.restoredItems).toEqual([]);
    expect(drafts.itemsWithDrafts('m1')).toEqual([]);
    expect(session.forItem('i2').text()).toBe('Newer words');
  });
});

describe('writing drafts off the keystroke’s path', () => {
  it('writes one draft for a burst of keystrokes, when the deferred moment comes', () => {
    const storage = memoryStorage();
    const writes: string[] = [];
    const counting: KeyValueStorage = {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        writes.push(value);
        storage.setItem(key, value);
      },
      removeItem: (key) => storage.removeItem(key),
      key: (index) => storage.key(index),
      length: 0,
    };
    const store = draftStore(counting);
    const waiting: (() => void)[] = [];
    const writer = draftWriter(store, (run) => void waiting.push(run));
    writer.keep('m1', 'i1', 'W');
    writer.keep('m1', 'i1', 'Wo');
    writer.keep('m1', 'i1', 'Words');
    expect(writes).toEqual([]);
    waiting.forEach((run) => run());
    expect(writes.map((w) => (JSON.parse(w) as { text: string }).text)).toEqual(['Words']);
  });

  it('forgets a waiting draft once the words are saved, and writes everything at once when asked', () => {
    const drafts = draftStore(memoryStorage());
    const waiting: (() => void)[] = [];
    const writer = draftWriter(drafts, (run) => void waiting.push(run));
    writer.keep('m1', 'i1', 'Saved already');
    writer.drop('m1', 'i1');
    waiting.forEach((run) => run());
    expect(drafts.read('m1', 'i1')).toBeNull();
    writer.keep('m1', 'i2', 'Last words');
    writer.flush();
    expect(drafts.read('m1', 'i2')?.text).toBe('Last words');
  });
});
