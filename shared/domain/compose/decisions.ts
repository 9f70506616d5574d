import type { Block, Runs } from '../../document/model';
import { EXEMPT_CATEGORIES } from '../../model/exempt-categories';
import type { ExemptCategory, Resolution, VoteChoice } from '../../model';
import { list, para, strong, text } from './blocks';
import type { ComposeItem } from './meeting-data';
import { listInWords, type PeopleIndex } from './people';

/** "RESOLVED:", "RECOMMENDED to Cabinet:". */
export function decisionOpening(resolution: Pick<Resolution, 'kind' | 'recommendedTo'>): string {
  return resolution.kind === 'RECOMMENDED' && resolution.recommendedTo !== undefined
    ? `RECOMMENDED to ${resolution.recommendedTo}:`
    : `${resolution.kind}:`;
}

/** The exact words of a decision: one part runs on after "RESOLVED:"; several are numbered (1), (2), ... */
export function decisionBlocks(resolution: Resolution): Block[] {
  const opening = strong(decisionOpening(resolution));
  const [only, ...more] = resolution.parts;
  if (only !== undefined && more.length === 0) return [para([opening, text(` ${only.text}`)])];
  return [
    para([opening]),
    list(
      'parenthesised',
      resolution.parts.map((p) => p.text),
    ),
  ];
}

/** "(1) That ... (2) That ...": a decision on one line, for registers and spreadsheets. */
export function decisionInline(resolution: Resolution): string {
  const parts = resolution.parts.length === 1 ? (resolution.parts[0]?.text ?? '') : resolution.parts.map((p, i) => `(${i + 1}) ${p.text}`).join(' ');
  return `${decisionOpening(resolution)} ${parts}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "5 for, 1 against, 1 abstention". */
export function voteInWords(vote: { readonly for: number; readonly against: number; readonly abstain: number }): string {
  return `${vote.for} for, ${vote.against} against, ${plural(vote.abstain, 'abstention', 'abstentions')}`;
}

const CHOICES: readonly (readonly [VoteChoice, string])[] = [
  ['for', 'For'],
  ['against', 'Against'],
  ['abstain', 'Abstained'],
];

/** The vote, and for a recorded vote who voted which way. */
export function voteBlocks(resolution: Resolution, people: PeopleIndex): Block[] {
  if (resolution.recordedVote !== undefined && resolution.recordedVote.length > 0) {
    const recorded = resolution.recordedVote;
    const lines: Runs[] = CHOICES.map(([choice, label]) => {
      const names = recorded.filter((v) => v.vote === choice).map((v) => people.name(v.personId));
      return [strong(`${label} (${names.length}):`), text(` ${names.length === 0 ? 'none' : listInWords(names)}`)];
    });
    return [para('A recorded vote was taken:'), list('bullet', lines)];
  }
  if (resolution.vote !== undefined) return [para(`The vote was ${voteInWords(resolution.vote)}.`)];
  return [];
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
