/** Where the browser-mode token is kept, so a reload of the tab keeps working after it leaves the address bar. */
export const TOKEN_STORAGE_KEY = 'minute-book.token';

export type TokenScope = {
  readonly location: Pick<Location, 'href'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
};

/**
 * Takes the per-run token that `minute-book serve` put in the address (`?token=...`), keeps it for this tab and
 * removes it from the address bar so it is not bookmarked, shared or left in the tab's history. Later loads (a
 * reload of the tab) read it back. Called once, synchronously, before the first call (api/boot.ts).
 *
 * Why this rather than an HttpOnly SameSite=Strict cookie: cookies on 127.0.0.1 are shared by every port, so two
 * `serve` runs at once would overwrite each other's, and the first address (which the browser records in its list
 * of visited sites before any script runs) would hold the token either way. The token dies with its run.
 */
export function takeToken(scope: TokenScope): string | null {
  const url = new URL(scope.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    remember(scope, fromUrl);
    url.searchParams.delete('token');
    scope.history.replaceState(scope.history.state, '', url.href);
    return fromUrl;
  }
  return recall(scope);
}

// Storage can be refused (privacy settings); then the token lives only as long as the page.
function remember(scope: TokenScope, token: string): void {
  try {
    scope.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    /* kept in memory only */
  }
}

function recall(scope: TokenScope): string | null {
  try {
    return scope.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
