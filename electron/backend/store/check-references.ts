import { findProblems, type IntegrityData, type IntegrityProblem } from '../../../shared/domain/integrity';
import { CORE_COLLECTION_NAMES, MEETING_COLLECTION_NAMES, type Collection } from '../../../shared/model';
import type { Op, PutOp } from './repository-types';

/** What a store's records are read through: the repository's own reads. */
export type StoreReads = {
  readonly all: (collection: (typeof CORE_COLLECTION_NAMES)[number]) => readonly object[];
  readonly everyMeeting: (collection: (typeof MEETING_COLLECTION_NAMES)[number]) => readonly object[];
};

/** A reference problem found in a store: what is wrong, where, and in which record. */
export type StoreProblem = IntegrityProblem & {
  readonly collection: Collection;
  readonly record: { readonly id: string; readonly meetingId?: string };
  /** The path within the record: `attachmentIds.2`, `recordedVote.0.personId`. */
  readonly field: readonly (string | number)[];
};

/** Every record of the store, by collection, as `findProblems` reads them. */
export function storeData(reads: StoreReads): IntegrityData {
  const data: Record<string, readonly object[]> = {};
  for (const c of CORE_COLLECTION_NAMES) data[c] = reads.all(c);
  for (const c of MEETING_COLLECTION_NAMES) data[c] = reads.everyMeeting(c);
  return data as IntegrityData;
}

/** References in the store that point at nothing, and records that contradict each other, each named by record. */
export function storeReferenceProblems(reads: StoreReads): StoreProblem[] {
  const data = storeData(reads);
  return findProblems(data, { lookedIn: 'in the store' }).map((problem) => {
    const [collection, index, ...field] = problem.path.split('.');
    const records = (data[collection as Collection] ?? []) as readonly { readonly id: string; readonly meetingId?: string }[];
    const record = records[Number(index)] ?? { id: '?' };
    return { ...problem, collection: collection as Collection, record, field: field.map((f) => (/^\d+$/.test(f) ? Number(f) : f)) };
  });
}

/** A problem as a line of `minute-book check`: the record, the field, and what is wrong. */
export function describeStoreProblem(problem: StoreProblem): string {
  const where = problem.record.meetingId === undefined ? '' : ` of meeting ${problem.record.meetingId}`;
  return `${problem.collection} ${problem.record.id}${where}, ${problem.field.join('.')}: ${problem.message}`;
}

/**
 * The fields a broken reference can be taken out of without losing what the minutes say: an optional link (who
 * presented, which item an action came from, a signature's link to a person whose name is printed anyway) is
 * cleared, and a list entry (an attachment of an item, a movement at an item that is gone) is removed. Anything
 * else (a vote, an attendance record, a minute of an item that is missing) needs a person to decide.
 */
const SAFE_FIXES: Readonly<Record<string, 'clear' | 'remove-entry'>> = {
  'meetings:approval.signature.personId': 'clear',
  'rewardClaims:meetingId': 'clear',
  'ratings:subject.meetingId': 'clear',
  'ratings:subject.itemId': 'clear',
  'youSaidWeDid:raised.meetingId': 'clear',
  'agendaItems:presenterPersonId': 'clear',
  'agendaItems:chairPersonId': 'clear',
  'agendaItems:attachmentIds[]': 'remove-entry',
  'attendance:substituteForPersonId': 'clear',
  'attendance:movements[].itemId': 'remove-entry',
  'actions:itemId': 'clear',
  'actions:otherItemIds[]': 'remove-entry',
  'actions:resolutionId': 'clear',
  'attachments:itemId': 'clear',
};

/** `movements.3.itemId` → `movements[].itemId`: the rule a field of a record comes under. */
const patternOf = (field: readonly (string | number)[]): string =>
  field.reduce<string>((pattern, part) => (typeof part === 'number' ? `${pattern}[]` : pattern === '' ? part : `${pattern}.${part}`), '');

export type RepairPlan = { readonly ops: readonly Op[]; readonly fixed: readonly StoreProblem[]; readonly left: readonly StoreProblem[] };

/** The safe fixes for `problems`, as changes to commit: each record put back once, with all of its fixes. */
export function planReferenceRepairs(problems: readonly StoreProblem[]): RepairPlan {
  const fixed: StoreProblem[] = [];
  const left: StoreProblem[] = [];
  const changed = new Map<string, { collection: Collection; record: Record<string, unknown> }>();
  // Entries go last first, so that removing one does not move the next.
  const ordered = [...problems].sort((a, b) => lastIndex(b.field) - lastIndex(a.field));
  for (const problem of ordered) {
    const fix = SAFE_FIXES[`${problem.collection}:${patternOf(problem.field)}`];
    if (fix === undefined) {
      left.push(problem);
      continue;
    }
    const key = `${problem.collection} ${problem.record.id}`;
    const entry = changed.get(key) ?? { collection: problem.collection, record: structuredClone(problem.record) as Record<string, unknown> };
    changed.set(key, entry);
    if (fix === 'clear') removeAt(entry.record, problem.field);
    else removeAt(entry.record, problem.field.slice(0, lastIndexPosition(problem.field) + 1));
    fixed.push(problem);
  }
  const ops = [...changed.values()].map(({ collection, record }) => ({ type: 'put', collection, record }) as PutOp);
  return { ops, fixed, left };
}

const lastIndexPosition = (field: readonly (string | number)[]): number => field.findLastIndex((part) => typeof part === 'number');
const lastIndex = (field: readonly (string | number)[]): number => {
  const at = lastIndexPosition(field);
  return at < 0 ? -1 : (field[at] as number);
};

/** Deletes the key, or takes the array entry out, at `path` within `value`. */
function removeAt(value: Record<string, unknown>, path: readonly (string | number)[]): void {
  let holder: unknown = value;
  for (const part of path.slice(0, -1)) holder = (holder as Record<string | number, unknown>)[part];
  const last = path.at(-1);
  if (Array.isArray(holder) && typeof last === 'number') holder.splice(last, 1);
  else if (typeof holder === 'object' && holder !== null && last !== undefined) delete (holder as Record<string | number, unknown>)[last];
}
