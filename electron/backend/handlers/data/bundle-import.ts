import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { Bundle, COLLECTION_NAMES, isMeetingCollection, type Collection } from '../../../../shared/model';
import { migrateToCurrent, StoreError, type Op, type Repository } from '../../store';
import { findProblems, pathText, unknownFields, type IntegrityProblem } from '../../../../shared/domain/integrity';
import { ApiFailure } from '../handler-context';
import { storeRecords } from '../reference-guard';
import { allowedVerbs, checkDecision } from '../decisions/decision-checks';

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
  checkUnknownFields(migrated, parsed.data);
  return parsed.data;
}

/** Every problem at once, each at its path, the first also as the failure's own message and path. */
function refusal(intro: string, problems: readonly IntegrityProblem[]): ApiFailure {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new ApiFailure(
    'invalid_input',
    `${intro} ${first?.path ?? ''}: ${first?.message ?? ''}${more} Nothing was imported.`,
    first?.path,
    problems,
  );
}

/** Fields the bundle has that the data format does not: a misspelt field would otherwise be dropped unnoticed. */
function checkUnknownFields(migrated: unknown, bundle: Bundle): void {
  const unknown = unknownFields(migrated, bundle);
  if (unknown.length > 0) {
    throw refusal(
      'The bundle has fields that Minute Book does not know, at',
      unknown.map((path) => ({ path: pathText(path), message: `There is no field "${String(path.at(-1))}" here in the data format.` })),
    );
  }
}

/**
 * What is wrong with the bundle's records, all at once: references to nothing (a meeting's records are looked for
 * in the bundle, and in the store where the meeting is there), contradictions between records, and each decision
 * checked as `resolutions.add` would (a verb its board uses, known movers, seconders and voters).
 */
function bundleProblems(bundle: Bundle, repo: Repository): IntegrityProblem[] {
  const outside = storeRecords(repo);
  const boards = new Map([...repo.all('boards'), ...bundle.boards].map((b) => [b.id, b]));
  const meetings = new Map([...repo.all('meetings'), ...bundle.meetings].map((m) => [m.id, m]));
  const people = new Map(bundle.people.map((p) => [p.id, p]));
  const decisions = bundle.resolutions.flatMap((r, i) => {
    const board = boards.get(meetings.get(r.meetingId)?.boardId ?? '');
    return checkDecision(r, { verbs: allowedVerbs(board), person: (id) => people.get(id) ?? repo.get('people', id) }, `resolutions.${i}`).problems;
  });
  // A decision's own check names the person it cannot find, so its word is kept where both speak of one path.
  const all = [...decisions, ...findProblems(bundle, { outside, lookedIn: 'in the bundle or the store' })];
  const unique = all.filter((problem, i) => all.findIndex((other) => other.path === problem.path) === i);
  return unique.map(({ path, message }) => ({ path, message })).sort((a, b) => comparePaths(a.path, b.path));
}

/** Paths in the order of the bundle: `resolutions.2.x` before `resolutions.10.x`. */
const comparePaths = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** The ops and blobs that bring a bundle into the store; nothing is written here. */
export function planImport(repo: Repository, json: unknown): { ops: Op[]; blobs: Buffer[]; counts: Record<string, number> } {
  const bundle = parseBundle(json);
  const inStore = (collection: Collection, id: string): boolean => (isMeetingCollection(collection) ? false : repo.get(collection, id) !== undefined);
  const problems = bundleProblems(bundle, repo);
  if (problems.length > 0) throw refusal('The bundle does not hold together, at', problems);

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
