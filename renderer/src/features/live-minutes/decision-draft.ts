import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { ResolutionFields } from '../../../../shared/api/inputs';
import { listItemLabels } from '../../../../shared/document/text';
import { partCounters } from '../../../../shared/domain/compose/decisions';
import {
  DecisionVerb,
  decisionIssues,
  MAX_PART_LEVEL,
  VOTE_CHOICES,
  type AmendmentOutcome,
  type MotionOutcome,
  type MotionPerson,
  type PartNumbering,
  type Resolution,
  type VoteChoice,
  type VoteCount,
} from '../../../../shared/model/resolution';
import { clearable } from '../../components/form/patch-fields';

/** The choice of a mover or seconder that means "someone not on file, whose name is typed". */
export const SOMEONE_ELSE = ':someone-else';

/** A mover or seconder as the form holds it: '' for not recorded, a person's id, or SOMEONE_ELSE and a typed name. */
export type PersonValues = { choice: string; name: string };
export type PartValues = { key: string; text: string; level: number };
export type CountValues = { for: string; against: string; abstain: string };
export type VoteMode = 'none' | 'counts' | 'recorded' | 'both';
export type AmendmentValues = {
  key: string;
  /** The amendment's id once recorded, so a change keeps it; '' for a new one. */
  id: string;
  text: string;
  mover: PersonValues;
  seconder: PersonValues;
  outcome: AmendmentOutcome | '';
  counts: CountValues;
  /** How each person voted on the amendment, by person id, where the vote was recorded by name. */
  recorded: Record<string, VoteChoice | ''>;
};

/** A decision as the clerk is writing it: every field as typed, so a half-made decision is never lost. */
export type DecisionFormValues = {
  /** Words before the verb, where the council writes them: "The Committee" (AGREED ...). */
  leadIn: string;
  verb: string;
  recommendedTo: string;
  numbering: PartNumbering;
  parts: PartValues[];
  mover: PersonValues;
  seconder: PersonValues;
  amendments: AmendmentValues[];
  outcome: MotionOutcome | '';
  voteMode: VoteMode;
  counts: CountValues;
  /** How each person voted, by person id; absent or '' for someone who did not vote. */
  recorded: Record<string, VoteChoice | ''>;
};

/** What the backend is sent: the fields of `resolutions.add` without the meeting and item. */
export type DecisionFields = Omit<Input<'resolutions.add'>, 'meetingId' | 'itemId'>;

/** What the form checks its words against: the verbs the board uses, and people's names for messages. */
export type DecisionFormContext = { readonly verbs: readonly string[]; readonly name?: (personId: string) => string };

let keys = 0;
/** A key for a new part or amendment, so React keeps each box (and its focus) while they are moved. */
export const newPartKey = (): string => `part-${(keys += 1)}`;

const NO_ONE: PersonValues = { choice: '', name: '' };
const NO_COUNTS: CountValues = { for: '', against: '', abstain: '' };

export function emptyAmendment(): AmendmentValues {
  return { key: newPartKey(), id: '', text: '', mover: NO_ONE, seconder: NO_ONE, outcome: '', counts: NO_COUNTS, recorded: {} };
}

export function emptyDecision(parts: readonly string[] = [''], numbering: PartNumbering = 'numbers'): DecisionFormValues {
  return {
    leadIn: '',
    verb: 'RESOLVED',
    recommendedTo: '',
    numbering,
    parts: parts.map((text) => ({ key: newPartKey(), text, level: 0 })),
    mover: NO_ONE,
    seconder: NO_ONE,
    amendments: [],
    outcome: '',
    voteMode: 'none',
    counts: NO_COUNTS,
    recorded: {},
  };
}

const personValues = (person: MotionPerson | undefined): PersonValues =>
  person === undefined ? NO_ONE : 'personId' in person ? { choice: person.personId, name: '' } : { choice: SOMEONE_ELSE, name: person.name };

const countValues = (vote: VoteCount | undefined): CountValues => ({
  for: vote?.for === undefined ? '' : String(vote.for),
  against: vote?.against === undefined ? '' : String(vote.against),
  abstain: vote?.abstain === undefined ? '' : String(vote.abstain),
});

