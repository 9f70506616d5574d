import { z } from 'zod';
import { Id } from '../model';

/** What one search looks through: minutes, agenda items, decisions and actions, across every board. */
export const SEARCH_KINDS = ['minute', 'item', 'resolution', 'action'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const SEARCH_LIMIT_MAX = 100;

export const SearchQuery = z.object({
  text: z.string().trim().max(200),
  boardId: Id.optional(),
  /** Only these kinds of record; all of them when left out. */
  kinds: z.array(SearchKind).max(SEARCH_KINDS.length).optional(),
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20),
});

/**
 * Where a result opens: a minute at its item on the live minutes screen, an item or decision at the item on the
 * meeting's agenda, an action in the actions tracker.
 */
export type SearchTarget =
  | { readonly screen: 'meeting'; readonly meetingId: string; readonly itemId?: string }
  | { readonly screen: 'live-minutes'; readonly meetingId: string; readonly itemId: string }
  | { readonly screen: 'actions'; readonly actionId: string; readonly boardId: string };

/** A stretch of the matching text; `marks` are [start, end) offsets of the words that matched. */
export type SearchSnippet = { readonly text: string; readonly marks: readonly (readonly [number, number])[] };

export type SearchHit = {
  /** Unique among results: the kind and the record's id. */
  readonly id: string;
  readonly kind: SearchKind;
  /** The item's title; for an action, its words (shortened). */
  readonly title: string;
  /** A decision's reference, once the minutes are drafted. */
  readonly reference?: string;
  readonly snippet: SearchSnippet;
  /** One line of plain facts: who, when, what state ("Priya Banerjee · due Tuesday 5 December 2024 · open"). */
  readonly detail?: string;
  readonly boardId: string;
  readonly boardName: string;
  readonly meetingId: string;
  readonly meetingDate: string;
  /** "Item 5" or, once minuted, "Minute 23." */
  readonly itemLabel?: string;
  /** From an exempt item, taken in private. */
  readonly private: boolean;
  readonly overdue: boolean;
  readonly target: SearchTarget;
};

/**
 * The index is built in the background after the data folder opens; until it is complete, results come from the
 * meetings indexed so far (newest first).
 */
export type SearchIndexState = {
  readonly ready: boolean;
  readonly indexedMeetings: number;
  readonly totalMeetings: number;
};

export type SearchResults = {
  readonly text: string;
  /** Best first: how well each matched, weighed by how recent its meeting is (a match counts half as much three years earlier). */
  readonly hits: readonly SearchHit[];
  /** Every match counted, of which `hits` are the best `limit`: in every year when `complete`, else from `searchedFrom` on. */
  readonly total: number;
  /**
   * False when the search stopped before the oldest meetings because none of their matches could rank among the
   * best `limit` (each year is searched newest first; a common word is answered from the last few years).
   */
  readonly complete: boolean;
  /** The oldest year searched, when not `complete`. */
  readonly searchedFrom?: string;
  readonly index: SearchIndexState;
};
