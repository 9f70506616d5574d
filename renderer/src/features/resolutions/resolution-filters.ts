import type { ResolutionView } from '../../../../shared/api/views';
import type { Board } from '../../../../shared/model/board';
import { STANDARD_DECISION_VERBS, type ResolutionKind } from '../../../../shared/model/resolution';

export type ResolutionFilters = {
  /** '' for every board. */
  readonly boardId: string;
  /** '' for every kind of decision. */
  readonly kind: ResolutionKind | '';
  /** Meeting dates, YYYY-MM-DD, or ''. */
  readonly from: string;
  readonly to: string;
  /** Words or a reference to look for in the decision, its item or its board. */
  readonly words: string;
};

export const DEFAULT_RESOLUTION_FILTERS: ResolutionFilters = { boardId: '', kind: '', from: '', to: '', words: '' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The verbs the register filters by: the standard ones, then each board's own, once each. */
export function kindChoices(boards: readonly Pick<Board, 'decisionVerbs'>[] = []): { value: ResolutionKind | ''; label: string }[] {
  const verbs = [...new Set<string>([...STANDARD_DECISION_VERBS, ...boards.flatMap((b) => b.decisionVerbs ?? [])])];
  return [{ value: '', label: 'Any kind' }, ...verbs.map((kind) => ({ value: kind, label: kind }))];
}

export const KIND_CHOICES = kindChoices();

/** The filters an address gives; a kind is taken only if it is a standard verb or one of `boards`' own. */
export function parseResolutionFilters(search: string, boards: readonly Pick<Board, 'decisionVerbs'>[] = []): ResolutionFilters {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const isKind = (value: string | null): value is ResolutionKind => kindChoices(boards).some((c) => c.value !== '' && c.value === value);
  const date = (name: string): string => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  return { boardId: params.get('board') ?? '', kind: isKind(kind) ? kind : '', from: date('from'), to: date('to'), words: params.get('q') ?? '' };
}

export function resolutionFiltersSearch(filters: ResolutionFilters): string {
  const params = new URLSearchParams();
  if (filters.boardId !== '') params.set('board', filters.boardId);
  if (filters.kind !== '') params.set('kind', filters.kind);
  if (filters.from !== '') params.set('from', filters.from);
  if (filters.to !== '') params.set('to', filters.to);
  if (filters.words.trim() !== '') params.set('q', filters.words);
  return params.toString();
}

/** The dates the backend can filter by: only whole dates, so a half-typed one is not sent. */
export function dateRange(filters: ResolutionFilters): { from?: string; to?: string } {
  return { ...(ISO_DATE.test(filters.from) ? { from: filters.from } : {}), ...(ISO_DATE.test(filters.to) ? { to: filters.to } : {}) };
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Kind and words, which the register applies itself; every word typed must appear somewhere in the decision. */
export function filterResolutions(resolutions: readonly ResolutionView[], filters: Pick<ResolutionFilters, 'kind' | 'words'>): ResolutionView[] {
  const words = fold(filters.words)
    .split(/\s+/)
    .filter((w) => w !== '');
  return resolutions.filter((r) => {
    if (filters.kind !== '' && r.kind !== filters.kind) return false;
    if (words.length === 0) return true;
    const haystack = fold([r.reference ?? '', r.kind, r.recommendedTo ?? '', r.itemTitle, r.boardName, ...r.parts.map((p) => p.text)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

export const decisionCountWords = (n: number): string => `${n} ${n === 1 ? 'decision' : 'decisions'}`;
