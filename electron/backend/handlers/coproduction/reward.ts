import { canMoveClaim, isClaimEditable, refusedMoveReason } from '../../../../shared/domain/reward/claim-status';
import { rateHistory } from '../../../../shared/domain/reward/rates';
import { rewardTotals } from '../../../../shared/domain/reward/totals';
import { rewardBandLabel } from '../../../../shared/domain/reward/labels';
import { formatLongDate, personKindLabel } from '../../../../shared/domain';
import { RewardRate, type RewardClaim } from '../../../../shared/model';
import type { RewardRateView } from '../../../../shared/api/areas/reward';
import { ApiFailure, type HandlerMap } from '../handler-context';
import { definedOnly, requireBoard, requirePerson, stamps, today } from '../lookup';
import { checkClaimFacts, claimViews, filterClaims, parseClaim, requireClaim, workOutLines } from './reward-claims';
import { financeCsv, rewardStatement } from './reward-files';

type RewardMethod =
  | 'reward.rates.list'
  | 'reward.rates.set'
  | 'reward.rates.remove'
  | 'reward.claims.list'
  | 'reward.claims.create'
  | 'reward.claims.update'
  | 'reward.claims.setStatus'
  | 'reward.claims.remove'
  | 'reward.totals'
  | 'reward.financeCsv'
  | 'reward.statement';

const usesOf = (claims: readonly RewardClaim[]): Map<string, number> => {
  const uses = new Map<string, number>();
  for (const claim of claims) for (const line of claim.reward) uses.set(line.rateId, (uses.get(line.rateId) ?? 0) + 1);
  return uses;
};

/**
 * Reciprocal reward. Rates are never edited in place (a change is a new rate from its date) and claims keep the
 * amounts worked out when they were entered, so a change of rate never alters a past claim.
 */
