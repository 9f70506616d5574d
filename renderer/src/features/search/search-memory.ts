/*
 * The last search, kept for the session so that Ctrl+K from another screen brings it back (selected, so typing
 * replaces it). Kept in memory only: the address holds it while the search screen is open.
 */
let last = '';

export const rememberSearch = (search: string): void => {
  last = search;
};

export const rememberedSearch = (): string => last;

/** Asks the open search screen to take focus again (Ctrl+K while it is already open). */
export const FOCUS_SEARCH_EVENT = 'minute-book:focus-search';
