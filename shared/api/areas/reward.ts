import { z } from 'zod';
import type { PersonYearTotals } from '../../domain/reward/totals';
import { isTaxYear } from '../../domain/reward/tax-year';
import { ActivityKind, ClaimStatus, Expense, Id, PaymentChoice, PersonKind, Pence, RewardBand, type RewardClaim, type RewardRate } from '../../model';
import { DateInput } from '../dates';
import type { ExportFile } from '../exports';

/**
 * Reciprocal reward: rates by role and length of involvement, each from a date; claims per meeting or activity with
 * expenses and the person's choice of how to receive the reward; totals per tax year; finance's CSV; statements.
 */

const TaxYear = z.string().trim().refine(isTaxYear, 'Give a tax year such as 2025/26');

const BenefitsAdvice = z
  .object({ offered: z.boolean(), offeredOn: DateInput.optional() })
  .refine((a) => !a.offered || a.offeredOn !== undefined, { message: 'Say when benefits advice was offered', path: ['offeredOn'] });

const optionalText = (max: number): z.ZodOptional<z.ZodString> => z.string().trim().max(max).optional();

/** A claim's own fields, none defaulted: what a change may name. */
const ClaimFacts = z.object({
  personId: Id,
  boardId: Id,
  /** The meeting the claim is for; its date is the claim's unless another is given. */
  meetingId: Id.optional(),
  activity: ActivityKind,
  description: optionalText(300),
  /** Needed when the claim is not for a meeting. */
  date: DateInput.optional(),
  durationMinutes: z
    .number()
    .int()
    .min(0, 'Time given cannot be negative')
    .max(24 * 60, 'Time given cannot be more than 24 hours'),
  preparationMinutes: z
    .number()
    .int()
    .min(0, 'Preparation cannot be negative')
    .max(100 * 60, 'Preparation cannot be more than 100 hours'),
  expenses: z.array(Expense).max(30),
  choice: PaymentChoice,
  benefitsAdvice: BenefitsAdvice,
  note: optionalText(1000),
});

/** A claim as the clerk enters it. The reward lines are worked out by the backend from the rates in force. */
export const ClaimFields = ClaimFacts.extend({
  preparationMinutes: ClaimFacts.shape.preparationMinutes.default(0),
  expenses: ClaimFacts.shape.expenses.default([]),
  benefitsAdvice: BenefitsAdvice.default({ offered: false }),
});

/** Which claims: every filter left out means all of them. */
export const ClaimFilters = z.object({
  boardId: Id.optional(),
  personId: Id.optional(),
  taxYear: TaxYear.optional(),
  status: ClaimStatus.optional(),
  meetingId: Id.optional(),
});

export const REWARD_INPUTS = {
  /** Every rate, all boards' and each board's, with its history; only those for one board (and all boards) if asked. */
  'reward.rates.list': z.object({ boardId: Id.optional() }),
  /** A new rate from a date. A rate is never edited in place: a change is a new rate from the day it applies. */
  'reward.rates.set': z.object({ boardId: Id.optional(), role: PersonKind, band: RewardBand, amountPence: Pence, effectiveFrom: DateInput }),
  /** Only a rate no claim has used: one entered by mistake. */
  'reward.rates.remove': z.object({ id: Id }),
  'reward.claims.list': ClaimFilters,
  'reward.claims.create': ClaimFields,
  /**
   * Changes a due claim (an approved or paid one only in its note). The reward lines stay as they were worked out
   * unless `recalculate` asks for them to be worked out again from the rates in force on the claim's date.
   */
  'reward.claims.update': z.object({
    id: Id,
    patch: ClaimFacts.omit({ boardId: true, meetingId: true, description: true, note: true })
      .partial()
      .extend({
        boardId: Id.optional(),
        /** null: the claim is no longer for a meeting. */
        meetingId: Id.nullable().optional(),
        description: z.string().trim().max(300).nullable().optional(),
        note: z.string().trim().max(1000).nullable().optional(),
      }),
    recalculate: z.boolean().default(false),
  }),
  /** Due → approved → paid, each with its date (today unless given); approved may go back to due to be corrected. */
  'reward.claims.setStatus': z.object({ id: Id, status: ClaimStatus, date: DateInput.optional() }),
  /** Only while due. */
  'reward.claims.remove': z.object({ id: Id }),
  /** Totals per person for one tax year. */
  'reward.totals': ClaimFilters.omit({ taxYear: true, meetingId: true }).extend({ taxYear: TaxYear }),
  /** The claims chosen by the filters as CSV for finance. */
  'reward.financeCsv': ClaimFilters,
  /** A person's statement for a tax year, as Word or PDF; every board's claims unless one board is given. */
  'reward.statement': z.object({ personId: Id, taxYear: TaxYear, format: z.enum(['docx', 'pdf']), boardId: Id.optional() }),
} as const;

/** A rate, with its board's name, the last day it applied (once a later one took over), and how many claims used it. */
export type RewardRateView = RewardRate & { readonly boardName?: string; readonly until?: string; readonly claimsUsing: number };

/** A claim with the names and sums a list shows. */
export type RewardClaimView = RewardClaim & {
  readonly personName: string;
  readonly personKind: z.infer<typeof PersonKind>;
  readonly boardName: string;
  /** The meeting's title or date; '' when the claim is not for a meeting. */
  readonly meetingLabel: string;
  readonly taxYear: string;
  readonly rewardPence: number;
  readonly expensesPence: number;
  /** Reward (unless declined) plus expenses. */
  readonly payablePence: number;
};

export type RewardTotalsView = PersonYearTotals & { readonly personName: string };

export type RewardOutputs = {
  'reward.rates.list': readonly RewardRateView[];
  'reward.rates.set': RewardRate;
  'reward.rates.remove': { readonly removed: readonly string[] };
  'reward.claims.list': readonly RewardClaimView[];
  'reward.claims.create': RewardClaim;
  'reward.claims.update': RewardClaim;
  'reward.claims.setStatus': RewardClaim;
  'reward.claims.remove': { readonly removed: readonly string[] };
  'reward.totals': readonly RewardTotalsView[];
  'reward.financeCsv': ExportFile;
  'reward.statement': ExportFile;
};