export function draftFromResolution(resolution: Resolution): DecisionFormValues {
  const { vote, recordedVote } = resolution;
  return {
    leadIn: resolution.leadIn ?? '',
    verb: resolution.kind,
    recommendedTo: resolution.recommendedTo ?? '',
    numbering: resolution.numbering ?? 'numbers',
    parts: resolution.parts.map((p) => ({ key: newPartKey(), text: p.text, level: p.level ?? 0 })),
    mover: personValues(resolution.mover),
    seconder: personValues(resolution.seconder),
    amendments: (resolution.amendments ?? []).map((a) => ({
      key: newPartKey(),
      id: a.id,
      text: a.text,
      mover: personValues(a.mover),
      seconder: personValues(a.seconder),
      outcome: a.outcome ?? '',
      counts: countValues(a.vote),
      recorded: namedVotes(a.recordedVote),
    })),
    outcome: resolution.outcome ?? '',
    voteMode: recordedVote !== undefined ? (vote !== undefined ? 'both' : 'recorded') : vote !== undefined ? 'counts' : 'none',
    counts: countValues(vote),
    recorded: namedVotes(recordedVote),
  };
}

const namedVotes = (recordedVote: readonly { readonly personId: string; readonly vote: VoteChoice }[] | undefined): Record<string, VoteChoice | ''> =>
  Object.fromEntries((recordedVote ?? []).map((v) => [v.personId, v.vote]));

/** The named votes the clerk chose, or nothing where no one is named. */
const chosenVotes = (recorded: Readonly<Record<string, VoteChoice | ''>>): { personId: string; vote: VoteChoice }[] =>
  Object.entries(recorded).flatMap(([personId, choice]) => (choice === '' ? [] : [{ personId, vote: choice }]));

/** Parts with each level at most one deeper than the part above, and the first at the top. */
export function normaliseLevels(parts: readonly PartValues[]): PartValues[] {
  let above = -1;
  return parts.map((p) => {
    const level = Math.max(0, Math.min(p.level, above + 1, MAX_PART_LEVEL));
    above = level;
    return level === p.level ? p : { ...p, level };
  });
}

/** Moves the part at `from` by `by` places (-1 up, +1 down); out of range leaves the order as it is. */
export function movePart(parts: readonly PartValues[], from: number, by: -1 | 1): PartValues[] {
  const to = from + by;
  if (from < 0 || from >= parts.length || to < 0 || to >= parts.length) return [...parts];
  const next = [...parts];
  const [moving] = next.splice(from, 1);
  if (moving !== undefined) next.splice(to, 0, moving);
  return normaliseLevels(next);
}

/** The part at `index` and the parts within it: up to the next part at its level or above. */
function subtree(parts: readonly PartValues[], index: number): number {
  const level = parts[index]?.level ?? 0;
  let end = index + 1;
  while (end < parts.length && (parts[end]?.level ?? 0) > level) end += 1;
  return end;
}

/** Whether the part can go within the part above it: not the first, and no deeper than parts may go. */
export function canIndent(parts: readonly PartValues[], index: number): boolean {
  const part = parts[index];
  const above = parts[index - 1];
  if (part === undefined || above === undefined || part.level > above.level) return false;
  const deepest = Math.max(...parts.slice(index, subtree(parts, index)).map((p) => p.level));
  return deepest < MAX_PART_LEVEL;
}

export const canOutdent = (parts: readonly PartValues[], index: number): boolean => (parts[index]?.level ?? 0) > 0;

/** Puts the part (with the parts within it) one level further in (+1) or out (-1). */
export function shiftPart(parts: readonly PartValues[], index: number, by: -1 | 1): PartValues[] {
  if (by === 1 ? !canIndent(parts, index) : !canOutdent(parts, index)) return [...parts];
  const end = subtree(parts, index);
  return normaliseLevels(parts.map((p, i) => (i >= index && i < end ? { ...p, level: p.level + by } : p)));
}

export function removePart(parts: readonly PartValues[], index: number): PartValues[] {
  return normaliseLevels(parts.filter((_, i) => i !== index));
}

/** Each part's number as printed, with the numbers of the parts it sits within: "(1)", "(1)(a)", "(1)(a)(i)". */
export function partLabels(parts: readonly PartValues[], numbering: PartNumbering): string[] {
  const depths = normaliseLevels(parts).map((p) => p.level);
  const own = listItemLabels({ style: 'parenthesised', items: parts.map(() => []), depths, counters: partCounters(numbering) });
  const path: string[] = [];
  return depths.map((depth, i) => {
    path.length = depth;
    path.push(own[i] ?? '');
    return path.join('');
  });
}

const COUNT_WORDS: Readonly<Record<VoteChoice, string>> = { for: 'for', against: 'against', abstain: 'abstaining' };

type FormPath = (string | number)[];
type Problem = { readonly path: FormPath; readonly message: string };

/** The decision as the backend takes it, with where each of its parts came from in the form. */
type ReadDecision = { readonly fields: DecisionFields; readonly partAt: readonly number[]; readonly problems: readonly Problem[] };

