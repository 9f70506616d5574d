import { LowSync, type SyncAdapter } from 'lowdb';

/** Every stored record has an id; the partition needs nothing else to keep it. */
export type Rec = { readonly id: string };

/** The shape of one file: its version, (for a meeting file) its meeting, and one array per collection. */
export type PartitionFile<C extends string> = { readonly schemaVersion: number; readonly meetingId?: string } & {
  readonly [K in C]: readonly Rec[];
};

/**
 * One file's records in memory, held by lowdb. Arrays are replaced, never changed in place, so a list a caller
 * got earlier stays as it was (a snapshot) while later commits land. An id index keeps puts O(1) on lookup.
 */
export class Partition<C extends string> {
  /** True when memory holds changes the file does not have yet (they are in the journal). */
  dirty = false;
  private readonly low: LowSync<PartitionFile<C>>;
  private readonly indexes = new Map<C, Map<string, number>>();

  constructor(adapter: SyncAdapter<PartitionFile<C>>, initial: PartitionFile<C>) {
    this.low = new LowSync(adapter, initial);
  }

  get data(): PartitionFile<C> {
    return this.low.data;
  }

  records(collection: C): readonly Rec[] {
    return this.low.data[collection];
  }

  get(collection: C, id: string): Rec | undefined {
    const at = this.index(collection).get(id);
    return at === undefined ? undefined : this.low.data[collection][at];
  }

  /** Replaces the record with the same id where it stands, or adds it at the end. */
  put(collection: C, record: Rec): void {
    const list = this.low.data[collection];
    const index = this.index(collection);
    const at = index.get(record.id);
    const next = list.slice();
    if (at === undefined) {
      index.set(record.id, next.length);
      next.push(record);
    } else {
      next[at] = record;
    }
    this.replace(collection, next);
  }

  delete(collection: C, id: string): void {
    const list = this.low.data[collection];
    if (!this.index(collection).has(id)) return;
    this.replace(
      collection,
      list.filter((r) => r.id !== id),
    );
    this.indexes.delete(collection);
  }

  /** Empties every collection (a deleted meeting's records go with it). */
  clear(collections: readonly C[]): void {
    for (const c of collections) this.replace(c, []);
    this.indexes.clear();
  }

  isEmpty(collections: readonly C[]): boolean {
    return collections.every((c) => this.low.data[c].length === 0);
  }

  /** Swaps in new contents (e.g. a copy restored from a backup). */
  reset(data: PartitionFile<C>): void {
    this.low.data = data;
    this.indexes.clear();
  }

  /** Writes the file durably through the adapter. */
  write(): void {
    this.low.write();
    this.dirty = false;
  }

  private replace(collection: C, list: readonly Rec[]): void {
    this.low.data = { ...this.low.data, [collection]: list };
    this.dirty = true;
  }

  private index(collection: C): Map<string, number> {
    let index = this.indexes.get(collection);
    if (index === undefined) {
      index = new Map(this.low.data[collection].map((r, i) => [r.id, i]));
      this.indexes.set(collection, index);
    }
    return index;
  }
}
