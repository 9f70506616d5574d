import { findProblems, type IntegrityData, type IntegrityProblem, type OutsideLookup } from '../../../shared/domain/integrity';
import { CORE_COLLECTION_NAMES, MEETING_COLLECTION_NAMES, isMeetingCollection, type Collection } from '../../../shared/model';
import type { Op } from '../store/repository-types';
import type { Repository } from '../store/repository-types';
import { ApiFailure } from './handler-context';

type Keyed = { readonly id: string; readonly meetingId?: string };

/** The meetings a change touches: the meeting of each record it puts or deletes, and a meeting it puts itself. */
function touchedMeetings(ops: readonly Op[]): Set<string> {
  const meetings = new Set<string>();
  for (const op of ops) {
    if (op.type === 'put' && isMeetingCollection(op.collection)) meetings.add((op.record as Keyed).meetingId ?? '');
    else if (op.type === 'put' && op.collection === 'meetings') meetings.add(op.record.id);
    else if (op.type === 'delete' && op.meetingId !== undefined) meetings.add(op.meetingId);
  }
  meetings.delete('');
  return meetings;
}

/** The records a change can break references in (every core record if it touches any; each meeting it touches), before or after it. */
function scope(repo: Repository, ops: readonly Op[], after: boolean): IntegrityData {
  const changes = new Map<string, Op>(ops.map((op) => [`${op.collection} ${op.type === 'put' ? op.record.id : op.id}`, op]));
  const apply = (collection: Collection, records: readonly Keyed[], belongs: (record: Keyed) => boolean): Keyed[] => {
    if (!after) return [...records];
    const kept = records.filter((r) => !changes.has(`${collection} ${r.id}`));
    const put = ops.filter((op) => op.type === 'put' && op.collection === collection).map((op) => (op as { record: Keyed }).record);
    return [...kept, ...put.filter(belongs)];
  };
  const data: Partial<Record<Collection, Keyed[]>> = {};
  if (ops.some((op) => !isMeetingCollection(op.collection))) {
    for (const c of CORE_COLLECTION_NAMES) data[c] = apply(c, repo.all(c) as readonly Keyed[], () => true);
  }
  for (const meetingId of touchedMeetings(ops)) {
    const records = repo.get('meetings', meetingId) === undefined ? undefined : repo.meeting(meetingId);
    for (const c of MEETING_COLLECTION_NAMES) {
      data[c] = [...(data[c] ?? []), ...apply(c, (records?.[c] ?? []) as readonly Keyed[], (r) => r.meetingId === meetingId)];
    }
  }
  return data as IntegrityData;
}

/**
 * Records outside the scope, as the store holds them: the same before the change and after it. What is in the
 * scope is looked for there alone, so a record the change deletes is not found in the store it is leaving.
 */
function storeLookup(repo: Repository, ops: readonly Op[]): OutsideLookup {
  const coreInScope = ops.some((op) => !isMeetingCollection(op.collection));
  const meetingsInScope = touchedMeetings(ops);
  const inStore = storeRecords(repo);
  return (collection, id, meetingId) => {
    const inScope = isMeetingCollection(collection) ? meetingId !== undefined && meetingsInScope.has(meetingId) : coreInScope;
    return inScope ? undefined : inStore(collection, id, meetingId);
  };
}

/** A record of the store by id: a meeting's record within the meeting named, where that meeting is in the store. */
export function storeRecords(repo: Repository): OutsideLookup {
  return (collection, id, meetingId) => {
    if (!isMeetingCollection(collection)) return repo.get(collection, id);
    if (meetingId === undefined || repo.get('meetings', meetingId) === undefined) return undefined;
    return (repo.meeting(meetingId)[collection] as readonly Keyed[]).find((r) => r.id === id);
  };
}

/** A problem named by the record and field it is in, so the same problem before and after a change compares equal. */
function keyed(data: IntegrityData, problems: readonly IntegrityProblem[]): Map<string, IntegrityProblem> {
  return new Map(
    problems.map((problem) => {
      const [collection, index, ...field] = problem.path.split('.');
      const record = (data[collection as Collection] ?? [])[Number(index)] as Keyed | undefined;
      return [`${collection} ${record?.id ?? '?'} ${field.join('.')} ${problem.message}`, problem];
    }),
  );
}

/**
 * The repository as handlers see it: each change is checked before it is written, and refused if it would leave
 * a reference pointing at nothing, or records contradicting each other, that were not there before. A problem an
 * old store already had does not stop a change; `minute-book check` names it.
 */
export function guardReferences(repo: Repository): Repository {
  const commit = (ops: readonly Op[]): void => {
    if (ops.length > 0) {
      const lookup = storeLookup(repo, ops);
      const beforeData = scope(repo, ops, false);
      const afterData = scope(repo, ops, true);
      const before = keyed(beforeData, findProblems(beforeData, { outside: lookup, lookedIn: 'in the store' }));
      const added = [...keyed(afterData, findProblems(afterData, { outside: lookup, lookedIn: 'in the store' }))].filter(([key]) => !before.has(key));
      const [first] = added;
      if (first !== undefined) {
        const [key, problem] = first;
        const field = problem.path.split('.').slice(2).join('.');
        throw new ApiFailure(
          'invalid_input',
          `This change was not saved: ${problem.message} (${key.split(' ').slice(0, 2).join(' ')}, ${field})`,
          field,
          added.map(([, p]) => ({ path: p.path, message: p.message })),
        );
      }
    }
    repo.commit(ops);
  };
  return new Proxy(repo, {
    get(target, key) {
      if (key === 'commit') return commit;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
