import type { ApiIssue, ErrorCode } from '../../../../shared/api';
import {
  decisionIssues,
  namedPeople,
  ResolutionRecord,
  STANDARD_DECISION_VERBS,
  type Board,
  type DecisionIssue,
  type Resolution,
} from '../../../../shared/model';
import { ApiFailure } from '../handler-context';

/** One reason a decision cannot be kept, at its path, with the code it is refused with. */
export type DecisionProblem = ApiIssue & { readonly code: ErrorCode };

/** The verbs a board's decisions may open with: the standard ones, the board's own, and `keep` (the verb already held). */
export function allowedVerbs(board: Pick<Board, 'decisionVerbs'> | undefined, keep?: string): ReadonlySet<string> {
  return new Set<string>([...STANDARD_DECISION_VERBS, ...(board?.decisionVerbs ?? []), ...(keep === undefined ? [] : [keep])]);
}

/** What a decision is checked against beyond its own rules. */
export type DecisionContext = {
  readonly verbs: ReadonlySet<string>;
  /** A person on file (or in the bundle being imported), by id. */
  readonly person: (id: string) => { readonly name: string } | undefined;
  /** Whether a person may not vote on the decision's item (a disclosable pecuniary interest in it). */
  readonly barred?: (personId: string) => boolean;
};

const joined = (prefix: string, path: readonly PropertyKey[]): string => [prefix, ...path.map(String)].filter((p) => p !== '').join('.');

/**
 * The record a decision will be, checked: its fields, its own rules (counts against names, nesting, verbs and
 * outcomes), that its verb is one the board uses, and that everyone it names is a known person who may vote.
 * Every problem is listed, each at its path (under `prefix`).
 */
export function checkDecision(
  candidate: unknown,
  context: DecisionContext,
  prefix = '',
): { readonly record: Resolution; readonly problems: readonly [] } | { readonly record?: undefined; readonly problems: readonly DecisionProblem[] } {
  const parsed = ResolutionRecord.safeParse(candidate);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => ({ code: 'invalid_input', path: joined(prefix, i.path), message: i.message })) };
  }
  const record = parsed.data;
  const problems: DecisionProblem[] = [];
  if (!context.verbs.has(record.kind)) {
    problems.push({
      code: 'invalid_input',
      path: joined(prefix, ['kind']),
      message: `${record.kind} is not one of this board’s verbs. Choose a standard verb such as RESOLVED, or add ${record.kind} to the board’s own verbs first.`,
    });
  }
  const nameOf = (id: string): string | undefined => context.person(id)?.name;
  const outcomes = [
    ...outcomeIssues(record),
    ...(record.amendments ?? []).flatMap((a, i) => outcomeIssues(a).map((issue) => ({ ...issue, path: ['amendments', i, ...issue.path] }))),
  ];
  for (const issue of outcomes) problems.push({ code: 'invalid_input', path: joined(prefix, issue.path), message: issue.message });
  for (const issue of decisionIssues(record, nameOf))
    problems.push({ code: 'invalid_input', path: joined(prefix, issue.path), message: issue.message });
  for (const { personId, path } of namedPeople(record)) {
    const person = context.person(personId);
    if (person === undefined) {
      problems.push({ code: 'not_found', path: joined(prefix, path), message: 'There is no person with that id.' });
    } else if (path.includes('recordedVote') && context.barred?.(personId) === true) {
      problems.push({
        code: 'conflict',
        path: joined(prefix, path),
        message: `${person.name} declared a disclosable pecuniary interest in this item, so takes no part in the vote.`,
      });
    }
  }
  return problems.length === 0 ? { record, problems: [] } : { problems };
}

/**
 * An outcome the numbers contradict: a casting vote decides a tie only, and a motion with fewer votes for than
 * against was not carried without one. Checked as a decision is written, not as a store is read, so a store that
 * holds such a decision still opens.
 */
export function outcomeIssues(d: {
  readonly vote?: { readonly for?: number | undefined; readonly against?: number | undefined } | undefined;
  readonly outcome?: string | undefined;
}): DecisionIssue[] {
  const votesFor = d.vote?.for;
  const against = d.vote?.against;
  if (votesFor === undefined || against === undefined || d.outcome === undefined) return [];
  if (d.outcome.endsWith('-on-casting-vote') && votesFor !== against) {
    return [{ path: ['outcome'], message: `A casting vote decides a tie, but the votes were ${votesFor} for and ${against} against.` }];
  }
  if (d.outcome === 'carried' && votesFor <= against) {
    return [
      {
        path: ['outcome'],
        message:
          votesFor === against
            ? `The votes were tied at ${votesFor} each: say the motion was carried on the chair’s casting vote, or lost.`
            : `A motion with ${votesFor} for and ${against} against was not carried.`,
      },
    ];
  }
  return [];
}

const sentence = (message: string): string => (/[.!?]$/.test(message) ? message : `${message}.`);

/** The refusal of a decision with these problems: the first one's code and path, and every problem listed. */
export function decisionRefusal(problems: readonly DecisionProblem[]): ApiFailure {
  const [first] = problems;
  if (first === undefined) return new ApiFailure('invalid_input', 'The decision is not valid.');
  const message =
    problems.length === 1 ? first.message : `There are ${problems.length} things to put right: ${problems.map((p) => sentence(p.message)).join(' ')}`;
  return new ApiFailure(
    first.code,
    message,
    first.path,
    problems.map(({ path, message: m }) => ({ path, message: m })),
  );
}
