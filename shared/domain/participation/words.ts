import type { PapersNotice } from './measures';

/** "40%"; "no one took part" when there is nobody to take a share of. */
export const percentWords = (share: number | null): string => (share === null ? 'none recorded' : `${Math.round(share * 100)}%`);

/** "5 clear days (late)", "not recorded". */
export function papersWords(papers: PapersNotice): string {
  if (papers.kind === 'not-recorded') return 'Not recorded';
  const days = `${papers.clearDays} clear ${papers.clearDays === 1 ? 'day' : 'days'}`;
  return papers.late ? `${days} (late)` : days;
}

/** "6.5" for an average of clear days: one decimal place, dropped when whole. */
export function averageWords(average: number | null): string {
  if (average === null) return 'none recorded';
  const rounded = Math.round(average * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