export const rewardHandlers: HandlerMap<RewardMethod> = {
  'reward.rates.list': (input, ctx) => {
    const boards = new Map(ctx.repo.all('boards').map((b) => [b.id, b.name]));
    const uses = usesOf(ctx.repo.all('rewardClaims'));
    return rateHistory(ctx.repo.all('rewardRates'))
      .filter(({ rate }) => input.boardId === undefined || rate.boardId === undefined || rate.boardId === input.boardId)
      .map(({ rate, until }): RewardRateView => {
        const boardName = rate.boardId === undefined ? undefined : boards.get(rate.boardId);
        return {
          ...rate,
          ...(boardName === undefined ? {} : { boardName }),
          ...(until === undefined ? {} : { until }),
          claimsUsing: uses.get(rate.id) ?? 0,
        };
      });
  },

  'reward.rates.set': (input, ctx) => {
    if (input.boardId !== undefined) requireBoard(ctx, input.boardId);
    const same = ctx.repo
      .all('rewardRates')
      .find((r) => r.boardId === input.boardId && r.role === input.role && r.band === input.band && r.effectiveFrom === input.effectiveFrom);
    if (same !== undefined) {
      throw new ApiFailure(
        'conflict',
        `There is already a rate for ${personKindLabel(input.role)}, "${rewardBandLabel(input.band)}", from ${formatLongDate(input.effectiveFrom)}. Rates are not changed in place: add the new rate from the day it applies.`,
        'effectiveFrom',
      );
    }
    const rate = RewardRate.parse({ ...definedOnly(input), id: ctx.ids.next(), ...stamps(ctx) });
    ctx.repo.commit([{ type: 'put', collection: 'rewardRates', record: rate }]);
    return rate;
  },

  'reward.rates.remove': (input, ctx) => {
    const rate = ctx.repo.get('rewardRates', input.id);
    if (rate === undefined) throw new ApiFailure('not_found', 'There is no rate with that id.', 'id');
    const used = usesOf(ctx.repo.all('rewardClaims')).get(rate.id) ?? 0;
    if (used > 0) {
      throw new ApiFailure(
        'conflict',
        `${used === 1 ? 'A claim was' : `${used} claims were`} worked out with this rate, so it stays on record. To change the rate, add a new one from the day it changes.`,
        'id',
      );
    }
    ctx.repo.commit([{ type: 'delete', collection: 'rewardRates', id: rate.id }]);
    return { removed: [rate.id] };
  },

  'reward.claims.list': (input, ctx) => claimViews(ctx, filterClaims(ctx, input)),

  'reward.claims.create': (input, ctx) => {
    const facts = checkClaimFacts(ctx, input);
    const claim = parseClaim({
      ...definedOnly(input),
      date: facts.date,
      id: ctx.ids.next(),
      reward: workOutLines(ctx, facts),
      status: 'due',
      ...stamps(ctx),
    });
    ctx.repo.commit([{ type: 'put', collection: 'rewardClaims', record: claim }]);
    return claim;
  },

  'reward.claims.update': (input, ctx) => {
    const existing = requireClaim(ctx, input.id);
    const { note, meetingId, description, ...facts } = input.patch;
    const changesFacts =
      Object.values(facts).some((v) => v !== undefined) || meetingId !== undefined || description !== undefined || input.recalculate;
    if (changesFacts && !isClaimEditable(existing)) {
      throw new ApiFailure(
        'locked',
        existing.status === 'paid'
          ? 'This claim has been paid, so only its note can change.'
          : 'This claim has been approved, so only its note can change. Return it to due to correct it.',
      );
    }
    const merged: Record<string, unknown> = { ...existing, ...definedOnly(facts), updatedAt: ctx.clock.now() };
    const clear = (key: string, value: string | null | undefined): void => {
      if (value === null) delete merged[key];
      else if (value !== undefined) merged[key] = value;
    };
    clear('note', note);
    clear('description', description);
    clear('meetingId', meetingId);
    if (changesFacts) {
      // A new meeting brings its date unless a date was given too.
      const newMeeting = typeof meetingId === 'string' && meetingId !== existing.meetingId;
      const checked = checkClaimFacts(
        ctx,
        {
          personId: facts.personId ?? existing.personId,
          boardId: facts.boardId ?? existing.boardId,
          meetingId: meetingId === null ? undefined : (meetingId ?? existing.meetingId),
          date: facts.date ?? (newMeeting ? undefined : existing.date),
          durationMinutes: facts.durationMinutes ?? existing.durationMinutes,
          preparationMinutes: facts.preparationMinutes ?? existing.preparationMinutes,
        },
        existing.id,
      );
      merged['date'] = checked.date;
      if (input.recalculate) merged['reward'] = workOutLines(ctx, checked);
    }
    const claim = parseClaim(merged);
    ctx.repo.commit([{ type: 'put', collection: 'rewardClaims', record: claim }]);
    return claim;
  },

  'reward.claims.setStatus': (input, ctx) => {
    const existing = requireClaim(ctx, input.id);
    if (!canMoveClaim(existing.status, input.status))
      throw new ApiFailure('invalid_transition', refusedMoveReason(existing.status, input.status), 'status');
    const date = input.date ?? today(ctx);
    const { approvedOn, paidOn: _paidOn, ...rest } = existing;
    let next: Record<string, unknown>;
    if (input.status === 'due') next = rest;
    else if (input.status === 'approved') next = { ...rest, approvedOn: date };
    else {
      if (approvedOn !== undefined && date < approvedOn) {
        throw new ApiFailure(
          'invalid_input',
          `The claim was approved on ${formatLongDate(approvedOn)}: it cannot have been paid before that.`,
          'date',
        );
      }
      next = { ...rest, ...(approvedOn === undefined ? {} : { approvedOn }), paidOn: date };
    }
    const claim = parseClaim({ ...next, status: input.status, updatedAt: ctx.clock.now() });
    ctx.repo.commit([{ type: 'put', collection: 'rewardClaims', record: claim }]);
    return claim;
  },

  'reward.claims.remove': (input, ctx) => {
    const claim = requireClaim(ctx, input.id);
    if (claim.status !== 'due') {
      throw new ApiFailure(
        'locked',
        `This claim has been ${claim.status}, so it stays on record. Only a claim that is still due can be removed.`,
        'id',
      );
    }
    ctx.repo.commit([{ type: 'delete', collection: 'rewardClaims', id: claim.id }]);
    return { removed: [claim.id] };
  },

  'reward.totals': (input, ctx) => {
    if (input.personId !== undefined) requirePerson(ctx, input.personId);
    const names = new Map(ctx.repo.all('people').map((p) => [p.id, p.name]));
    return rewardTotals(filterClaims(ctx, input))
      .map((t) => ({ ...t, personName: names.get(t.personId) ?? 'Someone no longer in Minute Book' }))
      .sort((a, b) => a.personName.localeCompare(b.personName, 'en-GB'));
  },

  'reward.financeCsv': (input, ctx) => financeCsv(ctx, input),

  'reward.statement': (input, ctx) => rewardStatement(ctx, input),
};
