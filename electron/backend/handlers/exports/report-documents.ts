import type { DocModel } from '../../../../shared/document/model';
import type { Sheet } from '../../../../shared/domain/compose/registers';
import { composeCoproductionReport } from '../../../../shared/domain/coproduction/report';
import { composeParticipationReport, participationSheet } from '../../../../shared/domain/participation';
import { composeAnnualReport } from '../../../../shared/domain/reports/annual-report';
import { coproductionSheet } from '../../../../shared/domain/reports/coproduction-sheet';
import type { ReportPeriod } from '../../../../shared/domain/reports/report-period';
import { rewardSummary } from '../../../../shared/domain/reports/reward-summary';
import { claimsInPeriod, composeRewardClaimsReport } from '../../../../shared/domain/reward/claims-report';
import { rewardFinanceSheet } from '../../../../shared/domain/reward/finance-sheet';
import { formatPence } from '../../../../shared/domain/reward/money';
import { composeYouSaidReport, youSaidSheet } from '../../../../shared/domain/you-said';
import type { ReportKind } from '../../../../shared/api/areas/reports';
import type { Board } from '../../../../shared/model';
import { actionLogData } from '../data/export-data';
import type { HandlerContext } from '../handler-context';
import { today } from '../lookup';
import { participationHandlers } from '../coproduction/participation';
import { coproductionReportData } from '../coproduction/ratings-data';
import { youSaidHandlers } from '../coproduction/you-said';

/** A report as a document and, for the kinds that come as a spreadsheet, as rows. */
export type ReportContent = { readonly doc: () => DocModel; readonly sheet?: () => Sheet };

const range = (period: ReportPeriod): { readonly from: string; readonly to: string } => ({ from: period.from, to: period.to });

async function participation(ctx: HandlerContext, board: Board, period: ReportPeriod): Promise<ReportContent> {
  const input = { boardId: board.id, ...range(period) };
  const report = await participationHandlers['participation.report'](input, ctx);
  const diversity = await participationHandlers['diversity.report'](input, ctx);
  return { doc: () => composeParticipationReport({ board, participation: report, diversity }), sheet: () => participationSheet(report, diversity) };
}

async function youSaidWeDid(ctx: HandlerContext, board: Board, period: ReportPeriod): Promise<ReportContent> {
  // Public: what members raised may be published; items taken in private show only that.
  const report = await youSaidHandlers['youSaid.report']({ boardId: board.id, ...range(period), audience: 'public' }, ctx);
  return { doc: () => composeYouSaidReport({ board, report }), sheet: () => youSaidSheet(report) };
}

function coproduction(ctx: HandlerContext, board: Board, period: ReportPeriod): ReportContent {
  const data = coproductionReportData(ctx, board, { audience: 'public', ...range(period) });
  return { doc: () => composeCoproductionReport(data), sheet: () => coproductionSheet(data) };
}

function reward(ctx: HandlerContext, board: Board, period: ReportPeriod): ReportContent {
  const claims = claimsInPeriod(ctx.repo.all('rewardClaims'), { boardId: board.id, ...range(period) });
  const records = { claims, people: ctx.repo.all('people'), boards: ctx.repo.all('boards'), meetings: ctx.repo.all('meetings') };
  return {
    doc: () => composeRewardClaimsReport({ ...records, board, ...range(period), today: today(ctx) }),
    sheet: () => rewardFinanceSheet(records),
  };
}

async function annual(ctx: HandlerContext, board: Board, period: ReportPeriod): Promise<ReportContent> {
  const sections = {
    participation: (await participation(ctx, board, period)).doc(),
    coproduction: coproduction(ctx, board, period).doc(),
    youSaidWeDid: (await youSaidWeDid(ctx, board, period)).doc(),
  };
  const meetings = ctx.repo.all('meetings').filter((m) => m.boardId === board.id && m.date >= period.from && m.date <= period.to);
  return {
    doc: () =>
      composeAnnualReport({
        board,
        period,
        meetings,
        actions: actionLogData(ctx, board, 'public'),
        reward: rewardSummary(ctx.repo.all('rewardClaims'), board.id, period),
        sections,
        money: formatPence,
      }),
  };
}

/** Gathers what a report needs from the store, now; composing and rendering come after. */
export async function reportContent(ctx: HandlerContext, kind: ReportKind, board: Board, period: ReportPeriod): Promise<ReportContent> {
  switch (kind) {
    case 'participation':
      return participation(ctx, board, period);
    case 'you-said-we-did':
      return youSaidWeDid(ctx, board, period);
    case 'coproduction':
      return coproduction(ctx, board, period);
    case 'reward':
      return reward(ctx, board, period);
    case 'annual':
      return annual(ctx, board, period);
  }
}
