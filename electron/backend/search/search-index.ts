import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchKind } from '../../../shared/api/search';
import type { SearchDocument } from './search-documents';
import { normaliseTerm, tokenize } from './terms';

/** One match, before it is dressed for the screen. */
export type IndexHit = {
  readonly id: string;
  readonly kind: SearchKind;
  readonly recordId: string;
  readonly meetingId: string;
  readonly boardId: string;
  readonly score: number;
  /** The indexed terms that matched (after prefix and fuzzy matching): the words a snippet marks. */
  readonly terms: readonly string[];
};

export type IndexQuery = {
  readonly text: string;
  readonly boardId?: string;
  readonly kinds?: readonly SearchKind[];
};

/** What the index keeps of each document besides its words. */
export type IndexEntry = Omit<SearchDocument, 'title' | 'text'>;

/**
 * The full-text index (MiniSearch) and what it needs to keep itself right as records change: which documents
 * each meeting has, so that a meeting can be indexed again or dropped as a whole. Only ids and words are kept;
 * the records themselves stay in the repository.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    idField: 'id',
    tokenize,
    processTerm: (term) => {
      const normal = normaliseTerm(term);
      return normal === '' ? null : normal;
    },
    searchOptions: { boost: { title: 2 } },
  });
  private readonly entries = new Map<string, IndexEntry>();
  private readonly byMeeting = new Map<string, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Adds the document, or replaces the one with its id. */
  put(doc: SearchDocument): void {
    if (this.entries.has(doc.id)) this.remove(doc.id);
    this.mini.add(doc);
    // Built field by field so every entry has one shape: results are read from thousands of them per query.
    const entry: IndexEntry = { id: doc.id, kind: doc.kind, recordId: doc.recordId, meetingId: doc.meetingId, boardId: doc.boardId, ownerPersonId: doc.ownerPersonId };
    this.entries.set(doc.id, entry);
    let ids = this.byMeeting.get(doc.meetingId);
    if (ids === undefined) {
      ids = new Set();
      this.byMeeting.set(doc.meetingId, ids);
    }
    ids.add(doc.id);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (entry === undefined) return;
    // discard, not remove: it needs no copy of the old words, and the index cleans up after itself.
    this.mini.discard(id);
    this.entries.delete(id);
    this.byMeeting.get(entry.meetingId)?.delete(id);
  }

  /** Replaces everything the index holds for one meeting. */
  putMeeting(meetingId: string, docs: readonly SearchDocument[]): void {
    this.removeMeeting(meetingId);
    for (const doc of docs) this.put(doc);
  }

  removeMeeting(meetingId: string): void {
    const ids = this.byMeeting.get(meetingId);
    if (ids === undefined) return;
    for (const id of [...ids]) this.remove(id);
    this.byMeeting.delete(meetingId);
  }

  /** A meeting's board is kept with each document for filtering; a meeting that moved board takes its documents. */
  moveMeeting(meetingId: string, boardId: string): void {
    for (const id of this.byMeeting.get(meetingId) ?? []) {
      const entry = this.entries.get(id);
      if (entry !== undefined && entry.boardId !== boardId) this.entries.set(id, { ...entry, boardId });
    }
  }

  /** Documents of the given kind whose entry passes `test`: for re-indexing records after a change elsewhere. */
  find(kind: SearchKind, test: (entry: IndexEntry) => boolean): IndexEntry[] {
    const out: IndexEntry[] = [];
    for (const entry of this.entries.values()) if (entry.kind === kind && test(entry)) out.push(entry);
    return out;
  }

  /**
   * Every word must match (so each word typed narrows the results), and the last may be the start of a longer one
   * (results follow the typing; from its third letter, as one or two letters would match half the index). Only if
   * that finds nothing is the search run again forgiving a slip of a letter in longer words: fuzzy matching costs
   * more, and exact words should never be outranked by near misses.
   */
  search(query: IndexQuery, limit: number): { readonly hits: IndexHit[]; readonly total: number } {
    const kinds = query.kinds === undefined || query.kinds.length === 0 ? undefined : new Set(query.kinds);
    const { boardId } = query;
    const narrowed = kinds !== undefined || boardId !== undefined;
    const options: SearchOptions = {
      combineWith: 'AND',
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      ...(narrowed
        ? {
            filter: (result) => {
              const entry = this.entries.get(String(result.id));
              return entry !== undefined && (boardId === undefined || entry.boardId === boardId) && (kinds === undefined || kinds.has(entry.kind));
            },
          }
        : {}),
    };
    let results = this.mini.search(query.text, options);
    if (results.length === 0) results = this.mini.search(query.text, { ...options, fuzzy: (term) => (term.length >= 5 ? 0.2 : false) });
    // A common word matches thousands of records: only the ones shown are dressed as hits.
    const hits: IndexHit[] = [];
    for (const result of results) {
      if (hits.length === limit) break;
      const entry = this.entries.get(String(result.id));
      if (entry !== undefined) hits.push({ id: entry.id, kind: entry.kind, recordId: entry.recordId, meetingId: entry.meetingId, boardId: entry.boardId, score: result.score, terms: result.terms });
    }
    return { hits, total: results.length };
  }
}
