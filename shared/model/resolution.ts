import { z } from 'zod';
import { Audit, Id, Text } from './common';

export const RESOLUTION_KINDS = ['RESOLVED', 'AGREED', 'NOTED', 'RECOMMENDED'] as const;
export const ResolutionKind = z.enum(RESOLUTION_KINDS);
export type ResolutionKind = z.infer<typeof ResolutionKind>;

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export const VoteChoice = z.enum(VOTE_CHOICES);
export type VoteChoice = z.infer<typeof VoteChoice>;

export const VoteCount = z.object({
  for: z.number().int().min(0),
  against: z.number().int().min(0),
  abstain: z.number().int().min(0),
});
export type VoteCount = z.infer<typeof VoteCount>;

export const NamedVote = z.object({ personId: Id, vote: VoteChoice });
export type NamedVote = z.infer<typeof NamedVote>;

export const ResolutionPart = z.object({ id: Id, text: Text(4000) });
export type ResolutionPart = z.infer<typeof ResolutionPart>;

export const Resolution = z
  .object({
    id: Id,
    meetingId: Id,
    itemId: Id,
    /** Position among the item's resolutions. */
    order: z.number().int().min(0),
    kind: ResolutionKind,
    /** The body a recommendation goes to, e.g. "Cabinet". */
    recommendedTo: z.string().trim().max(200).optional(),
    /** The numbered parts: "(1) That the report be noted." */
    parts: z.array(ResolutionPart).min(1, 'A decision needs at least one part').max(50),
    vote: VoteCount.optional(),
    /** A recorded vote names how each member voted. */
    recordedVote: z.array(NamedVote).max(200).optional(),
    /** Assigned by the board's scheme when the minutes are drafted. */
    reference: z.string().max(120).optional(),
    ...Audit,
  })
  .refine((r) => r.kind !== 'RECOMMENDED' || (r.recommendedTo ?? '').length > 0, {
    message: 'Say which body the recommendation goes to',
    path: ['recommendedTo'],
  });
export type Resolution = z.infer<typeof Resolution>;
