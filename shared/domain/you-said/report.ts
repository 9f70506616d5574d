import type { Block, DocModel } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import { OUTCOME_STATUSES, type Board, type OutcomeStatus, type Person } from '../../model';
import { formatLongDate } from '../british-dates';
import { heading, masthead, para, table } from '../compose/blocks';
import type { Audience } from '../compose/meeting-data';
import type { Sheet } from '../compose/registers';
import { nameScrubber } from '../compose/public-view';
import { personKindLabel } from '../member-labels';
import { countOutcomes, filterYouSaid } from './filter';
import { PRIVATE_TARGET_LABEL, type YouSaidView } from './targets';
import { OUTCOME_LABELS, outcomeWords, raisedWords } from './words';

export type YouSaidReport = {
  readonly boardId: string;
  readonly boardName: string;
  readonly period: { readonly from?: string; readonly to?: string };
  readonly audience: Audience;
  readonly entries: readonly YouSaidView[];
  readonly counts: Readonly<Record<OutcomeStatus, number>>;
};

/**
 * The entries of a period, ready to publish when the audience is public: what was taken up in an item taken in
 * private shows only that, and the names of people who have not agreed to be named become their role.
 */
export function youSaidReport(options: {
  readonly board: Pick<Board, 'id' | 'name'>;
  readonly entries: readonly YouSaidView[];
  readonly people: readonly Person[];
  readonly period: { readonly from?: string; readonly to?: string };
  readonly audience: Audience;
}): YouSaidReport {
  const chosen = filterYouSaid(
    options.entries.filter((e) => e.boardId === options.board.id),
    options.period,
  );
  const scrub = options.audience === 'public' ? nameScrubber(options.people) : (text: string): string => text;
  const entries = chosen.map((e): YouSaidView => {
    const privateTarget = options.audience === 'public' && e.targetView.fromPrivateItem;
    return {
      ...e,
      said: scrub(e.said),
      outcome: { ...e.outcome, ...(e.outcome.text === undefined ? {} : { text: scrub(e.outcome.text) }) },
      targetView: { ...e.targetView, label: privateTarget ? PRIVATE_TARGET_LABEL : scrub(e.targetView.label) },
    };
  });
  return {
    boardId: options.board.id,
    boardName: options.board.name,
    period: options.period,
    audience: options.audience,
    entries,
    counts: countOutcomes(entries),
  };
}

const periodWords = (period: YouSaidReport['period']): string => {
  if (period.from !== undefined && period.to !== undefined) return `from ${formatLongDate(period.from)} to ${formatLongDate(period.to)}`;
  if (period.from !== undefined) return `since ${formatLongDate(period.from)}`;
  if (period.to !== undefined) return `up to ${formatLongDate(period.to)}`;
  return 'in the board’s whole record';
};

/** "12 things raised: 6 done, 2 changed, 1 not possible and 3 not yet done." */
export function outcomeCountWords(report: YouSaidReport): string {
  const total = report.entries.length;
  if (total === 0) return 'Nothing was recorded as raised in this period.';
  const parts = OUTCOME_STATUSES.filter((s) => s !== 'open')
    .map((s) => `${report.counts[s]} ${OUTCOME_LABELS[s].toLowerCase()}`)
    .concat(`${report.counts.open} not yet done`);
  return `${total} ${total === 1 ? 'thing' : 'things'} raised: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}.`;
}

/** "You said, we did": what members raised, where it was taken up and what became of it. */
export function composeYouSaidReport(options: {
  readonly board: Pick<Board, 'name' | 'organisation' | 'houseStyle'>;
  readonly report: YouSaidReport;
}): DocModel {
  const { report } = options;
  const style = resolveHouseStyle(options.board);
  const period = periodWords(report.period);
  const blocks: Block[] = [
    ...masthead(style),
    heading(1, `You said, we did: ${report.boardName}`),
    para(`What members raised ${period}, where the board took it up, and what became of it.`, 'lead'),
  ];
  if (report.audience === 'private' && report.entries.some((e) => e.targetView.fromPrivateItem)) {
    blocks.push(para('Not for publication: this report includes items taken in private.', 'warning'));
  }
  blocks.push(para(outcomeCountWords(report)));
  if (report.entries.length > 0) {
    blocks.push(
      table(
        [
          ['You said', 4],
          ['Raised', 3],
          ['Taken up in', 3],
          ['We did', 4],
        ],
        report.entries.map((e) => [
          e.said,
          raisedWords(e, e.raisedMeetingDate),
          `${e.targetView.label} (${formatLongDate(e.targetView.meetingDate)})`,
          outcomeWords(e.outcome),
        ]),
      ),
    );
  }
  return {
    meta: {
      kind: 'report',
      title: `You said, we did: ${report.boardName}`,
      subject: `What members of ${report.boardName} raised and what became of it, ${period}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: report.boardName, right: 'You said, we did' },
      audience: report.audience,
    },
    style,
    blocks,
  };
}

/** One row per entry, ISO dates, for a spreadsheet. */
export function youSaidSheet(report: YouSaidReport): Sheet {
  return {
    header: [
      'Board',
      'Raised on',
      'Raised at meeting',
      'Raised by',
      'You said',
      'Taken up in',
      'Meeting of',
      'Outcome',
      'What we did',
      'Outcome date',
    ],
    rows: report.entries.map((e) => [
      report.boardName,
      e.raised.on,
      e.raisedMeetingDate ?? '',
      personKindLabel(e.raised.raiserKind),
      e.said,
      e.targetView.label,
      e.targetView.meetingDate,
      OUTCOME_LABELS[e.outcome.status],
      e.outcome.text ?? '',
      e.outcome.on ?? '',
    ]),
  };
}
