import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { Bundle, COLLECTION_NAMES, isMeetingCollection, type Collection } from '../../../../shared/model';
import { migrateToCurrent, StoreError, type Op, type Repository } from '../../store';
import { ApiFailure } from '../handler-context';
import { allowedVerbs, checkDecision, decisionRefusal } from '../decisions/decision-checks';

const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.');

function parseBundle(json: unknown): Bundle {
  let migrated: unknown;
  try {
    migrated = migrateToCurrent(json, 'The bundle').json;
  } catch (error) {
    if (error instanceof StoreError) throw new ApiFailure('invalid_input', error.message, 'schemaVersion');
    throw error;
  }
  const parsed = Bundle.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new ApiFailure(
      'invalid_input',
      `The bundle is not valid at ${pathOf(issue.path) || 'its top level'}: ${issue.message}`,
      pathOf(issue.path),
      parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })),
    );
  }
  return parsed.data;
}

type Refs = { readonly has: (collection: Collection, id: string) => boolean };

/** Checks that every reference in the bundle points at something in the bundle or already in the store. */
function checkReferences(bundle: Bundle, refs: Refs): void {
  const fail = (path: string, what: string): never => {
    throw new ApiFailure('invalid_input', `The bundle refers to ${what} that is neither in the bundle nor in the store, at ${path}.`, path);
  };
  bundle.memberships.forEach((m, i) => {
    if (!refs.has('boards', m.boardId)) fail(`memberships.${i}.boardId`, 'a board');
    if (!refs.has('people', m.personId)) fail(`memberships.${i}.personId`, 'a person');
  });
  bundle.meetings.forEach((m, i) => {
    if (!refs.has('boards', m.boardId)) fail(`meetings.${i}.boardId`, 'a board');
  });
  for (const collection of COLLECTION_NAMES.filter(isMeetingCollection)) {
    bundle[collection].forEach((r, i) => {
      if (!refs.has('meetings', r.meetingId)) fail(`${collection}.${i}.meetingId`, 'a meeting');
    });
  }
}

/**
 * Checks each decision as `resolutions.add` would: a verb its board uses, and only known people named as movers,
 * seconders and voters. Every problem is listed, each at its path in the bundle.
 */
function checkDecisions(bundle: Bundle, repo: Repository): void {
  const boards = new Map([...repo.all('boards'), ...bundle.boards].map((b) => [b.id, b]));
  const meetings = new Map([...repo.all('meetings'), ...bundle.meetings].map((m) => [m.id, m]));
  const people = new Map(bundle.people.map((p) => [p.id, p]));
  const problems = bundle.resolutions.flatMap((r, i) => {
    const board = boards.get(meetings.get(r.meetingId)?.boardId ?? '');
    return checkDecision(r, { verbs: allowedVerbs(board), person: (id) => people.get(id) ?? repo.get('people', id) }, `resolutions.${i}`).problems;
  });
  if (problems.length > 0) throw decisionRefusal(problems.map((p) => ({ ...p, code: 'invalid_input' })));
}

/** The ops and blobs that bring a bundle into the store; nothing is written here. */
export function planImport(repo: Repository, json: unknown): { ops: Op[]; blobs: Buffer[]; counts: Record<string, number> } {
  const bundle = parseBundle(json);
  const inBundle = new Map<Collection, Set<string>>(COLLECTION_NAMES.map((c) => [c, new Set(bundle[c].map((r) => r.id))]));
  const inStore = (collection: Collection, id: string): boolean => (isMeetingCollection(collection) ? false : repo.get(collection, id) !== undefined);
  checkReferences(bundle, { has: (c, id) => (inBundle.get(c)?.has(id) ?? false) || inStore(c, id) });
  checkDecisions(bundle, repo);

  const ops: Op[] = [];
  const counts: Record<string, number> = {};
  for (const collection of COLLECTION_NAMES) {
    const records = bundle[collection];
    counts[collection] = records.length;
    const seen = new Set<string>();
    records.forEach((record, i) => {
      const path = `${collection}.${i}.id`;
      if (seen.has(record.id)) throw new ApiFailure('invalid_input', `The id ${record.id} appears twice in ${collection}.`, path);
      seen.add(record.id);
      const clash = isMeetingCollection(collection)
        ? repo.get('meetings', (record as { meetingId: string }).meetingId) !== undefined &&
          (repo.meeting((record as { meetingId: string }).meetingId)[collection] as readonly { id: string }[]).some((r) => r.id === record.id)
        : inStore(collection, record.id);
      if (clash) throw new ApiFailure('conflict', `The store already holds ${collection} record ${record.id}; nothing was imported.`, path);
      ops.push({ type: 'put', collection, record } as Op);
    });
  }

  const blobs: Buffer[] = [];
  for (const [sha, base64] of Object.entries(bundle.attachmentData)) {
    const bytes = Buffer.from(base64, 'base64');
    if (createHash('sha256').update(bytes).digest('hex') !== sha) {
      throw new ApiFailure('invalid_input', `The attachment data under ${sha} does not match its hash.`, `attachmentData.${sha}`);
    }
    blobs.push(bytes);
  }
  bundle.attachments.forEach((a, i) => {
    if (bundle.attachmentData[a.sha256] === undefined && !repo.hasBlob(a.sha256)) {
      throw new ApiFailure('invalid_input', `The bytes of "${a.originalName}" are missing from the bundle.`, `attachments.${i}.sha256`);
    }
  });
  return { ops, blobs, counts };
}
