import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS, isMeetingCollection, type Collection } from '../../../shared/model';
import { describeIssues } from './codecs';
import type { Op, PutOp } from './repository-types';
import { StoreError } from './store-error';

const OpShape = z.discriminatedUnion('type', [
  z.object({ type: z.literal('put'), collection: z.enum(COLLECTION_NAMES), record: z.unknown() }),
  z.object({
    type: z.literal('delete'),
    collection: z.enum(COLLECTION_NAMES),
    id: z.string().min(1),
    meetingId: z.string().min(1).optional(),
  }),
]);

/**
 * Checks one change against the model: a put's record must be a valid record of its collection (the parsed copy,
 * with defaults filled in, is what gets stored, so later changes to the caller's object cannot leak in), and a
 * delete in a meeting collection must say which meeting. Throws `invalid_record` in plain words.
 */
export function validateOp(input: unknown): Op {
  const shape = OpShape.safeParse(input);
  if (!shape.success) throw new StoreError('invalid_record', `A change is malformed: ${describeIssues(shape.error)}.`);
  const op = shape.data;
  if (op.type === 'delete') {
    if (isMeetingCollection(op.collection) && op.meetingId === undefined) {
      throw new StoreError('invalid_record', `Deleting from ${op.collection} needs the meeting's id (meetingId).`);
    }
    return op.meetingId === undefined
      ? { type: 'delete', collection: op.collection, id: op.id }
      : { type: 'delete', collection: op.collection, id: op.id, meetingId: op.meetingId };
  }
  const collection: Collection = op.collection;
  const parsed = COLLECTIONS[collection].safeParse(op.record);
  if (!parsed.success) {
    const id = recordId(op.record);
    const which = id === undefined ? `A record of ${collection}` : `Record "${id}" of ${collection}`;
    throw new StoreError('invalid_record', `${which} is not valid: ${describeIssues(parsed.error)}.`);
  }
  // The schema was chosen by `collection`, so the record matches it; TypeScript cannot follow that link.
  return { type: 'put', collection, record: parsed.data } as PutOp;
}

function recordId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { readonly id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** The meeting whose file an op changes, or undefined for the core file. */
export function meetingOf(op: Op): string | undefined {
  if (!isMeetingCollection(op.collection)) return undefined;
  if (op.type === 'delete') return op.meetingId;
  return (op.record as { readonly meetingId: string }).meetingId;
}
