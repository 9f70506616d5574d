import type { Block, DocModel, Runs } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import { addDays, formatLongDate } from '../british-dates';
import { dueBy, isOutstanding, isOverdue } from '../actions';
import { actionOwner, actionStatusLabel, dueWords, latestUpdateWords, referenceWords } from './action-words';
import { heading, masthead, para, strong, table, text } from './blocks';
import type { ActionLogData, ActionLogEntry } from './meeting-data';
import { peopleIndex } from './people';

/** When an action was closed: the date of its last update that closed it. */
export function closedOn(entry: ActionLogEntry): string | undefined {
  const closing = entry.action.history.filter((h) => h.status === 'done' || h.status === 'cancelled').at(-1);
  return closing?.date;
}

/** The minute labels of every item it was raised against. */
export const entryMinuteLabels = (e: ActionLogEntry): string[] => [
  ...(e.minuteLabel === undefined ? [] : [e.minuteLabel]),
  ...(e.otherMinuteLabels ?? []),
];

function raisedWords(e: ActionLogEntry): string {
  const labels = entryMinuteLabels(e);
  const minutes = labels.length === 0 ? '' : `, ${labels.length === 1 ? 'minute' : 'minutes'} ${referenceWords(labels, undefined)}`;
  const references = referenceWords([], e.action.references);
  return `${formatLongDate(e.meetingDate)}${minutes}${references === '' ? '' : ` (ref. ${references})`}`;
}

const entryDueBy = (e: ActionLogEntry): string | undefined => dueBy(e.action.due, { nextMeetingDate: e.nextMeetingDate });
const entryOverdue = (e: ActionLogEntry, today: string): boolean => isOverdue(e.action, today, { nextMeetingDate: e.nextMeetingDate });

/** The status column: overdue in bold where it is, the status, and the latest update's note. */
function statusCell(e: ActionLogEntry, today: string): Runs {
  const latest = latestUpdateWords(e.action);
  const status = entryOverdue(e, today) ? [strong('Overdue')] : [text(actionStatusLabel(e.action.status))];
  return latest === undefined ? status : [...status, text(`. ${latest}`)];
}

/** Outstanding actions (overdue first), then those closed recently. */
export function actionLogSections(data: ActionLogData): { readonly open: ActionLogEntry[]; readonly closed: ActionLogEntry[] } {
  const since = addDays(data.today, -data.recentDays);
  const byDue = (a: ActionLogEntry, b: ActionLogEntry): number =>
    (entryDueBy(a) ?? '9999-12-31').localeCompare(entryDueBy(b) ?? '9999-12-31') || a.meetingDate.localeCompare(b.meetingDate);
  const open = data.entries.filter((e) => isOutstanding(e.action)).toSorted(byDue);
  const closed = data.entries
    .filter((e) => !isOutstanding(e.action) && (closedOn(e) ?? e.action.updatedAt.slice(0, 10)) >= since)
    .toSorted((a, b) => (closedOn(b) ?? '').localeCompare(closedOn(a) ?? ''));
  return { open, closed };
}

/** A board's action log: open actions by due date with the overdue marked, then the recently closed. */
export function composeActionLog(data: ActionLogData): DocModel {
  const style = resolveHouseStyle(data.board);
  const people = peopleIndex(data.people);
  const today = formatLongDate(data.today);
  const { open, closed } = actionLogSections(data);
  const overdue = open.filter((e) => entryOverdue(e, data.today)).length;
  const title = data.asAt === undefined ? `Action log: ${data.board.name}` : `Action log: ${data.board.name}, as at ${today}`;
  const blocks: Block[] = [...masthead(style), heading(1, title)];
  blocks.push(para(`Open actions, and actions closed in the last ${data.recentDays} days, as at ${today}.`, 'lead'));
  if (data.audience === 'private' && data.entries.some((e) => e.fromPrivateItem)) {
    blocks.push(para('Not for publication: this log includes actions from items taken in private.', 'warning'));
  }

  blocks.push(heading(2, 'Open actions'));
  if (open.length === 0) blocks.push(para('There are no open actions.'));
  else {
    blocks.push(para(`${open.length} open ${open.length === 1 ? 'action' : 'actions'}, ${overdue} of them overdue.`));
    blocks.push(
      table(
        [
          ['Due', 2],
          ['Action', 5],
          ['Owner', 2],
          ['Raised', 2],
          ['Status', 2],
        ],
        open.map((e): readonly (string | Runs)[] => [
          dueWords(e.action.due, e.nextMeetingDate),
          e.action.text,
          actionOwner(e.action.owner, people),
          raisedWords(e),
          statusCell(e, data.today),
        ]),
      ),
    );
  }
  blocks.push(heading(2, 'Recently closed'));
  if (closed.length === 0) blocks.push(para(`No actions were closed in the last ${data.recentDays} days.`));
  else {
    blocks.push(
      table(
        [
          ['Closed', 2],
          ['Action', 5],
          ['Owner', 2],
          ['Raised', 2],
          ['Outcome', 2],
        ],
        closed.map((e) => {
          const note = e.action.history.at(-1)?.note;
          return [
            closedOn(e) === undefined ? 'Not recorded' : formatLongDate(closedOn(e) ?? ''),
            e.action.text,
            actionOwner(e.action.owner, people),
            raisedWords(e),
            `${actionStatusLabel(e.action.status)}${note === undefined ? '' : `: ${note}`}`,
          ];
        }),
      ),
    );
  }
  return {
    meta: {
      kind: 'actions',
      title: `Action log: ${data.board.name}, ${data.asAt === undefined ? '' : 'as at '}${today}`,
      subject: `Open and recently closed actions of ${data.board.name}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: data.board.name, right: `Action log, ${data.asAt === undefined ? '' : 'as at '}${today}` },
      audience: data.audience,
    },
    style,
    blocks,
  };
}
