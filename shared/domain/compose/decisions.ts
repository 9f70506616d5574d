import type { Block, List, ListCounter, Runs } from '../../document/model';
import { listItemLabels } from '../../document/text';
import { EXEMPT_CATEGORIES } from '../../model/exempt-categories';
import {
  VOTE_CHOICES,
  type Amendment,
  type AmendmentOutcome,
  type ExemptCategory,
  type MotionOutcome,
  type MotionPerson,
  type NamedVote,
  type PartNumbering,
  type Resolution,
  type VoteChoice,
  type VoteCount,
} from '../../model';
import { list, para, strong, text } from './blocks';
import type { ComposeItem } from './meeting-data';
import { listInWords, type PeopleIndex } from './people';

const CASTING = ' on the chair’s casting vote';

/**
 * "RESOLVED:", "RECOMMENDED to Cabinet:", "The motion was LOST:" (on the chair's casting vote, where it was). With
 * words before the verb, as some councils write a decision, the sentence runs on into a single part: "The Committee
 * AGREED to the following actions:"; before parts in a list it ends with a colon: "The Board RESOLVED:".
 */
export function decisionOpening(
  resolution: Pick<Resolution, 'kind' | 'recommendedTo'> & {
    readonly outcome?: MotionOutcome | undefined;
    readonly leadIn?: string | undefined;
    readonly parts?: readonly unknown[];
  },
): string {
  if (resolution.kind === 'LOST') return `The motion was LOST${resolution.outcome === 'lost-on-casting-vote' ? CASTING : ''}:`;
  const verb =
    resolution.kind === 'RECOMMENDED' && resolution.recommendedTo !== undefined ? `RECOMMENDED to ${resolution.recommendedTo}` : resolution.kind;
  if (resolution.leadIn === undefined || resolution.leadIn === '') return `${verb}:`;
  return `${resolution.leadIn} ${verb}${(resolution.parts?.length ?? 1) > 1 ? ':' : ''}`;
}

/** How each depth of a decision's parts counts: the chosen style at the top, then the others, (1) (a) (i) by default. */
export function partCounters(numbering: PartNumbering = 'numbers'): readonly ListCounter[] {
  switch (numbering) {
    case 'numbers':
      return ['decimal', 'lower-alpha', 'lower-roman'];
    case 'letters':
      return ['lower-alpha', 'lower-roman', 'decimal'];
    case 'roman':
      return ['lower-roman', 'lower-alpha', 'decimal'];
  }
}

/**
 * A decision's parts as a list: flat and counted (1), (2) as always, unless the parts nest or the decision is
 * numbered otherwise, when the list carries each part's depth and each depth's counter.
 */
export function partsList(resolution: Pick<Resolution, 'parts' | 'numbering'>): List {
  const plain = list(
    'parenthesised',
    resolution.parts.map((p) => p.text),
  );
  const depths = resolution.parts.map((p) => p.level ?? 0);
  const nested = depths.some((d) => d > 0);
  if (!nested && (resolution.numbering ?? 'numbers') === 'numbers') return plain;
  return { ...plain, ...(nested ? { depths } : {}), counters: partCounters(resolution.numbering) };
}

/** The words of a decision: one part runs on after "RESOLVED:"; several are numbered (1), (2) or as chosen, nested as recorded. */
export function decisionBlocks(resolution: Resolution): Block[] {
  const opening = strong(decisionOpening(resolution));
  const [only, ...more] = resolution.parts;
  if (only !== undefined && more.length === 0) return [para([opening, text(` ${only.text}`)])];
  return [para([opening]), partsList(resolution)];
}

/** "(1) That ... (a) That ... (2) That ...": a decision's parts on one line, numbered as printed; one part as it stands. */
export function partsInline(resolution: Pick<Resolution, 'parts' | 'numbering'>): string {
  if (resolution.parts.length === 1) return resolution.parts[0]?.text ?? '';
  const labels = listItemLabels(partsList(resolution));
  return resolution.parts.map((p, i) => `${labels[i] ?? ''} ${p.text}`).join(' ');
}

/** "RESOLVED: (1) That ... (2) That ...": a decision on one line, for registers and spreadsheets. */
export function decisionInline(resolution: Resolution): string {
  return `${decisionOpening(resolution)} ${partsInline(resolution)}`;
}

