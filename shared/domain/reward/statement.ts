import type { Block, DocModel, Runs } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import type { Board, Person, RewardClaim } from '../../model';
import { formatLongDate, formatShortDate } from '../british-dates';
import { fact, heading, masthead, para, table, text } from '../compose/blocks';
import { claimSums } from './claim-sums';
import { claimStatusLabel, expenseKindLabel, paymentChoiceLabel, rewardBandLabel } from './labels';
import { formatPence } from './money';
import { byLedgerOrder, claimActivityWords, rewardNames, type RewardNames, type RewardRecords } from './reward-records';
import { inTaxYear, taxYearBounds } from './tax-year';
import { rewardTotals } from './totals';

export type StatementData = RewardRecords & {
  readonly person: Person;
  /** "2025/26". */
  readonly taxYear: string;
  /** The board whose house style (organisation, logo, font) the statement takes. */
  readonly styleBoard: Board;
  /** The day the statement is made, YYYY-MM-DD. */
  readonly today: string;
};

const hours = (quantity: number): string => `${quantity} ${quantity === 1 ? 'hour' : 'hours'}`;

function rewardCell(claim: RewardClaim): string {
  const sums = claimSums(claim);
  if (claim.reward.length === 0) return 'None';
  const lines = claim.reward.map((l) =>
    l.band === 'preparation-hour' ? `preparation ${hours(l.quantity)} at ${formatPence(l.unitPence)}` : rewardBandLabel(l.band).toLowerCase(),
  );
  return `${formatPence(sums.rewardPence)} (${lines.join(', ')})`;
}

function statusCell(claim: RewardClaim): string {
  if (claim.status === 'paid' && claim.paidOn !== undefined) return `Paid on ${formatShortDate(claim.paidOn)}`;
  if (claim.status === 'approved' && claim.approvedOn !== undefined) return `Approved on ${formatShortDate(claim.approvedOn)}`;
  return claimStatusLabel(claim.status);
}

function summaryBlocks(claims: readonly RewardClaim[]): Block[] {
  const [totals] = rewardTotals(claims);
  if (totals === undefined) return [];
  const blocks: Block[] = [fact('Claims', String(totals.claims)), fact('Reward for your time', formatPence(totals.rewardPence))];
  if (totals.declinedRewardPence > 0) blocks.push(fact('Reward you chose not to receive', formatPence(totals.declinedRewardPence)));
  const kinds = (Object.keys(totals.expensesByKind) as (keyof typeof totals.expensesByKind)[]).filter((k) => totals.expensesByKind[k] > 0);
  const expenseWords = kinds.map((k) => `${expenseKindLabel(k).toLowerCase()} ${formatPence(totals.expensesByKind[k])}`).join(', ');
  blocks.push(fact('Expenses repaid', kinds.length === 0 ? formatPence(0) : `${formatPence(totals.expensesPence)} (${expenseWords})`));
  blocks.push(fact('Total to you or given as you chose', formatPence(totals.payablePence)));
  blocks.push(fact('Paid so far', formatPence(totals.byStatus.paid)));
  if (totals.byStatus.approved > 0) blocks.push(fact('Approved, waiting to be paid', formatPence(totals.byStatus.approved)));
  if (totals.byStatus.due > 0) blocks.push(fact('Waiting for approval', formatPence(totals.byStatus.due)));
  if (totals.byChoice.vouchers.rewardPence > 0) blocks.push(fact('Reward given as vouchers', formatPence(totals.byChoice.vouchers.rewardPence)));
  for (const d of totals.donations) blocks.push(fact(`Reward donated to ${d.charity}`, formatPence(d.rewardPence)));
  return blocks;
}

function claimsTable(claims: readonly RewardClaim[], names: RewardNames, manyBoards: boolean): Block {
  return table(
    [
      ['Date', 2],
      ['What for', 4],
      ['Reward', 3],
      ['Expenses', 2],
      ['How received', 2],
      ['Status', 2],
    ],
    claims.map((claim): readonly (string | Runs)[] => [
      formatShortDate(claim.date),
      manyBoards ? `${claimActivityWords(claim, names)} (${names.board(claim.boardId)})` : claimActivityWords(claim, names),
      rewardCell(claim),
      formatPence(claimSums(claim).expensesPence),
      paymentChoiceLabel(claim.choice),
      statusCell(claim),
    ]),
  );
}

function expensesTable(claims: readonly RewardClaim[]): Block | undefined {
  const rows = claims.flatMap((claim) =>
    claim.expenses.map((e) => [
      formatShortDate(claim.date),
      expenseKindLabel(e.kind),
      e.description ?? '',
      formatPence(e.amountPence),
      e.receiptReference ?? 'None',
    ]),
  );
  if (rows.length === 0) return undefined;
  return table(
    [
      ['Date', 2],
      ['Kind', 2],
      ['Details', 4],
      ['Amount', 2],
      ['Receipt', 2],
    ],
    rows,
  );
}

function adviceWords(claims: readonly RewardClaim[]): string {
  const dates = [
    ...new Set(claims.flatMap((c) => (c.benefitsAdvice.offered && c.benefitsAdvice.offeredOn !== undefined ? [c.benefitsAdvice.offeredOn] : []))),
  ].sort();
  if (dates.length === 0) return 'No offer of benefits advice is recorded for this tax year.';
  return `Benefits advice was offered to you on ${dates
    .map(formatLongDate)
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1')}.`;
}

/**
 * A person's statement of reward and expenses for one tax year: a summary, every claim with how the person chose to
 * receive it and where it stands, the expenses with their receipts, and whether benefits advice was offered. It
 * records choices; it says nothing about how payments affect benefits.
 */
export function composeRewardStatement(data: StatementData): DocModel {
  const style = resolveHouseStyle(data.styleBoard);
  const bounds = taxYearBounds(data.taxYear);
  const label = bounds?.label ?? data.taxYear;
  const names = rewardNames(data);
  const claims = data.claims.filter((c) => c.personId === data.person.id && inTaxYear(c.date, label)).toSorted(byLedgerOrder(names));
  const today = formatLongDate(data.today);
  const span = bounds === null ? '' : ` (${formatShortDate(bounds.start)} to ${formatShortDate(bounds.end)})`;
  const blocks: Block[] = [...masthead(style), heading(1, `Reward statement for ${data.person.name}`)];
  blocks.push(para(`Reward for your time and expenses repaid in the tax year ${label}${span}, as at ${today}.`, 'lead'));
  if (claims.length === 0) {
    blocks.push(para(`No claims are recorded for you in the tax year ${label}.`));
  } else {
    blocks.push(heading(2, 'Summary'), ...summaryBlocks(claims));
    blocks.push(heading(2, 'Claims'), claimsTable(claims, names, new Set(claims.map((c) => c.boardId)).size > 1));
    const expenses = expensesTable(claims);
    if (expenses !== undefined) blocks.push(heading(2, 'Expenses and receipts'), expenses);
  }
  blocks.push(heading(2, 'Benefits advice'), para(adviceWords(claims)));
  blocks.push(
    para(
      [
        text(
          'This statement records what was claimed and how you chose to receive it. It is not advice about benefits or tax. If you receive benefits, an independent adviser can tell you how payments may affect them.',
        ),
      ],
      'note',
    ),
  );
  return {
    meta: {
      kind: 'report',
      title: `Reward statement: ${data.person.name}, ${label}`,
      subject: `Reward and expenses of ${data.person.name} in the tax year ${label}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: style.organisation, right: `Reward statement ${label}` },
      audience: 'private',
    },
    style,
    blocks,
  };
}
