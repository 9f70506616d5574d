import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import { claimSums } from '../../../../shared/domain/reward/claim-sums';
import { rewardBandLabel } from '../../../../shared/domain/reward/labels';
import { rewardNames } from '../../../../shared/domain/reward/reward-records';
import { workOutReward, type MissingRate } from '../../../../shared/domain/reward/reward-lines';
import { inTaxYear, taxYearOf } from '../../../../shared/domain/reward/tax-year';
import { formatLongDate, personKindLabel } from '../../../../shared/domain';
import { RewardClaim, type Board, type ClaimStatus, type Meeting, type Person, type RewardLine } from '../../../../shared/model';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { requireBoard, requireMeeting, requirePerson } from '../lookup';

export type ClaimFilter = {
  readonly boardId?: string | undefined;
  readonly personId?: string | undefined;
  readonly taxYear?: string | undefined;
  readonly status?: ClaimStatus | undefined;
  readonly meetingId?: string | undefined;
};

export function filterClaims(ctx: HandlerContext, filter: ClaimFilter): RewardClaim[] {
  return ctx.repo
    .all('rewardClaims')
    .filter(
      (c) =>
        (filter.boardId === undefined || c.boardId === filter.boardId) &&
        (filter.personId === undefined || c.personId === filter.personId) &&
        (filter.taxYear === undefined || inTaxYear(c.date, filter.taxYear)) &&
        (filter.status === undefined || c.status === filter.status) &&
        (filter.meetingId === undefined || c.meetingId === filter.meetingId),
    );
}

export function requireClaim(ctx: HandlerContext, id: string, path = 'id'): RewardClaim {
  const claim = ctx.repo.get('rewardClaims', id);
  if (claim === undefined) throw new ApiFailure('not_found', 'There is no claim with that id.', path);
  return claim;
}

/** Newest first, then by name: the order a clerk works through claims. */
export function claimViews(ctx: HandlerContext, claims: readonly RewardClaim[]): RewardClaimView[] {
  const people = ctx.repo.all('people');
  const names = rewardNames({ people, boards: ctx.repo.all('boards'), meetings: ctx.repo.all('meetings') });
  const kinds = new Map(people.map((p) => [p.id, p.kind]));
  return claims
    .map((claim): RewardClaimView => {
      const sums = claimSums(claim);
      return {
        ...claim,
        personName: names.person(claim.personId),
        personKind: kinds.get(claim.personId) ?? 'member-of-the-public',
        boardName: names.board(claim.boardId),
        meetingLabel: names.meeting(claim.meetingId),
        taxYear: taxYearOf(claim.date),
        rewardPence: sums.rewardPence,
        expensesPence: sums.expensesPence,
        payablePence: sums.payablePence,
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.personName.localeCompare(b.personName, 'en-GB') || a.id.localeCompare(b.id));
}

/** What decides a claim's reward and where it belongs, once checked against the store. */
export type ClaimFacts = {
  readonly person: Person;
  readonly board: Board;
  readonly meeting: Meeting | undefined;
  readonly date: string;
  readonly durationMinutes: number;
  readonly preparationMinutes: number;
};

export function checkClaimFacts(
  ctx: HandlerContext,
  input: {
    personId: string;
    boardId: string;
    meetingId?: string | undefined;
    date?: string | undefined;
    durationMinutes: number;
    preparationMinutes: number;
  },
  exceptClaimId?: string,
): ClaimFacts {
  const person = requirePerson(ctx, input.personId);
  const board = requireBoard(ctx, input.boardId);
  const meeting = input.meetingId === undefined ? undefined : requireMeeting(ctx, input.meetingId);
  if (meeting !== undefined && meeting.boardId !== board.id)
    throw new ApiFailure('invalid_input', 'That meeting belongs to a different board.', 'meetingId');
  if (meeting?.status === 'cancelled') throw new ApiFailure('conflict', 'That meeting was cancelled, so nobody can claim for it.', 'meetingId');
  const date = input.date ?? meeting?.date;
  if (date === undefined) throw new ApiFailure('invalid_input', 'Give the date of the activity.', 'date');
  if (meeting !== undefined) {
    const twice = ctx.repo.all('rewardClaims').find((c) => c.id !== exceptClaimId && c.personId === person.id && c.meetingId === meeting.id);
    if (twice !== undefined)
      throw new ApiFailure('conflict', `${person.name} already has a claim for this meeting: change that claim instead.`, 'meetingId');
  }
  return { person, board, meeting, date, durationMinutes: input.durationMinutes, preparationMinutes: input.preparationMinutes };
}

function missingRateMessage(missing: readonly MissingRate[], facts: ClaimFacts): string {
  const bands = missing.map((m) => `"${rewardBandLabel(m.band)}"`).join(' and ');
  const role = personKindLabel(facts.person.kind);
  return (
    `No reward rate applies to this claim. Add a rate for ${role}, ${bands}, from ${formatLongDate(facts.date)} or earlier, ` +
    `for ${facts.board.name} or for all boards; then enter the claim again.`
  );
}

/** The claim's reward lines from the rates in force on its date, or a refusal that says which rate to add. */
export function workOutLines(ctx: HandlerContext, facts: ClaimFacts): RewardLine[] {
  const worked = workOutReward(
    {
      role: facts.person.kind,
      boardId: facts.board.id,
      date: facts.date,
      durationMinutes: facts.durationMinutes,
      preparationMinutes: facts.preparationMinutes,
    },
    ctx.repo.all('rewardRates'),
  );
  if (!worked.ok) throw new ApiFailure('conflict', missingRateMessage(worked.missing, facts));
  return [...worked.lines];
}

/** Validates a whole claim record, turning the model's refusals into the clerk's words and the field's path. */
export function parseClaim(record: Record<string, unknown>): RewardClaim {
  const parsed = RewardClaim.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiFailure('invalid_input', issue?.message ?? 'That claim is not valid.', issue?.path.join('.'));
  }
  const claim = parsed.data;
  if (claim.reward.length === 0 && claim.expenses.length === 0) {
    throw new ApiFailure('invalid_input', 'A claim needs time given, preparation time or an expense.', 'durationMinutes');
  }
  return claim;
}