/** A mover or seconder as printed: a person on file by the name documents print, else the name as typed. */
export function motionPersonName(person: MotionPerson, people: PeopleIndex): string {
  return 'personId' in person ? people.name(person.personId) : person.name;
}

/** "moved by Cllr A and seconded by B", "moved by Cllr A", "seconded by B"; '' when neither was recorded. */
export function movedWords(
  motion: { readonly mover?: MotionPerson | undefined; readonly seconder?: MotionPerson | undefined },
  people: PeopleIndex,
): string {
  const moved = motion.mover === undefined ? undefined : `moved by ${motionPersonName(motion.mover, people)}`;
  const seconded = motion.seconder === undefined ? undefined : `seconded by ${motionPersonName(motion.seconder, people)}`;
  return [moved, seconded].filter((w) => w !== undefined).join(' and ');
}

const OUTCOME_WORDS: Readonly<Record<MotionOutcome, string>> = {
  carried: 'CARRIED',
  'carried-on-casting-vote': `CARRIED${CASTING}`,
  lost: 'LOST',
  'lost-on-casting-vote': `LOST${CASTING}`,
  withdrawn: 'WITHDRAWN',
};

/** "Carried", "Lost on the chair’s casting vote": an outcome in a register's cell. */
export function outcomeLabel(outcome: MotionOutcome | AmendmentOutcome): string {
  const words = OUTCOME_WORDS[outcome];
  return `${words.charAt(0)}${words.slice(1).toLowerCase()}`;
}

/** The motion's outcome, unless its opening ("The motion was LOST:") has already said it. */
function outcomeBlocks(resolution: Resolution): Block[] {
  if (resolution.outcome === undefined) return [];
  if (resolution.kind === 'LOST' && (resolution.outcome === 'lost' || resolution.outcome === 'lost-on-casting-vote')) return [];
  return [para(`The motion was ${OUTCOME_WORDS[resolution.outcome]}.`)];
}

function amendmentBlocks(amendment: Amendment, index: number, of: number, people: PeopleIndex): Block[] {
  const label = of > 1 ? `Amendment ${index + 1}` : 'Amendment';
  const moved = movedWords(amendment, people);
  const blocks: Block[] = [
    para(moved === '' ? [strong(`${label}:`), text(` ${amendment.text}`)] : [strong(label), text(` ${moved}: ${amendment.text}`)]),
  ];
  if (amendment.outcome !== undefined) blocks.push(para(`The amendment was ${OUTCOME_WORDS[amendment.outcome]}.`));
  blocks.push(...voteBlocks(amendment, people));
  return blocks;
}

/**
 * Everything the minutes record of a decision, in the order it happened: who moved and seconded the motion, each
 * amendment with what became of it, the words decided, what became of the motion, and the vote. Only what was
 * recorded is printed.
 */
