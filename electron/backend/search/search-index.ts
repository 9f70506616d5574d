import type { SearchKind } from '../../../shared/api/search';
import { IndexShard, planWords, type Admit, type WordLookup } from './index-shard';
import { BestOf, recencyWeight, yearWeight } from './ranking';
import type { SearchDocument } from './search-documents';
import { queryTerms } from './terms';

/** One match, before it is dressed for the screen. */
export type IndexHit = {
  readonly id: string;
  readonly kind: SearchKind;
  readonly recordId: string;
  readonly meetingId: string;
  readonly boardId: string;
  /** How well it matched (1 for the best match of its year), weighed by the age of its meeting: what it is ranked by. */
  readonly score: number;
  /** The indexed terms that matched (after prefix and fuzzy matching): the words a snippet marks. */
  readonly terms: readonly string[];
};

export type IndexQuery = {
  readonly text: string;
  readonly boardId?: string;
  readonly kinds?: readonly SearchKind[];
};

export type IndexResults = {
  readonly hits: IndexHit[];
  /** Every match in the years searched. */
  readonly total: number;
  /** Every year was searched, so `total` counts every match. */
  readonly complete: boolean;
  /** The oldest year searched, when the search stopped before the oldest year indexed. */
  readonly searchedFrom?: string;
};

/** What the index keeps of each document besides its words. */
export type IndexEntry = Omit<SearchDocument, 'title' | 'text'> & { readonly shard: string };

/** The year of a meeting: the shard its records are kept in. */
const shardOf = (meetingDate: string): string => meetingDate.slice(0, 4);

/** One word after another must match; the last may be the start of a longer word from its third letter. */
function exactWords(terms: readonly string[]): WordLookup[] {
  return terms.map((term, i) => ({ term, prefix: i === terms.length - 1 && term.length >= 3, fuzzy: false }));
}

/** The same, forgiving a slip of a letter in words of five letters or more. */
function forgivingWords(terms: readonly string[]): WordLookup[] {
  return exactWords(terms).map((word) => ({ ...word, fuzzy: word.term.length >= 5 ? 0.2 : false }));
}

type Ranked = { readonly rank: number; readonly id: string; readonly terms: readonly string[] };

/**
 * The full-text index: MiniSearch, one index per year of meetings, and what it needs to keep itself right as
 * records change (which documents each meeting has, so that a meeting can be indexed again or dropped as a whole).
 * Only ids and words are kept; the records themselves stay in the repository.
 *
 * A search looks through the years newest first and stops as soon as no record of an older year could make the
 * best `limit`: each year's matches are scored against that year's best (so the best match of any year scores 1),
 * then weighed by age, so a year whose last day weighs less than the `limit`-th result so far cannot add to them.
 * A common word therefore costs a year or two of matches rather than ten.
 */
export class SearchIndex {
  private readonly shards = new Map<string, IndexShard>();
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
    const shard = shardOf(doc.meetingDate);
    let index = this.shards.get(shard);
    if (index === undefined) {
      index = new IndexShard();
      this.shards.set(shard, index);
    }
    index.add(doc);
    // Built field by field so every entry has one shape: they are read for every match of a narrowed search.
    const entry: IndexEntry = {
      id: doc.id,
      kind: doc.kind,
      recordId: doc.recordId,
      meetingId: doc.meetingId,
      boardId: doc.boardId,
      meetingDate: doc.meetingDate,
      ownerPersonId: doc.ownerPersonId,
      shard,
    };
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
    const index = this.shards.get(entry.shard);
    index?.discard(id);
    if (index !== undefined && index.size === 0) this.shards.delete(entry.shard);
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

  /**
   * Whether the meeting's records are indexed under this board and date. The words are kept with both (the date
   * chooses the year's index), so when a meeting moves board or is rearranged the caller indexes it again.
   */
  placedAt(meetingId: string, boardId: string, meetingDate: string): boolean {
    for (const id of this.byMeeting.get(meetingId) ?? []) {
      const entry = this.entries.get(id);
      if (entry !== undefined && (entry.boardId !== boardId || entry.meetingDate !== meetingDate)) return false;
    }
    return true;
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
  search(query: IndexQuery, limit: number): IndexResults {
    const terms = queryTerms(query.text);
    if (terms.length === 0 || this.shards.size === 0) return { hits: [], total: 0, complete: true };
    const exact = this.searchWords(planWords(exactWords(terms)), query, limit);
    if (exact.total > 0) return exact;
    return this.searchWords(planWords(forgivingWords(terms)), query, limit);
  }

  private searchWords(words: readonly WordLookup[], query: IndexQuery, limit: number): IndexResults {
    const years = [...this.shards.keys()].sort().reverse();
    // Weights are relative: counted back from the end of the newest year, so that none is above 1.
    const reference = `${years[0] ?? ''}-12-31`;
    const admit = admission(query);
    // Many matches share a meeting: each meeting's weight is worked out once.
    const weights = new Map<string, number>();
    const weigh = (date: string): number => {
      let weight = weights.get(date);
      if (weight === undefined) {
        weight = recencyWeight(date, reference);
        weights.set(date, weight);
      }
      return weight;
    };
    const best = new BestOf<Ranked>(limit);
    let total = 0;
    for (const [at, year] of years.entries()) {
      const matches = this.shards.get(year)?.match(words, admit) ?? new Map();
      total += matches.size;
      let top = 0;
      for (const match of matches.values()) top = Math.max(top, match.score);
      const ranked: Ranked[] = [];
      for (const [id, match] of matches) ranked.push({ rank: (match.score / top) * weigh(match.meetingDate), id, terms: match.terms });
      best.offer(ranked);
      const older = years[at + 1];
      const floor = best.floor();
      if (older !== undefined && floor !== undefined && floor >= yearWeight(older, reference)) {
        return { hits: this.hits(best.best), total, complete: false, searchedFrom: year };
      }
    }
    return { hits: this.hits(best.best), total, complete: true };
  }

  private hits(ranked: readonly Ranked[]): IndexHit[] {
    const hits: IndexHit[] = [];
    for (const r of ranked) {
      const entry = this.entries.get(r.id);
      if (entry !== undefined)
        hits.push({
          id: entry.id,
          kind: entry.kind,
          recordId: entry.recordId,
          meetingId: entry.meetingId,
          boardId: entry.boardId,
          score: r.rank,
          terms: r.terms,
        });
    }
    return hits;
  }
}

/** Which records a narrowed search may return; none to check when it looks at every board and kind. */
function admission(query: IndexQuery): Admit | undefined {
  const kinds: ReadonlySet<unknown> | undefined = query.kinds === undefined || query.kinds.length === 0 ? undefined : new Set(query.kinds);
  const { boardId } = query;
  if (kinds === undefined && boardId === undefined) return undefined;
  return (board, kind) => (boardId === undefined || board === boardId) && (kinds === undefined || kinds.has(kind));
}
