import type { Block, DocModel, Runs } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import type { Board, RewardClaim } from '../../model';
import { formatLongDate, formatShortDate } from '../british-dates';
import { heading, masthead, para, table } from '../compose/blocks';
import { claimSums } from './claim-sums';
import { claimStatusLabel, expenseKindLabel, paymentChoiceLabel } from './labels';
import { formatPence } from './money';
import { byLedgerOrder, claimActivityWords, rewardNames, type RewardNames, type RewardRecords } from './reward-records';

/** Claims of a board (or every board) dated within a period, both ends included; either end may be left open. */
export function claimsInPeriod(
  claims: readonly RewardClaim[],
  period: { readonly boardId?: string; readonly from?: string; readonly to?: string },
): RewardClaim[] {
  return claims.filter(
    (c) =>
      (period.boardId === undefined || c.boardId === period.boardId) &&
      (period.from === undefined || c.date >= period.from) &&
      (period.to === undefined || c.date <= period.to),
  );
}

export type ClaimsReportData = RewardRecords & {
  /** The board reported on; its house style heads the document. Only its claims are included. */
  readonly board: Board;
  readonly from: string;
  readonly to: string;
  /** The day the report is made, YYYY-MM-DD. */
  readonly today: string;
};

type PersonSums = { name: string; claims: number; reward: number; declined: number; expenses: number; payable: number; paid: number };

function perPerson(claims: readonly RewardClaim[], names: RewardNames): PersonSums[] {
  const byPerson = new Map<string, PersonSums>();
  for (const claim of claims) {
    const sums = claimSums(claim);
    const row = byPerson.get(claim.personId) ?? {
      name: names.person(claim.personId),
      claims: 0,
      reward: 0,
      declined: 0,
      expenses: 0,
      payable: 0,
      paid: 0,
    };
    byPerson.set(claim.personId, row);
    row.claims += 1;
    row.reward += sums.rewardPence;
    row.declined += sums.declinedRewardPence;
    row.expenses += sums.expensesPence;
    row.payable += sums.payablePence;
    if (claim.status === 'paid') row.paid += sums.payablePence;
  }
  return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

const expensesCell = (claim: RewardClaim): string =>
  claim.expenses.length === 0
    ? formatPence(0)
    : claim.expenses
        .map(
          (e) =>
            `${expenseKindLabel(e.kind)} ${formatPence(e.amountPence)}${e.receiptReference === undefined ? ', no receipt' : `, receipt ${e.receiptReference}`}`,
        )
        .join('; ');

const statusCell = (claim: RewardClaim): string =>
  claim.status === 'paid' && claim.paidOn !== undefined
    ? `Paid ${formatShortDate(claim.paidOn)}`
    : claim.status === 'approved' && claim.approvedOn !== undefined
      ? `Approved ${formatShortDate(claim.approvedOn)}`
      : claimStatusLabel(claim.status);

/**
 * A board's reward and expenses for a period, for the finance team: totals per person, then every claim with its
 * expenses and receipts, the person's choice and where it stands. It names people and their payments, so it is
 * marked not for publication; the annual report carries reward in aggregate only.
 */
export function composeRewardClaimsReport(data: ClaimsReportData): DocModel {
  const style = resolveHouseStyle(data.board);
  const names = rewardNames(data);
  const claims = claimsInPeriod(data.claims, { boardId: data.board.id, from: data.from, to: data.to }).toSorted(byLedgerOrder(names));
  const span = `${formatShortDate(data.from)} to ${formatShortDate(data.to)}`;
  const blocks: Block[] = [...masthead(style), heading(1, `Reward and expenses: ${data.board.name}`)];
  blocks.push(para(`Claims for reward and expenses dated ${span}, as at ${formatLongDate(data.today)}.`, 'lead'));
  blocks.push(para('Not for publication: this report names people and what they are paid. It is for the finance team.', 'warning'));
  if (claims.length === 0) {
    blocks.push(para('No claims were made in this period.'));
  } else {
    const total = claims.reduce((sum, c) => sum + claimSums(c).payablePence, 0);
    blocks.push(
      para(
        `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}, ${formatPence(total)} to pay in all. A declined reward counts nothing to pay; its expenses are still repaid.`,
      ),
    );
    blocks.push(heading(2, 'Totals per person'));
    blocks.push(
      table(
        [
          ['Person', 3],
          ['Claims', 1.5],
          ['Reward', 2],
          ['Declined', 2],
          ['Expenses', 2],
          ['To pay', 2],
          ['Paid', 2],
        ],
        perPerson(claims, names).map((p) => [
          p.name,
          String(p.claims),
          formatPence(p.reward),
          formatPence(p.declined),
          formatPence(p.expenses),
          formatPence(p.payable),
          formatPence(p.paid),
        ]),
      ),
    );
    blocks.push(heading(2, 'Claims'));
    blocks.push(
      table(
        [
          ['Date', 2],
          ['Person', 2],
          ['For', 3],
          ['Reward', 2],
          ['Expenses', 3],
          ['To pay', 2],
          ['Choice', 2],
          ['Status', 2],
        ],
        claims.map((claim): readonly (string | Runs)[] => {
          const sums = claimSums(claim);
          return [
            formatShortDate(claim.date),
            names.person(claim.personId),
            claimActivityWords(claim, names),
            formatPence(sums.rewardPence),
            expensesCell(claim),
            formatPence(sums.payablePence),
            paymentChoiceLabel(claim.choice),
            statusCell(claim),
          ];
        }),
      ),
    );
  }
  return {
    meta: {
      kind: 'report',
      title: `Reward and expenses: ${data.board.name}, ${span}`,
      subject: `Claims for reward and expenses of ${data.board.name}, ${span}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: data.board.name, right: `Reward and expenses, ${span}` },
      audience: 'private',
    },
    style,
    blocks,
  };
}