export function decisionRecordBlocks(resolution: Resolution, people: PeopleIndex): Block[] {
  const moved = movedWords(resolution, people);
  const amendments = resolution.amendments ?? [];
  return [
    ...(moved === '' ? [] : [para(`${moved.charAt(0).toUpperCase()}${moved.slice(1)}.`)]),
    ...amendments.flatMap((a, i) => amendmentBlocks(a, i, amendments.length, people)),
    ...decisionBlocks(resolution),
    ...outcomeBlocks(resolution),
    ...voteBlocks(resolution, people),
  ];
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "5 for, 1 against, 1 abstention"; a number not recorded is left out. */
export function voteInWords(vote: VoteCount): string {
  return [
    vote.for === undefined ? undefined : `${vote.for} for`,
    vote.against === undefined ? undefined : `${vote.against} against`,
    vote.abstain === undefined ? undefined : plural(vote.abstain, 'abstention', 'abstentions'),
  ]
    .filter((w) => w !== undefined)
    .join(', ');
}

const CHOICES: Readonly<Record<VoteChoice, string>> = { for: 'For', against: 'Against', abstain: 'Abstained' };

/**
 * The vote as recorded. Counts alone: "The vote was 5 for, 1 against, 0 abstentions." With names: a line for each
 * way of voting that has a count or names, "For (5): A, B and C", the count only where it was given; "Against (0):
 * none" only where the count says so.
 */
export function voteBlocks(
  decision: { readonly vote?: VoteCount | undefined; readonly recordedVote?: readonly NamedVote[] | undefined },
  people: PeopleIndex,
): Block[] {
  const { vote, recordedVote = [] } = decision;
  if (recordedVote.length > 0) {
    const lines: Runs[] = VOTE_CHOICES.flatMap((choice): Runs[] => {
      const names = recordedVote.filter((v) => v.vote === choice).map((v) => people.name(v.personId));
      const count = vote?.[choice];
      const label = `${CHOICES[choice]}${count === undefined ? '' : ` (${count})`}`;
      if (names.length > 0) return [[strong(`${label}:`), text(` ${listInWords(names)}`)]];
      if (count === undefined) return [];
      return [count === 0 ? [strong(`${label}:`), text(' none')] : [strong(label)]];
    });
    return [para('A recorded vote was taken:'), list('bullet', lines)];
  }
  if (vote !== undefined) return [para(`The vote was ${voteInWords(vote)}.`)];
  return [];
}

/**
 * A decision with every word a clerk typed passed through `scrub` (a public view's): its parts, the body of a
 * recommendation, names typed for movers and seconders, and each amendment's words.
 */
export function scrubbedDecision(resolution: Resolution, scrub: (text: string) => string): Resolution {
  // A typed name prints mid-sentence ("seconded by a carer"): scrubbed after words, so a role is not capitalised.
  const scrubPerson = (p: MotionPerson): MotionPerson => ('name' in p ? { name: scrub(`by ${p.name}`).slice(3) } : p);
  const motion = <M extends { readonly mover?: MotionPerson | undefined; readonly seconder?: MotionPerson | undefined }>(m: M): M => ({
    ...m,
    ...(m.mover === undefined ? {} : { mover: scrubPerson(m.mover) }),
    ...(m.seconder === undefined ? {} : { seconder: scrubPerson(m.seconder) }),
  });
  return motion({
    ...resolution,
    parts: resolution.parts.map((p) => ({ ...p, text: scrub(p.text) })),
    ...(resolution.recommendedTo === undefined ? {} : { recommendedTo: scrub(resolution.recommendedTo) }),
    ...(resolution.leadIn === undefined ? {} : { leadIn: scrub(resolution.leadIn) }),
    ...(resolution.amendments === undefined ? {} : { amendments: resolution.amendments.map((a) => motion({ ...a, text: scrub(a.text) })) }),
  });
}

export function referenceBlock(resolution: Resolution): Block[] {
  return resolution.reference === undefined ? [] : [para(`Reference: ${resolution.reference}`, 'note')];
}

/** The Schedule 12A paragraph an item falls under: its own, or the exempt item it sits within. */
export function exemptCategoryOf(item: ComposeItem, items: readonly ComposeItem[]): ExemptCategory | undefined {
  let current: ComposeItem | undefined = item;
  while (current !== undefined) {
    if (current.confidentiality.access === 'exempt') return current.confidentiality.category;
    const parentId: string | null = current.parentId;
    current = parentId === null ? undefined : items.find((i) => i.id === parentId);
  }
  return undefined;
}

export const scheduleParagraph = (category: ExemptCategory): string =>
  `paragraph ${category} of Part 1 of Schedule 12A to the Local Government Act 1972`;

/** What a public document says of an exempt item, and nothing more. */
export const takenInPrivate = (category: ExemptCategory | undefined, tense: 'minutes' | 'agenda'): string => {
  const under =
    category === undefined
      ? 'exempt information as defined in Schedule 12A to the Local Government Act 1972'
      : `exempt information as defined in ${scheduleParagraph(category)} (${EXEMPT_CATEGORIES[category].charAt(0).toLowerCase()}${EXEMPT_CATEGORIES[category].slice(1)})`;
  return tense === 'minutes'
    ? `This item was considered in private, after the press and public had been excluded, because it involved the likely disclosure of ${under}.`
    : `Not for publication: this item is likely to be considered in private because it involves the likely disclosure of ${under}.`;
};
