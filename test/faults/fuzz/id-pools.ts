import type { Bundle } from '../../../shared/model';
import type { Random } from '../support/seeded-random';

/*
 * Real ids from the store, so that generated calls name things that exist and reach deep into the handlers
 * instead of stopping at "not found". Every list of records with ids in a bundle becomes a pool named after its
 * key (`meetings`, `agendaItems`, `criteria`, ...), remembering each record's meeting where it has one.
 */

type Entry = {
  readonly id: string;
  readonly meetingId?: string;
  readonly boardId?: string;
  /** A meeting whose minutes are signed, or that was cancelled: every change to it is refused, so it is picked less. */
  readonly settled?: boolean;
};

const SETTLED = new Set(['minutes-signed', 'cancelled']);

/** Which pool an id field draws from, by the field's name. */
const POOL_OF_KEY: Readonly<Record<string, string>> = {
  boardId: 'boards',
  personId: 'people',
  presenterPersonId: 'people',
  substituteForPersonId: 'people',
  ownerPersonId: 'people',
  meetingId: 'meetings',
  atMeetingId: 'meetings',
  itemId: 'agendaItems',
  parentId: 'agendaItems',
  resolutionId: 'resolutions',
  attachmentIds: 'attachments',
  criteriaSetId: 'criteriaSets',
  criterionId: 'criteria',
  membershipId: 'memberships',
  jobId: 'jobs',
};

/** Which pool a method's own `id` draws from, by the method's area. */
const POOL_OF_AREA: Readonly<Record<string, string>> = {
  boards: 'boards',
  people: 'people',
  members: 'memberships',
  meetings: 'meetings',
  agenda: 'agendaItems',
  declarations: 'declarations',
  resolutions: 'resolutions',
  actions: 'actions',
  attachments: 'attachments',
  'reward.rates': 'rewardRates',
  'reward.claims': 'rewardClaims',
  criteriaSets: 'criteriaSets',
  ratings: 'ratings',
  youSaid: 'youSaidWeDid',
  diversity: 'diversityResponses',
  access: 'accessArrangements',
};

export class IdPools {
  private readonly pools = new Map<string, Entry[]>();
  /** Every string value seen under each field name, for fields whose format is hard to make up (times, codes). */
  private readonly values = new Map<string, Set<string>>();
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  /** Fills the pools afresh from the store's content. */
  learn(bundle: Bundle): void {
    const jobs = this.pools.get('jobs') ?? [];
    this.pools.clear();
    this.pools.set('jobs', jobs);
    const walk = (value: unknown, key: string): void => {
      if (Array.isArray(value)) {
        for (const element of value) {
          if (typeof element === 'object' && element !== null && typeof (element as { id?: unknown }).id === 'string') {
            const { id, meetingId, boardId, status } = element as { id: string; meetingId?: unknown; boardId?: unknown; status?: unknown };
            this.add(key, {
              id,
              ...(typeof meetingId === 'string' ? { meetingId } : {}),
              ...(typeof boardId === 'string' ? { boardId } : {}),
              settled: typeof status === 'string' && SETTLED.has(status),
            });
          }
          walk(element, key);
        }
        return;
      }
      if (typeof value !== 'object' || value === null) return;
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'string' && v.length <= 200) {
          const seen = this.values.get(k) ?? new Set<string>();
          if (seen.size < 50) seen.add(v);
          this.values.set(k, seen);
        }
        walk(v, k);
      }
    };
    walk(bundle, 'bundle');
  }

  add(pool: string, entry: Entry): void {
    const list = this.pools.get(pool) ?? [];
    list.push(entry);
    this.pools.set(pool, list);
  }

  /** The pool an id field draws from, or undefined if the field is not an id. */
  poolFor(key: string, method: string): string | undefined {
    if (key === 'id') return POOL_OF_AREA[method.slice(0, method.lastIndexOf('.'))] ?? 'any';
    if (key in POOL_OF_KEY) return POOL_OF_KEY[key];
    return key.endsWith('Id') || key.endsWith('Ids') ? 'any' : undefined;
  }

  /**
   * An id from the pool, preferring records of the meeting (or else the board) the call already names; undefined
   * if the pool is empty.
   */
  pick(pool: string, within: { readonly meetingId?: string | undefined; readonly boardId?: string | undefined } = {}): string | undefined {
    const list = pool === 'any' ? [...this.pools.values()].flat() : (this.pools.get(pool) ?? []);
    if (list.length === 0) return undefined;
    const { meetingId, boardId } = within;
    const related =
      meetingId !== undefined
        ? list.filter((e) => e.meetingId === meetingId)
        : boardId !== undefined
          ? list.filter((e) => e.boardId === boardId)
          : [];
    const from = related.length > 0 && this.random.chance(0.85) ? related : list;
    const open = from.filter((e) => e.settled !== true);
    return this.random.pick(open.length > 0 && this.random.chance(0.7) ? open : from).id;
  }

  /** Values seen in the store under a field of this name. */
  seen(key: string): readonly string[] {
    return [...(this.values.get(key) ?? [])];
  }
}
