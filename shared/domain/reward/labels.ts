import type { ActivityKind, ClaimStatus, ExpenseKind, PaymentChoice, RewardBand } from '../../model';

// Records over the model's enums: a new band, kind or status is a compile error here until it has words.
const BANDS: Readonly<Record<RewardBand, string>> = {
  'up-to-half-day': 'Up to half a day',
  'over-half-day': 'Over half a day',
  'preparation-hour': 'Preparation, per hour',
};

const ACTIVITIES: Readonly<Record<ActivityKind, string>> = {
  meeting: 'Meeting',
  preparation: 'Preparation',
  training: 'Training',
  workshop: 'Workshop',
  event: 'Event',
  other: 'Other activity',
};

const EXPENSES: Readonly<Record<ExpenseKind, string>> = {
  travel: 'Travel',
  carer: 'Carer costs',
  other: 'Other expenses',
};

const STATUSES: Readonly<Record<ClaimStatus, string>> = {
  due: 'Due',
  approved: 'Approved',
  paid: 'Paid',
};

const CHOICES: Readonly<Record<PaymentChoice['kind'], string>> = {
  'bank-transfer': 'Bank transfer',
  vouchers: 'Vouchers',
  donation: 'Donation to charity',
  declined: 'Declined',
};

export const rewardBandLabel = (band: RewardBand): string => BANDS[band];
export const activityKindLabel = (kind: ActivityKind): string => ACTIVITIES[kind];
export const expenseKindLabel = (kind: ExpenseKind): string => EXPENSES[kind];
export const claimStatusLabel = (status: ClaimStatus): string => STATUSES[status];
export const paymentChoiceKindLabel = (kind: PaymentChoice['kind']): string => CHOICES[kind];

/** "Donation to charity: Riverside Food Bank", "Bank transfer". */
export const paymentChoiceLabel = (choice: PaymentChoice): string =>
  choice.kind === 'donation' ? `${CHOICES.donation}: ${choice.charity}` : CHOICES[choice.kind];
