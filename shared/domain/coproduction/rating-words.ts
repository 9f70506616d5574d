import type { CriteriaSet, PersonKind, Rating, RatingSubjectKind } from '../../model';

const KIND_WORDS: Readonly<Record<PersonKind, readonly [string, string]>> = {
  councillor: ['councillor', 'councillors'],
  officer: ['officer', 'officers'],
  'expert-by-experience': ['expert by experience', 'experts by experience'],
  champion: ['champion', 'champions'],
  carer: ['carer', 'carers'],
  'voluntary-sector-partner': ['voluntary sector partner', 'voluntary sector partners'],
  'health-partner': ['health partner', 'health partners'],
  'member-of-the-public': ['member of the public', 'members of the public'],
};

const SUBJECT_KINDS: Readonly<Record<RatingSubjectKind, string>> = { item: 'Agenda item', project: 'Project', workstream: 'Workstream' };

export const subjectKindLabel = (kind: RatingSubjectKind): string => SUBJECT_KINDS[kind];

/** "3 experts by experience", "1 carer". */
export function kindCountWords(kind: PersonKind, count: number): string {
  const [one, many] = KIND_WORDS[kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** The order kinds of member are listed in: experts by experience and partners first, as co-production puts them. */
export const RATER_KINDS: readonly PersonKind[] = [
  'expert-by-experience',
  'carer',
  'champion',
  'voluntary-sector-partner',
  'health-partner',
  'councillor',
  'officer',
  'member-of-the-public',
];

/** "3 experts by experience, 2 officers and 1 carer (6 people)", or a plain statement that nobody was recorded. */
export function ratedByWords(ratedBy: Rating['ratedBy']): string {
  if (ratedBy.length === 0) return 'Not recorded';
  const total = ratedBy.reduce((sum, r) => sum + r.count, 0);
  const parts = ratedBy.toSorted((a, b) => RATER_KINDS.indexOf(a.kind) - RATER_KINDS.indexOf(b.kind)).map((r) => kindCountWords(r.kind, r.count));
  return ratedBy.length === 1 ? parts.join('') : `${joinWords(parts)} (${total} people)`;
}

/** The top of a scale, as a score: a four-point scale runs from 0 to 3. */
export const scaleTop = (scale: readonly string[]): number => Math.max(1, scale.length - 1);

/** A score as a share of the scale's top, 0 to 1. */
export const shareOfTop = (score: number, scale: readonly string[]): number => Math.min(1, Math.max(0, score / scaleTop(scale)));

/** "67%". */
export const percentWords = (share: number): string => `${Math.round(share * 100)}%`;

/** The label of a score on the set's scale ("Mostly"); a score beyond the scale is shown as its number. */
export function scoreLabel(set: Pick<CriteriaSet, 'scale'>, score: number): string {
  return set.scale[score] ?? `Point ${score + 1}`;
}

/** "Up 1 point", "Down 2 points", "No change"; for a first rating, "First rating". */
export function changeWords(change: number | null): string {
  if (change === null) return 'First rating';
  if (change === 0) return 'No change';
  const points = Math.abs(change);
  return `${change > 0 ? 'Up' : 'Down'} ${points} ${points === 1 ? 'point' : 'points'}`;
}

/** "Up 17 percentage points", for changes in an overall share. */
export function shareChangeWords(change: number | null): string {
  if (change === null) return 'First rating';
  const points = Math.round(Math.abs(change) * 100);
  if (points === 0) return 'No change';
  return `${change > 0 ? 'Up' : 'Down'} ${points} percentage ${points === 1 ? 'point' : 'points'}`;
}
