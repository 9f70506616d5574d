import type { SearchHit, SearchKind, SearchResults } from '../../../../shared/api/search';
import { SEARCH_KINDS } from '../../../../shared/api/search';
import { hrefFor } from '../../routing/routes';

/** What the clerk asked for: the words, and optionally one board and one kind of record. */
export type SearchForm = {
  readonly text: string;
  /** '' for every board. */
  readonly boardId: string;
  /** '' for every kind. */
  readonly kind: SearchKind | '';
};

export const EMPTY_SEARCH: SearchForm = { text: '', boardId: '', kind: '' };

/** What a result is, as the start of its link: "Minutes: Hospital discharge". */
export const KIND_WORDS: Readonly<Record<SearchKind, string>> = {
  minute: 'Minutes',
  item: 'Agenda item',
  resolution: 'Decision',
  action: 'Action',
};

export const KIND_CHOICES: readonly { value: SearchKind | ''; label: string }[] = [
  { value: '', label: 'Everything' },
  { value: 'minute', label: 'Minutes' },
  { value: 'item', label: 'Agenda items' },
  { value: 'resolution', label: 'Decisions' },
  { value: 'action', label: 'Actions' },
];

const isKind = (value: string | null): value is SearchKind => SEARCH_KINDS.some((k) => k === value);

export function parseSearchForm(search: string): SearchForm {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  return { text: params.get('q') ?? '', boardId: params.get('board') ?? '', kind: isKind(kind) ? kind : '' };
}

export function searchFormSearch(form: SearchForm): string {
  const params = new URLSearchParams();
  if (form.text !== '') params.set('q', form.text);
  if (form.boardId !== '') params.set('board', form.boardId);
  if (form.kind !== '') params.set('kind', form.kind);
  return params.toString();
}

/**
 * Where a result opens: a minute at its item on the live minutes screen, an item or decision at the item on its
 * meeting's agenda, an action in the tracker (whatever its status).
 */
export function hitHref(hit: SearchHit): string {
  const { target } = hit;
  if (target.screen === 'actions') {
    return hrefFor({ name: 'actions', search: new URLSearchParams({ board: target.boardId, status: 'all', action: target.actionId }).toString() });
  }
  if (target.screen === 'live-minutes') return hrefFor({ name: 'live-minutes', meetingId: target.meetingId, itemId: target.itemId });
  return hrefFor({ name: 'meeting', meetingId: target.meetingId, ...(target.itemId === undefined ? {} : { itemId: target.itemId }) });
}

/**
 * The result count in words, with what the clerk can do about too many. A search that stopped before the oldest
 * meetings (because none of their matches could rank among those shown) counts the matches from its oldest year on.
 */
export function resultWords(results: SearchResults): string {
  const quoted = `“${results.text}”`;
  if (results.total === 0) return `No results for ${quoted}.`;
  const number = `${results.total.toLocaleString('en-GB')} ${results.total === 1 ? 'result' : 'results'}`;
  const count = results.complete
    ? `${number} for ${quoted}`
    : `At least ${number} for ${quoted} (counted in meetings from ${results.searchedFrom ?? 'recent years'} on)`;
  return results.total > results.hits.length ? `${count}: the best ${results.hits.length} are shown. Add words to narrow the search.` : `${count}.`;
}

/** Said while the index is still being built after the data folder opened. */
export function indexingWords(results: SearchResults): string | null {
  const { index } = results;
  if (index.ready) return null;
  return `Minute Book is still indexing older meetings (${index.indexedMeetings} of ${index.totalMeetings} so far), so more results may appear.`;
}