function readCounts(counts: CountValues, at: FormPath, problems: Problem[], what: string): VoteCount | undefined {
  const vote: { for?: number; against?: number; abstain?: number } = {};
  for (const choice of VOTE_CHOICES) {
    const typed = counts[choice].trim();
    if (typed === '') continue;
    if (/^\d{1,4}$/.test(typed)) vote[choice] = Number(typed);
    else problems.push({ path: [...at, choice], message: `Give the number ${COUNT_WORDS[choice]}${what} as a whole number, or leave it blank.` });
  }
  return Object.keys(vote).length === 0 ? undefined : vote;
}

function readPerson(person: PersonValues, at: FormPath, problems: Problem[], role: string): MotionPerson | undefined {
  if (person.choice === '') return undefined;
  if (person.choice !== SOMEONE_ELSE) return { personId: person.choice };
  const name = person.name.trim();
  if (name === '') problems.push({ path: [...at, 'name'], message: `Write the name of the ${role}, or choose “Not recorded”.` });
  return name === '' ? undefined : { name };
}

/** The form's values as the backend takes them: words trimmed, empty parts left out, counts as numbers. */
function readDecision(values: DecisionFormValues): ReadDecision {
  const problems: Problem[] = [];
  const kept = values.parts.flatMap((p, i) => (p.text.trim() === '' ? [] : [{ ...p, text: p.text.trim(), at: i }]));
  if (kept.length === 0) problems.push({ path: ['parts', 0, 'text'], message: 'Write the words of the decision.' });
  const parts = normaliseLevels(kept).map((p) => (p.level === 0 ? p.text : { text: p.text, level: p.level }));
  const verb = values.verb.trim().toUpperCase();
  const withCounts = values.voteMode === 'counts' || values.voteMode === 'both';
  const withNames = values.voteMode === 'recorded' || values.voteMode === 'both';
  const vote = withCounts ? readCounts(values.counts, ['counts'], problems, '') : undefined;
  if (withCounts && vote === undefined && !problems.some((p) => p.path[0] === 'counts')) {
    problems.push({ path: ['counts', 'for'], message: 'Give at least one number voting, or choose “No vote recorded”.' });
  }
  const recordedVote = withNames ? chosenVotes(values.recorded) : undefined;
  if (recordedVote !== undefined && recordedVote.length === 0) {
    problems.push({ path: ['recorded'], message: 'Choose how at least one member voted, or record no vote.' });
  }
  const mover = readPerson(values.mover, ['mover'], problems, 'mover');
  const seconder = readPerson(values.seconder, ['seconder'], problems, 'seconder');
  const amendments = values.amendments.map((a, k) => {
    const text = a.text.trim();
    if (text === '') problems.push({ path: ['amendments', k, 'text'], message: `Write the words of amendment ${k + 1}, or remove it.` });
    const amendmentVote = readCounts(a.counts, ['amendments', k, 'counts'], problems, ` on amendment ${k + 1}`);
    const by = readPerson(a.mover, ['amendments', k, 'mover'], problems, `mover of amendment ${k + 1}`);
    const second = readPerson(a.seconder, ['amendments', k, 'seconder'], problems, `seconder of amendment ${k + 1}`);
    const named = chosenVotes(a.recorded);
    return {
      ...(a.id === '' ? {} : { id: a.id }),
      text,
      ...(by === undefined ? {} : { mover: by }),
      ...(second === undefined ? {} : { seconder: second }),
      ...(a.outcome === '' ? {} : { outcome: a.outcome }),
      ...(amendmentVote === undefined ? {} : { vote: amendmentVote }),
      ...(named.length === 0 ? {} : { recordedVote: named }),
    };
  });
  const leadIn = values.leadIn.trim();
  const fields: DecisionFields = {
    ...(leadIn === '' ? {} : { leadIn }),
    kind: verb,
    ...(verb === 'RECOMMENDED' ? { recommendedTo: values.recommendedTo.trim() } : {}),
    numbering: values.numbering,
    parts,
    ...(mover === undefined ? {} : { mover }),
    ...(seconder === undefined ? {} : { seconder }),
    ...(amendments.length === 0 ? {} : { amendments }),
    ...(values.outcome === '' ? {} : { outcome: values.outcome }),
    ...(vote === undefined ? {} : { vote }),
    ...(recordedVote === undefined ? {} : { recordedVote }),
  };
  return { fields, partAt: kept.map((p) => p.at), problems };
}

