import { MEDIA_TYPES, type ExportFile } from '../../../../shared/api/exports';
import { cleanFileName } from '../../../../shared/domain/file-names';
import { rewardFinanceSheet } from '../../../../shared/domain/reward/finance-sheet';
import type { RewardRecords } from '../../../../shared/domain/reward/reward-records';
import { composeRewardStatement } from '../../../../shared/domain/reward/statement';
import { inTaxYear, taxYearBounds } from '../../../../shared/domain/reward/tax-year';
import type { Board, RewardClaim } from '../../../../shared/model';
import { renderCsv } from '../../export/csv';
import { documentRun, runExport, text } from '../exports/export-prepare';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { requireBoard, requirePerson, today } from '../lookup';
import { filterClaims, type ClaimFilter } from './reward-claims';

/** A name any system accepts: "Reward claims RCPB 2025-26 approved 2025-07-01.csv". */
function fileName(parts: readonly string[], format: 'csv' | 'docx' | 'pdf'): string {
  const stem = parts.filter((p) => p !== '').join(' ');
  // A person's name may hold anything, bidirectional controls included: the shared cleaner makes it a safe name.
  return cleanFileName(`${stem}.${format}`, 'Reward');
}

const records = (ctx: HandlerContext, claims: readonly RewardClaim[]): RewardRecords => ({
  claims,
  people: ctx.repo.all('people'),
  boards: ctx.repo.all('boards'),
  meetings: ctx.repo.all('meetings'),
});

/** The chosen claims as CSV for finance, one row per claim. */
export async function financeCsv(ctx: HandlerContext, filter: ClaimFilter): Promise<ExportFile> {
  const board = filter.boardId === undefined ? undefined : requireBoard(ctx, filter.boardId);
  const person = filter.personId === undefined ? undefined : requirePerson(ctx, filter.personId);
  const sheet = rewardFinanceSheet(records(ctx, filterClaims(ctx, filter)));
  const name = fileName(
    ['Reward claims', board?.shortCode ?? '', person?.name ?? '', filter.taxYear?.replace('/', '-') ?? '', filter.status ?? '', today(ctx)],
    'csv',
  );
  return runExport(ctx, { fileName: name, mediaType: MEDIA_TYPES.csv, run: async () => text(await renderCsv(sheet)) });
}

/** The board whose house style a statement takes: the one asked for, else that of the person's latest claim, else any. */
function styleBoard(ctx: HandlerContext, boardId: string | undefined, claims: readonly RewardClaim[]): Board {
  if (boardId !== undefined) return requireBoard(ctx, boardId);
  const latest = claims.toSorted((a, b) => b.date.localeCompare(a.date))[0];
  const board = (latest === undefined ? undefined : ctx.repo.get('boards', latest.boardId)) ?? ctx.repo.all('boards')[0];
  if (board === undefined)
    throw new ApiFailure('not_found', 'There are no boards yet: a statement takes its heading from a board. Add a board first.', 'boardId');
  return board;
}

/** A person's statement for a tax year, as Word or PDF, rendered as every other document is. */
export async function rewardStatement(
  ctx: HandlerContext,
  input: { personId: string; taxYear: string; format: 'docx' | 'pdf'; boardId?: string | undefined },
): Promise<ExportFile> {
  const person = requirePerson(ctx, input.personId);
  const bounds = taxYearBounds(input.taxYear);
  if (bounds === null) throw new ApiFailure('invalid_input', 'Give a tax year such as 2025/26', 'taxYear');
  const claims = filterClaims(ctx, { personId: person.id, boardId: input.boardId }).filter((c) => inTaxYear(c.date, bounds.label));
  const board = styleBoard(ctx, input.boardId, claims);
  const model = composeRewardStatement({ ...records(ctx, claims), person, taxYear: bounds.label, styleBoard: board, today: today(ctx) });
  const name = fileName(['Reward statement', person.name, bounds.label.replace('/', '-')], input.format);
  return runExport(ctx, {
    fileName: name,
    mediaType: MEDIA_TYPES[input.format],
    run: documentRun(model, input.format, new Date(ctx.clock.now()), false),
  });
}
