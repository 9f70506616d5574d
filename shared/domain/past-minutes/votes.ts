import type { DraftVote, SourceLines } from '../../model/past-minutes';
import type { MotionOutcome, VoteChoice } from '../../model/resolution';
import { peopleIn } from './attendance-lines';

/*
 * Motions and votes: who moved and seconded ("moved by Councillor A and seconded by Councillor B", "Proposed: Cllr
 * X; Seconded: Cllr Y", "Councillor A moved an amendment ..."), counts ("For: 6, Against: 3, Abstentions: 1", "(6
 * for, 3 against, 1 abstention)"), recorded votes with named lists ("For the motion: Councillors A, B and C"),
 * "unanimously", and what became of the motion (carried, lost, withdrawn, on the chair's casting vote).
 */

export type MotionFacts = {
  mover?: string;
  seconder?: string;
  vote?: DraftVote;
  outcome?: MotionOutcome;
  /** The motion was an amendment to another. */
  amendment?: boolean;
  /** The motion's words, where the minutes give them after "moved that". */
  motionText?: string;
  unanimous?: boolean;
  lines?: SourceLines;
};

const NAME = String.raw`((?:(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof(?:essor)?\.?|Rev(?:d)?\.?)\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|de|van|von)){0,3})`;
const MOVED_BY = new RegExp(String.raw`\b(?:[Mm]oved|[Pp]roposed|[Pp]roposer)(?:\s+by)?\s*[:\-–]?\s*(?:by\s+)?${NAME}(?=[\s,.;)]|$)`);
const SECONDED_BY = new RegExp(String.raw`\b(?:[Ss]econded|[Ss]econder)(?:\s+by)?\s*[:\-–]?\s*(?:by\s+)?${NAME}(?=[\s,.;)]|$)`);
const NAME_MOVED = new RegExp(String.raw`${NAME}\s+(?:then\s+|subsequently\s+)?(?:moved|proposed)\b`);
const NAME_SECONDED = new RegExp(String.raw`${NAME}\s+(?:then\s+)?seconded\b`);
const ON_THE_MOTION = new RegExp(String.raw`\bon\s+the\s+motion\s+of\s+${NAME}`, 'i');
const MOTION_TEXT = /\b(?:moved|proposed)\b[^.]*?\s(that\b.+?)(?:\.(?:\s|$)|$)/i;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  no: 0,
  none: 0,
  nil: 0,
  nobody: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
