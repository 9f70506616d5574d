import type { NumberedItem } from '../../../../shared/api/views';
import { exemptParagraphs, type ExemptCategory } from '../../../../shared/model/agenda-item';
import type { Resolution } from '../../../../shared/model/resolution';
import { exclusionResolutionText, isExclusionResolution } from '../../../../shared/domain/press-exclusion';

/** Where and how the resolution to exclude the press and public belongs in these minutes. */
export type ExclusionPlan = {
  /** The first item of the private part. */
  readonly firstExempt: NumberedItem;
  /**
   * The item whose minute carries the resolution: the last public item before the private part, so the
   * resolution is in the public minutes. With no public item at all, the first exempt item itself.
   */
  readonly host: NumberedItem;
  readonly text: string;
  /** The resolution already drafted, if any. */
  readonly drafted: Resolution | undefined;
};

/** The plan for a meeting with a private part; undefined when every item is public. */
export function exclusionPlan(items: readonly NumberedItem[], resolutions: readonly Resolution[]): ExclusionPlan | undefined {
  const firstExempt = items.find((i) => i.part === 'private');
  if (firstExempt === undefined) return undefined;
  // The public item just before it: the last of all when exempt items go at the end, else where they were taken.
  const host =
    items
      .slice(0, items.indexOf(firstExempt))
      .filter((i) => i.part === 'public' && i.depth === 0)
      .at(-1) ?? firstExempt;
  // "The following items", citing each paragraph of every private top-level item once.
  const privateTop = items.filter((i) => i.part === 'private' && i.depth === 0);
  const categories = privateTop.flatMap((i): ExemptCategory[] => (i.confidentiality.access === 'exempt' ? exemptParagraphs(i.confidentiality) : []));
  const drafted = resolutions.find((r) => isExclusionResolution(r.parts));
  return { firstExempt, host, text: exclusionResolutionText(categories, privateTop.length), drafted };
}
