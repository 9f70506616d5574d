import { z } from 'zod';
import { Audit, Id, Text } from './common';

/**
 * The verbs a decision opens with, as councils print them: "RESOLVED:", "RECOMMENDED to Cabinet:". A board may add
 * its own (`Board.decisionVerbs`); LOST records a motion that fell ("The motion was LOST").
 */
export const STANDARD_DECISION_VERBS = [
  'RESOLVED',
  'AGREED',
  'ORDERED',
  'NOTED',
  'RECOMMENDED',
  'CONFIRMED',
  'ELECTED',
  'APPOINTED',
  'DEFERRED',
  'LOST',
] as const;

/** Verbs that say the board decided something, so cannot open a motion that was lost or withdrawn. */
export const CARRYING_VERBS: readonly string[] = ['RESOLVED', 'AGREED', 'ORDERED', 'RECOMMENDED', 'CONFIRMED', 'ELECTED', 'APPOINTED'];

const VERB_WORDS = /^[A-Z]+(?:[ '’-][A-Z]+)*$/;
export const DECISION_VERB_RULE =
  'Write the verb in capital letters as the minutes print it, such as RESOLVED or NOT CARRIED: 2 to 40 letters, words joined by a space, hyphen or apostrophe';

/** A decision's verb: capital letters, as printed. Any such verb reads; the handlers check it is one the board uses. */
export const DecisionVerb = z
  .string()
  .trim()
  .min(2, DECISION_VERB_RULE)
  .max(40, DECISION_VERB_RULE)
  .regex(VERB_WORDS, DECISION_VERB_RULE)
  .describe('Verb in capitals, e.g. RESOLVED, AGREED, ORDERED, NOTED, RECOMMENDED, LOST, or one of the board’s own');
export type DecisionVerb = z.infer<typeof DecisionVerb>;

/** The verb under its older name: stores written before verbs were open hold the four first ones. */
export const ResolutionKind = DecisionVerb;
export type ResolutionKind = DecisionVerb;

/** How a decision's parts are numbered at the top level: (1) (2), (i) (ii) or (a) (b). Parts within parts follow. */
export const PART_NUMBERINGS = ['numbers', 'roman', 'letters'] as const;
export const PartNumbering = z.enum(PART_NUMBERINGS);
export type PartNumbering = z.infer<typeof PartNumbering>;

/** The deepest a part may sit: 0 is a top-level part, 1 a part within it, 2 a part within that. */
export const MAX_PART_LEVEL = 2;
export const PartLevel = z.number().int().min(0).max(MAX_PART_LEVEL, `Parts may sit at most ${MAX_PART_LEVEL} levels within a part`);

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export const VoteChoice = z.enum(VOTE_CHOICES);
export type VoteChoice = z.infer<typeof VoteChoice>;

const Count = z.number().int().min(0).max(9999);

/** The numbers voting; a number the minutes do not give is left out (but at least one is given). */
export const VoteCount = z
  .object({ for: Count.optional(), against: Count.optional(), abstain: Count.optional() })
  .refine((v) => v.for !== undefined || v.against !== undefined || v.abstain !== undefined, 'Give at least one number voting, or no count at all');
export type VoteCount = z.infer<typeof VoteCount>;

/** How one named member voted; a recorded vote lists them, and any list (For, Against, Abstained) may be empty. */
export const NamedVote = z.object({ personId: Id, vote: VoteChoice });
export type NamedVote = z.infer<typeof NamedVote>;

/** One part of a decision: "(1) That the report be noted." `level` puts it within the part above it. */
export const ResolutionPart = z.object({ id: Id, text: Text(4000), level: PartLevel.optional() });
export type ResolutionPart = z.infer<typeof ResolutionPart>;

/** Who moved or seconded: a person on file, or a name as typed for someone who is not. */
export const MotionPerson = z.union([z.object({ personId: Id }).strict(), z.object({ name: Text(200) }).strict()]);
export type MotionPerson = z.infer<typeof MotionPerson>;

export const MOTION_OUTCOMES = ['carried', 'carried-on-casting-vote', 'lost', 'lost-on-casting-vote', 'withdrawn'] as const;
export const MotionOutcome = z.enum(MOTION_OUTCOMES);
export type MotionOutcome = z.infer<typeof MotionOutcome>;

export const AMENDMENT_OUTCOMES = ['carried', 'lost', 'withdrawn'] as const;
export const AmendmentOutcome = z.enum(AMENDMENT_OUTCOMES);
export type AmendmentOutcome = z.infer<typeof AmendmentOutcome>;

/** An amendment to the motion: its words, who moved and seconded it, what became of it and the vote on it. */
export const Amendment = z.object({
  id: Id,
  text: Text(4000),
  mover: MotionPerson.optional(),
  seconder: MotionPerson.optional(),
  outcome: AmendmentOutcome.optional(),
  vote: VoteCount.optional(),
  recordedVote: z.array(NamedVote).max(200).optional(),
});
export type Amendment = z.infer<typeof Amendment>;

/** A problem with a decision, at its path within the decision. */
export type DecisionIssue = { readonly path: readonly (string | number)[]; readonly message: string };

/** A person's name by id, where the names are known (a handler's messages name people; the schema's cannot). */
export type NameOf = (personId: string) => string | undefined;

const CHOICE_WORDS: Readonly<Record<VoteChoice, string>> = { for: 'for', against: 'against', abstain: 'abstaining' };

type VoteShape = { readonly vote?: VoteCount | undefined; readonly recordedVote?: readonly NamedVote[] | undefined };
type MotionShape = VoteShape & { readonly mover?: MotionPerson | undefined; readonly seconder?: MotionPerson | undefined };

/** Counts that contradict the names: more names in a list than its count; a person named twice. */
export function voteIssues(shape: VoteShape, at: readonly (string | number)[] = [], nameOf?: NameOf): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  const recorded = shape.recordedVote ?? [];
  const seen = new Set<string>();
  recorded.forEach((v, i) => {
    if (seen.has(v.personId)) {
      const who = nameOf?.(v.personId);
      issues.push({ path: [...at, 'recordedVote', i, 'personId'], message: `${who ?? 'This person'} is named twice in the vote.` });
    }
    seen.add(v.personId);
  });
  const vote = shape.vote;
  if (vote === undefined) return issues;
  for (const choice of VOTE_CHOICES) {
    const count = vote[choice];
    const named = recorded.filter((v) => v.vote === choice).length;
    if (count !== undefined && named > count) {
      issues.push({
        path: [...at, 'vote', choice],
        message: `The count ${CHOICE_WORDS[choice]} is ${count}, but ${named} ${named === 1 ? 'person is' : 'people are'} named as voting ${CHOICE_WORDS[choice]}.`,
      });
    }
  }
  return issues;
}

const samePerson = (a: MotionPerson | undefined, b: MotionPerson | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  (('personId' in a && 'personId' in b && a.personId === b.personId) ||
    ('name' in a && 'name' in b && a.name.toLowerCase() === b.name.toLowerCase()));

function motionIssues(shape: MotionShape, at: readonly (string | number)[], nameOf?: NameOf): DecisionIssue[] {
  const issues = voteIssues(shape, at, nameOf);
  if (samePerson(shape.mover, shape.seconder)) issues.push({ path: [...at, 'seconder'], message: 'The seconder cannot be the mover.' });
  return issues;
}

/** What a decision holds, as a record or as a call gives it: the shape its own rules look at. */
export type DecisionShape = MotionShape & {
  readonly kind: string;
  readonly recommendedTo?: string | undefined;
  readonly parts: readonly { readonly level?: number | undefined }[];
  readonly outcome?: MotionOutcome | undefined;
  readonly amendments?: readonly MotionShape[] | undefined;
};

/**
 * A decision's own rules, each broken one with its path: a recommendation names its body; parts nest one level at
 * a time; counts agree with the names; no one is named twice or seconds their own motion; a motion lost or
 * withdrawn is not also RESOLVED, and a LOST one was not carried.
 */
export function decisionIssues(d: DecisionShape, nameOf?: NameOf): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (d.kind === 'RECOMMENDED' && (d.recommendedTo ?? '').trim() === '') {
    issues.push({ path: ['recommendedTo'], message: 'Say which body the recommendation goes to' });
  }
  let above = -1;
  d.parts.forEach((part, i) => {
    const level = part.level ?? 0;
    if (level > above + 1) {
      issues.push({
        path: ['parts', i, 'level'],
        message:
          i === 0 ? 'The first part cannot sit within another part.' : `Part ${i + 1} can go only one level further in than the part above it.`,
      });
    }
    above = Math.min(level, above + 1);
  });
  issues.push(...motionIssues(d, [], nameOf));
  (d.amendments ?? []).forEach((a, i) => issues.push(...motionIssues(a, ['amendments', i], nameOf)));
  const fell = d.outcome === 'lost' || d.outcome === 'lost-on-casting-vote' || d.outcome === 'withdrawn';
  if (fell && CARRYING_VERBS.includes(d.kind)) {
    issues.push({
      path: ['kind'],
      message: `A motion that was ${d.outcome === 'withdrawn' ? 'withdrawn' : 'lost'} decided nothing, so it cannot be ${d.kind}: choose LOST or another verb.`,
    });
  }
  if (d.kind === 'LOST' && d.outcome !== undefined && !fell) {
    issues.push({ path: ['outcome'], message: 'A motion recorded as LOST cannot also have been carried.' });
  }
  return issues;
}

/** Adds each of a decision's broken rules to a zod check. */
export function addDecisionIssues(d: DecisionShape, ctx: z.RefinementCtx): void {
  for (const issue of decisionIssues(d)) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
}

/** A decision record's fields, before its own rules are checked (`Resolution` checks them). */
export const ResolutionRecord = z.object({
  id: Id,
  meetingId: Id,
  itemId: Id,
  /** Position among the item's resolutions. */
  order: z.number().int().min(0),
  /** The verb the decision opens with: "RESOLVED", "AGREED", "LOST", or one of the board's own. */
  kind: DecisionVerb,
  /** The body a recommendation goes to, e.g. "Cabinet". */
  recommendedTo: z.string().trim().max(200).optional(),
  /** Words before the verb, where the council writes them: "The Committee" AGREED to the following actions. */
  leadIn: z.string().trim().max(200).optional(),
  /** How the top-level parts are numbered, as they were when the decision was made; (1), (2) when left out. */
  numbering: PartNumbering.optional(),
  /** The parts, in order: "(1) That the report be noted." A part with a `level` sits within the part above. */
  parts: z.array(ResolutionPart).min(1, 'A decision needs at least one part').max(50),
  /** The numbers voting, as the minutes give them. */
  vote: VoteCount.optional(),
  /** A recorded vote names how each member voted. */
  recordedVote: z.array(NamedVote).max(200).optional(),
  /** Who moved the motion, and who seconded it. */
  mover: MotionPerson.optional(),
  seconder: MotionPerson.optional(),
  /** Amendments moved to the motion, in the order they were taken. */
  amendments: z.array(Amendment).max(20).optional(),
  /** What became of the motion. */
  outcome: MotionOutcome.optional(),
  /** Assigned by the board's scheme when the minutes are drafted. */
  reference: z.string().max(120).optional(),
  ...Audit,
});

/** A decision as the store keeps it: its fields, and its own rules (`decisionIssues`). */
export const Resolution = ResolutionRecord.superRefine((r, ctx) => addDecisionIssues(r, ctx));
export type Resolution = z.infer<typeof Resolution>;

/** Every person a decision names: voters, movers and seconders of the motion and of its amendments, with their paths. */
export function namedPeople(d: {
  readonly recordedVote?: readonly NamedVote[] | undefined;
  readonly mover?: MotionPerson | undefined;
  readonly seconder?: MotionPerson | undefined;
  readonly amendments?: readonly MotionShape[] | undefined;
}): { readonly personId: string; readonly path: readonly (string | number)[] }[] {
  const of = (m: MotionShape | typeof d, at: readonly (string | number)[]) => [
    ...(m.mover !== undefined && 'personId' in m.mover ? [{ personId: m.mover.personId, path: [...at, 'mover', 'personId'] }] : []),
    ...(m.seconder !== undefined && 'personId' in m.seconder ? [{ personId: m.seconder.personId, path: [...at, 'seconder', 'personId'] }] : []),
    ...(m.recordedVote ?? []).map((v, i) => ({ personId: v.personId, path: [...at, 'recordedVote', i, 'personId'] })),
  ];
  return [...of(d, []), ...(d.amendments ?? []).flatMap((a, i) => of(a, ['amendments', i]))];
}
