import type { Block, DocModel } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import type { Board, Meeting } from '../../model';
import { formatLongDate } from '../british-dates';
import { closedOn } from '../compose/action-log';
import { heading, masthead, para, table } from '../compose/blocks';
import type { ActionLogData } from '../compose/meeting-data';
import { meetingStatusLabel } from '../labels';
import { asSection } from './embed-section';
import { inPeriod, periodWords, type ReportPeriod } from './report-period';

/** Reward over the period, in aggregate only: an annual report names no one's payments. */
export type RewardSummary = {
  readonly claims: number;
  readonly people: number;
  /** Reward for time, in pence, of claims not declined. */
  readonly rewardPence: number;
  readonly expensesPence: number;
  readonly declinedClaims: number;
  /** Of the reward and expenses, what has been paid. */
  readonly paidPence: number;
};

export type AnnualReportInput = {
  readonly board: Board;
  readonly period: ReportPeriod;
  /** The board's meetings dated in the period, cancelled ones included. */
  readonly meetings: readonly Meeting[];
  /** The board's action log, public view. */
  readonly actions: ActionLogData;
  readonly reward: RewardSummary;
  /** The board's other reports for the same period, each becoming a section. */
  readonly sections: {
    readonly participation: DocModel;
    readonly coproduction: DocModel;
    readonly youSaidWeDid: DocModel;
  };
  /** Formats pence as money, "£1,234.50". */
  readonly money: (pence: number) => string;
};

const HELD: readonly Meeting['status'][] = ['held', 'minutes-drafted', 'minutes-signed'];

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function meetingsSection(input: AnnualReportInput): Block[] {
  const meetings = input.meetings.toSorted((a, b) => a.date.localeCompare(b.date));
  const held = meetings.filter((m) => HELD.includes(m.status));
  const cancelled = meetings.filter((m) => m.status === 'cancelled');
  const blocks: Block[] = [heading(2, 'Meetings held')];
  if (meetings.length === 0) return [...blocks, para('The board had no meetings in this period.')];
  const words = [`The board met ${held.length === 1 ? 'once' : `${held.length} times`}.`];
  if (cancelled.length > 0) words.push(`${plural(cancelled.length, 'meeting was', 'meetings were')} cancelled.`);
  const signed = held.filter((m) => m.status === 'minutes-signed').length;
  if (held.length > 0) words.push(`The minutes of ${signed} of them have been approved and signed.`);
  blocks.push(para(words.join(' ')));
  blocks.push(
    table(
      [
        ['Date', 3],
        ['Where', 4],
        ['Status', 3],
      ],
      meetings.map((m) => [
        formatLongDate(m.date),
        m.venue ?? (m.onlineLink === undefined ? 'Not recorded' : 'Online'),
        meetingStatusLabel(m.status),
      ]),
    ),
  );
  return blocks;
}

function rewardSection(input: AnnualReportInput): Block[] {
  const { reward, money } = input;
  const blocks: Block[] = [heading(2, 'Reward and recognition')];
  if (reward.claims === 0) return [...blocks, para('No claims for reward or expenses were made in this period.')];
  blocks.push(
    para(
      `${plural(reward.people, 'person', 'people')} made ${plural(reward.claims, 'claim', 'claims')} for their time and costs. ` +
        `Reward for time came to ${money(reward.rewardPence)} and expenses to ${money(reward.expensesPence)}; ` +
        `${money(reward.paidPence)} of this has been paid.`,
    ),
  );
  if (reward.declinedClaims > 0)
    blocks.push(para(`In ${plural(reward.declinedClaims, 'claim', 'claims')} the person chose not to be paid for their time.`));
  blocks.push(para('Figures are totals for the board; no one’s own payments are shown.', 'note'));
  return blocks;
}

function actionsSection(input: AnnualReportInput): Block[] {
  const done = input.actions.entries
    .filter((e) => e.action.status === 'done')
    .map((e) => ({ entry: e, on: closedOn(e) ?? e.action.updatedAt.slice(0, 10) }))
    .filter(({ on }) => inPeriod(on, input.period))
    .toSorted((a, b) => a.on.localeCompare(b.on));
  const blocks: Block[] = [heading(2, 'Actions completed')];
  if (done.length === 0) return [...blocks, para('No actions were completed in this period.')];
  blocks.push(para(`${plural(done.length, 'action was', 'actions were')} completed.`));
  blocks.push(
    table(
      [
        ['Completed', 2],
        ['Action', 6],
        ['Raised at the meeting of', 3],
      ],
      done.map(({ entry, on }) => [formatLongDate(on), entry.action.text, formatLongDate(entry.meetingDate)]),
    ),
  );
  return blocks;
}

/**
 * A board's annual report: meetings held, attendance and the people involved, co-production ratings, reward in
 * aggregate, "you said, we did" and the actions completed. A public document: composed only from public views.
 */
export function composeAnnualReport(input: AnnualReportInput): DocModel {
  const style = resolveHouseStyle(input.board);
  const span = periodWords(input.board, input.period);
  const title = `Annual report: ${input.board.name}`;
  const blocks: Block[] = [
    ...masthead(style),
    heading(1, title),
    para(`What the ${input.board.name} did in ${span}.`, 'lead'),
    ...meetingsSection(input),
    ...asSection(input.sections.participation),
    ...asSection(input.sections.coproduction),
    ...rewardSection(input),
    ...asSection(input.sections.youSaidWeDid),
    ...actionsSection(input),
  ];
  return {
    meta: {
      kind: 'report',
      title: `${title}, ${formatLongDate(input.period.from)} to ${formatLongDate(input.period.to)}`,
      subject: `The annual report of ${input.board.name}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: input.board.name, right: 'Annual report' },
      audience: 'public',
    },
    style,
    blocks,
  };
}
