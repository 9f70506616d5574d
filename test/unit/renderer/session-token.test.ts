import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, takeToken } from '../../../renderer/src/api/session-token';
import type { TokenScope } from '../../../renderer/src/api/session-token';

type FakeScope = TokenScope & { readonly stored: Map<string, string>; readonly address: () => string };

function scope(href: string, stored = new Map<string, string>(), refuseStorage = false): FakeScope {
  let address = href;
  return {
    stored,
    address: () => address,
    location: {
      get href() {
        return address;
      },
    },
    history: { state: null, replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => (address = String(url)) },
    sessionStorage: {
      getItem: (key) => {
        if (refuseStorage) throw new Error('denied');
        return stored.get(key) ?? null;
      },
      setItem: (key, value) => {
        if (refuseStorage) throw new Error('denied');
        stored.set(key, value);
      },
    },
  };
}

describe('the browser-mode token', () => {
  it('takes the token from the address, keeps it for the tab and removes it from the address bar', () => {
    const page = scope('http://127.0.0.1:4000/?token=abc123#/boards/b1');
    expect(takeToken(page)).toBe('abc123');
    expect(page.stored.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(page.address()).toBe('http://127.0.0.1:4000/#/boards/b1');
  });

  it('keeps other query parameters', () => {
    const page = scope('http://127.0.0.1:4000/?lang=en&token=abc');
    takeToken(page);
    expect(page.address()).toBe('http://127.0.0.1:4000/?lang=en');
  });

  it('reads the kept token back after a reload', () => {
    const page = scope('http://127.0.0.1:4000/#/boards', new Map([[TOKEN_STORAGE_KEY, 'kept']]));
    expect(takeToken(page)).toBe('kept');
  });

  it('still works for this page when storage is refused', () => {
    expect(takeToken(scope('http://127.0.0.1:4000/?token=t', new Map(), true))).toBe('t');
    expect(takeToken(scope('http://127.0.0.1:4000/', new Map(), true))).toBeNull();
  });
});
