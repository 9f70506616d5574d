import MiniSearch from 'minisearch';
import type { SearchDocument } from './search-documents';
import { normaliseTerm, tokenize } from './terms';

/** One record that matched every word in one shard: its MiniSearch score summed over the words, and the indexed terms that matched. */
export type ShardMatch = { score: number; terms: readonly string[]; readonly meetingDate: string };

/** Whether a narrowed search may return a record of this board and kind (as stored with its words). */
export type Admit = (boardId: unknown, kind: unknown) => boolean;

/** How one word of a query is looked up. */
export type WordLookup = {
  readonly term: string;
  /** The start of a longer word may match (the last word, while it is being typed). */
  readonly prefix: boolean;
  /** Forgive a slip of a letter or two (MiniSearch's fuzziness, as a fraction of the word's length). */
  readonly fuzzy: number | false;
};

/**
 * The words of one shard of the index (the records of the meetings of one year) in a MiniSearch index of their
 * own. Smaller indexes are quicker per match (their tables stay in the processor's cache), and a search that has
 * found enough in recent years can leave older shards alone.
 */
export class IndexShard {
  private readonly mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    idField: 'id',
    tokenize,
    processTerm: (term) => {
      const normal = normaliseTerm(term);
      return normal === '' ? null : normal;
    },
    // Kept with each document so that a narrowed search can pass over other boards' and kinds' records before
    // MiniSearch builds a result for them, and each result comes with the date it is weighed by.
    storeFields: ['boardId', 'kind', 'meetingDate'],
    searchOptions: { boost: { title: 2 } },
  });

  get size(): number {
    return this.mini.documentCount;
  }

  add(doc: SearchDocument): void {
    this.mini.add(doc);
  }

  /** discard, not remove: it needs no copy of the old words, and MiniSearch cleans up after itself. */
  discard(id: string): void {
    this.mini.discard(id);
  }

  /**
   * The records that match every word and that `admit` lets through, with MiniSearch's BM25 score summed over the
   * words (what its own AND does). The words are looked up one at a time, the first (the rarest, by `planWords`)
   * over every record and each next one only among the records still in the running: MiniSearch scores and keeps
   * an object for every match it is asked about, so asking only about the survivors keeps a common word cheap.
   */
  match(words: readonly WordLookup[], admit: Admit | undefined): Map<string, ShardMatch> {
    let found: Map<string, ShardMatch> | undefined;
    for (const word of words) {
      const running = found;
      const boost =
        running === undefined
          ? admit &&
            ((_id: string, _term: string, stored?: Record<string, unknown>) =>
              stored !== undefined && admit(stored['boardId'], stored['kind']) ? 1 : 0)
          : (id: string) => (running.has(id) ? 1 : 0);
      const results = this.mini.search(word.term, {
        prefix: word.prefix,
        fuzzy: word.fuzzy,
        ...(boost === undefined ? {} : { boostDocument: boost }),
      });
      const next = new Map<string, ShardMatch>();
      for (const result of results) {
        const id = String(result.id);
        const earlier = running?.get(id);
        if (earlier === undefined) {
          next.set(id, { score: result.score, terms: result.terms, meetingDate: String(result['meetingDate']) });
        } else {
          earlier.score += result.score;
          earlier.terms = [...earlier.terms, ...result.terms.filter((term) => !earlier.terms.includes(term))];
          next.set(id, earlier);
        }
      }
      found = next;
      if (found.size === 0) break;
    }
    return found ?? new Map();
  }
}

/**
 * The order in which the words are looked up: words with digits first (a reference's meeting number, a year),
 * then the longest, as long words are rarer; a word matched by its start last, as it may stand for many words.
 */
export function planWords(words: readonly WordLookup[]): WordLookup[] {
  const digits = (w: WordLookup): number => (/\d/.test(w.term) ? 0 : 1);
  return words.toSorted((a, b) => Number(a.prefix) - Number(b.prefix) || digits(a) - digits(b) || b.term.length - a.term.length);
}
