import { z } from 'zod';
import { Audit, Id, IsoDate, Text } from './common';
import { PersonKind } from './person';

/** What a rate pays for: a length of involvement, or preparation time by the hour. */
export const REWARD_BANDS = ['up-to-half-day', 'over-half-day', 'preparation-hour'] as const;
export const RewardBand = z.enum(REWARD_BANDS);
export type RewardBand = z.infer<typeof RewardBand>;

/** Money in whole pence, so that sums are exact. */
export const Pence = z.number().int().min(0).max(100_000_000);

/**
 * A rate of reward for a role and band, from a date. A later rate for the same role and band replaces it from its
 * own date; claims keep the amount worked out when they were entered, so a change of rate never alters them.
 */
export const RewardRate = z.object({
  id: Id,
  /** The board the rate applies to; every board when left out. */
  boardId: Id.optional(),
  role: PersonKind,
  band: RewardBand,
  amountPence: Pence,
  effectiveFrom: IsoDate,
  ...Audit,
});
export type RewardRate = z.infer<typeof RewardRate>;

export const ACTIVITY_KINDS = ['meeting', 'preparation', 'training', 'workshop', 'event', 'other'] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const EXPENSE_KINDS = ['travel', 'carer', 'other'] as const;
export const ExpenseKind = z.enum(EXPENSE_KINDS);
export type ExpenseKind = z.infer<typeof ExpenseKind>;

export const Expense = z.object({
  kind: ExpenseKind,
  description: z.string().trim().max(300).optional(),
  amountPence: Pence,
  /** The receipt's reference, as filed by finance. */
  receiptReference: z.string().trim().max(100).optional(),
});
export type Expense = z.infer<typeof Expense>;

/** How the person chose to receive their reward. The tool records the choice; it never applies benefit rules. */
export const PaymentChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bank-transfer') }),
  z.object({ kind: z.literal('vouchers') }),
  z.object({ kind: z.literal('donation'), charity: Text(200) }),
  z.object({ kind: z.literal('declined') }),
]);
export type PaymentChoice = z.infer<typeof PaymentChoice>;

export const CLAIM_STATUSES = ['due', 'approved', 'paid'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** One worked-out line of a claim's reward, with the rate it used, kept as it was when the claim was entered. */
export const RewardLine = z.object({
  band: RewardBand,
  rateId: Id,
  /** Units of the band: 1 for a session, hours for preparation. */
  quantity: z.number().min(0).max(1000),
  unitPence: Pence,
  amountPence: Pence,
});
export type RewardLine = z.infer<typeof RewardLine>;

export const RewardClaim = z
  .object({
    id: Id,
    personId: Id,
    boardId: Id,
    /** The meeting the claim is for; left out for other activities. */
    meetingId: Id.optional(),
    activity: ActivityKind,
    description: z.string().trim().max(300).optional(),
    date: IsoDate,
    /** Time given, in minutes: decides the session band. */
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    preparationMinutes: z
      .number()
      .int()
      .min(0)
      .max(100 * 60),
    reward: z.array(RewardLine).max(10),
    expenses: z.array(Expense).max(30),
    choice: PaymentChoice,
    /** Whether benefits advice was offered, and on which day. */
    benefitsAdvice: z.object({ offered: z.boolean(), offeredOn: IsoDate.optional() }),
    status: ClaimStatus,
    approvedOn: IsoDate.optional(),
    paidOn: IsoDate.optional(),
    note: z.string().trim().max(1000).optional(),
    ...Audit,
  })
  .refine((c) => !c.benefitsAdvice.offered || c.benefitsAdvice.offeredOn !== undefined, {
    message: 'Say when benefits advice was offered',
    path: ['benefitsAdvice', 'offeredOn'],
  });
export type RewardClaim = z.infer<typeof RewardClaim>;
