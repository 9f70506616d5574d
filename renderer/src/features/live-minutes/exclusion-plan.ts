import type { NumberedItem } from '../../../../shared/api/views';
import type { ExemptCategory } from '../../../../shared/model/agenda-item';
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
  const host = items.filter((i) => i.part === 'public' && i.depth === 0).at(-1) ?? firstExempt;
  // One category per private top-level item: "the following items", citing each paragraph once.
  const categories = items
    .filter((i) => i.part === 'private' && i.depth === 0)
    .map((i): ExemptCategory => (i.confidentiality.access === 'exempt' ? i.confidentiality.category : 1));
  const drafted = resolutions.find((r) => isExclusionResolution(r.parts));
  return { firstExempt, host, text: exclusionResolutionText(categories), drafted };
}