/** The form field a problem the contract or the backend names at `path` is shown beside. */
export function formPathOf(path: readonly PropertyKey[], partAt: readonly number[]): FormPath {
  const [head, index, next, last] = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  switch (head) {
    case 'kind':
      return ['verb'];
    case 'recommendedTo':
    case 'leadIn':
    case 'outcome':
    case 'numbering':
      return [head];
    case 'parts':
      return ['parts', typeof index === 'number' ? (partAt[index] ?? 0) : 0, 'text'];
    case 'vote':
      return ['counts', typeof index === 'string' ? index : 'for'];
    case 'recordedVote':
      return ['recorded'];
    case 'mover':
    case 'seconder':
      return [head, 'choice'];
    case 'amendments': {
      const k = typeof index === 'number' ? index : 0;
      if (next === 'vote') return ['amendments', k, 'counts', typeof last === 'string' ? last : 'for'];
      if (next === 'recordedVote') return ['amendments', k, 'recorded'];
      if (next === 'mover' || next === 'seconder') return ['amendments', k, next, 'choice'];
      return ['amendments', k, 'text'];
    }
    default:
      return ['verb'];
  }
}

/**
 * Every problem with the decision, at its field in the form: what the clerk must still write, then the contract's
 * own rules (`resolutions.add` and `decisionIssues`) on what would be sent, and a verb the board does not use.
 */
export function decisionFormProblems(values: DecisionFormValues, context: DecisionFormContext): Problem[] {
  const { fields, partAt, problems } = readDecision(values);
  const found: Problem[] = [...problems];
  const verb = DecisionVerb.safeParse(fields.kind);
  if (!verb.success) found.push({ path: ['verb'], message: verb.error.issues[0]?.message ?? 'Write the verb in capital letters.' });
  else if (!context.verbs.includes(verb.data)) {
    found.push({
      path: ['verb'],
      message: `${verb.data} is not one of this board’s verbs: choose one from the list, or add it to the board’s own verbs on the board’s page.`,
    });
  }
  for (const issue of ResolutionFields.safeParse(fields).error?.issues ?? []) {
    if (issue.path[0] !== 'kind') found.push({ path: formPathOf(issue.path, partAt), message: issue.message });
  }
  const shape = { ...fields, parts: fields.parts.map((p) => (typeof p === 'string' ? {} : p)) };
  for (const issue of decisionIssues(shape, context.name)) found.push({ path: formPathOf(issue.path, partAt), message: issue.message });
  // One message a field: the first found.
  const seen = new Set<string>();
  return found.filter((p) => {
    const key = p.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The decision form's schema: the values as typed, checked by the contract's rules, read as the contract's input. */
export function decisionFormSchema(context: DecisionFormContext): z.ZodType<DecisionFields, DecisionFormValues> {
  return z
    .custom<DecisionFormValues>()
    .superRefine((values, ctx) => {
      for (const problem of decisionFormProblems(values, context)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    })
    .transform((values) => readDecision(values).fields);
}

/** The fields the form would send: for tests and for a form whose values are already checked. */
export const decisionFields = (values: DecisionFormValues): DecisionFields => readDecision(values).fields;

/** Where in the form each part the backend names came from. */
export const sentPartIndexes = (values: DecisionFormValues): readonly number[] => readDecision(values).partAt;

type Before = Partial<
  Pick<Resolution, 'recommendedTo' | 'leadIn' | 'numbering' | 'vote' | 'recordedVote' | 'mover' | 'seconder' | 'amendments' | 'outcome'>
>;

/**
 * The fields as a patch of the decision they edit: what the clerk took away is sent as null, clearing it — the body
 * of a recommendation that is now a resolution, the counts or the names no longer recorded, the mover, the
 * amendments, the outcome. Counts and names are each kept as given: the backend works neither out from the other.
 */
export function decisionPatch(fields: DecisionFields, before: Before): Input<'resolutions.update'>['patch'] {
  return {
    kind: fields.kind,
    parts: fields.parts,
    ...(fields.numbering === undefined ? {} : { numbering: fields.numbering }),
    ...clearable('recommendedTo', fields.recommendedTo, before.recommendedTo),
    ...clearable('leadIn', fields.leadIn, before.leadIn),
    ...clearable('vote', fields.vote, before.vote),
    ...clearable('recordedVote', fields.recordedVote, before.recordedVote),
    ...clearable('mover', fields.mover, before.mover),
    ...clearable('seconder', fields.seconder, before.seconder),
    ...clearable('amendments', fields.amendments, before.amendments),
    ...clearable('outcome', fields.outcome, before.outcome),
  };
}

/** "5 for, 1 against, 1 abstained"; a number not recorded is left out. */
export function voteSummary(vote: VoteCount): string {
  return VOTE_CHOICES.flatMap((c) => (vote[c] === undefined ? [] : [`${vote[c]} ${c === 'abstain' ? 'abstained' : c}`])).join(', ');
}