const COUNT = String.raw`(\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;
const CHOICE = String.raw`(for|in\s+favour|against|abstentions?|abstained|abstaining|abstain)`;
const LABEL_FIRST = new RegExp(
  String.raw`\b${CHOICE}\s*(?::|=|-|–)?\s*${COUNT}(?=\s*(?:[,;.)]|$|\s+(?:and\s+)?(?:against|abst|for\b|votes?)))`,
  'gi',
);
const COUNT_FIRST = new RegExp(String.raw`(?<![£$€,.\d])\b${COUNT}\s+(?:votes?\s+|members?\s+)?(?:were\s+|voted\s+)?${CHOICE}\b`, 'gi');

const toCount = (word: string): number => (/^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? 0));
const toChoice = (word: string): VoteChoice => (/^for|favour/i.test(word) ? 'for' : /^against/i.test(word) ? 'against' : 'abstain');

const cleanName = (name: string | undefined): string | undefined => {
  const n = name?.trim().replace(/\s+(?:and|that|to|an|the)$/i, '');
  return n && n.length > 1 && !/^(?:The|That|It|This|A|An|Members?|Committee|Board)$/i.test(n) ? n : undefined;
};

/** The counts the text gives, if it gives any in a vote's words. */
export function voteCounts(text: string): DraftVote | undefined {
  if (!/against|abstain|abstention|vote|favour/i.test(text)) return undefined;
  const vote: { for?: number; against?: number; abstain?: number } = {};
  for (const m of text.matchAll(LABEL_FIRST)) {
    const choice = toChoice(m[1] ?? '');
    vote[choice] ??= toCount(m[2] ?? '');
  }
  for (const m of text.matchAll(COUNT_FIRST)) {
    const choice = toChoice(m[2] ?? '');
    vote[choice] ??= toCount(m[1] ?? '');
  }
  // One number beside "against" ("£6,420 against a budgeted deficit") is not a vote unless the words say vote.
  const found = Object.keys(vote).length;
  if (found === 0 || (found === 1 && !/\bvot(?:e|es|ed|ing)\b/i.test(text))) return undefined;
  return vote;
}

const NAMED_LABEL =
  /(?:^|[.;]\s+|\s{2,})(?:votes?\s+|voting\s+)?(for|in\s+favour|against|abstained|abstaining|abstentions?|abstain)(?:\s+of)?(?:\s+the\s+(?:motion|amendment|recommendations?|application|proposal|resolution))?\s*(?:\(\s*\d+\s*\))?\s*[:\-–]\s*/gi;

/** A recorded vote's named lists: "For the motion: Councillors A, B and C. Against: Councillor D." */
export function namedVotes(text: string, lines: SourceLines): NonNullable<DraftVote['named']> | undefined {
  const labels = [...text.matchAll(NAMED_LABEL)];
  if (labels.length === 0) return undefined;
  const named: NonNullable<DraftVote['named']> = [];
  labels.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = labels[i + 1]?.index ?? text.length;
    const list = text.slice(from, to).trim();
    if (/^\d+\.?$/.test(list)) return;
    for (const p of peopleIn(list, { status: 'present', lines })) {
      if (!p.unsure) named.push({ name: p.name, vote: toChoice(m[1] ?? '') });
    }
  });
  return named.length > 0 ? named : undefined;
}

/** What became of a motion, where the text says. */
export function motionOutcome(text: string): MotionOutcome | undefined {
  const casting = /casting\s+vote/i.test(text);
  const lost = /\b(?:LOST|NOT\s+CARRIED|FELL)\b|\b(?:was|were|being)\s+(?:declared\s+)?(?:lost|defeated|not\s+carried)\b|\bfell\b/.test(text);
  const carried = /\bCARRIED\b|\b(?:was|were|being)\s+(?:declared\s+)?carried\b/.test(text);
  const withdrawn = /\b(?:was|were)\s+(?:then\s+)?withdrawn\b|\bWITHDRAWN\b/.test(text);
  if (withdrawn) return 'withdrawn';
  if (lost) return casting ? 'lost-on-casting-vote' : 'lost';
  if (carried) return casting ? 'carried-on-casting-vote' : 'carried';
  return undefined;
}

/** Everything a unit says about a motion, or nothing when it says nothing. */
export function motionFacts(text: string, lines: SourceLines): MotionFacts | undefined {
  const facts: MotionFacts = {};
  const mover = cleanName((MOVED_BY.exec(text) ?? NAME_MOVED.exec(text) ?? ON_THE_MOTION.exec(text))?.[1]);
  const seconder = cleanName((SECONDED_BY.exec(text) ?? NAME_SECONDED.exec(text))?.[1]);
  if (mover) facts.mover = mover;
  if (seconder) facts.seconder = seconder;
  if ((mover || seconder) && /\bamendment\b/i.test(text)) facts.amendment = true;
  const words = MOTION_TEXT.exec(text)?.[1];
  if (words) facts.motionText = words.trim();
  const counts = voteCounts(text);
  const named = namedVotes(text, lines);
  if (counts || named) facts.vote = { ...(counts ?? {}), ...(named ? { named } : {}) };
  const outcome = motionOutcome(text);
  if (outcome) facts.outcome = outcome;
  if (/\bunanimous(?:ly)?\b/i.test(text)) facts.unanimous = true;
  if (Object.keys(facts).length === 0) return undefined;
  return { ...facts, lines };
}
