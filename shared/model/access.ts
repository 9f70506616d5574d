import { z } from 'zod';
import { Audit, Id } from './common';

/** Reasonable adjustments a person may need to take part in a meeting. */
export const ACCESS_NEED_KINDS = [
  'large-print',
  'easy-read',
  'bsl-interpreter',
  'personal-assistant',
  'hearing-loop',
  'step-free-access',
  'breaks',
  'papers-posted-early',
  'papers-emailed-early',
  'other',
] as const;
export const AccessNeedKind = z.enum(ACCESS_NEED_KINDS);
export type AccessNeedKind = z.infer<typeof AccessNeedKind>;

export const AccessNeed = z.object({
  kind: AccessNeedKind,
  /** What exactly is needed ("papers a week early, in 16 point"); required for "other". */
  detail: z.string().trim().max(500).optional(),
});
export type AccessNeed = z.infer<typeof AccessNeed>;

/**
 * One line of a meeting's access checklist: an attendee's need and whether it has been arranged. Lines exist only
 * once the secretariat has touched them; a need without a line is not arranged.
 */
export const AccessArrangement = z.object({
  id: Id,
  meetingId: Id,
  personId: Id,
  need: AccessNeedKind,
  arranged: z.boolean(),
  note: z.string().trim().max(500).optional(),
  ...Audit,
});
export type AccessArrangement = z.infer<typeof AccessArrangement>;
