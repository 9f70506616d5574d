import type { Block, DocModel, Runs } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import { addDays, formatLongDate } from '../british-dates';
import { isOutstanding, isOverdue } from '../actions';
import { actionOwner, actionStatusLabel, dueWords } from './action-words';
import { heading, masthead, para, strong, table } from './blocks';
import type { ActionLogData, ActionLogEntry } from './meeting-data';
import { peopleIndex } from './people';

/** When an action was closed: the date of its last update that closed it. */
export function closedOn(entry: ActionLogEntry): string | undefined {
  const closing = entry.action.history.filter((h) => h.status === 'done' || h.status === 'cancelled').at(-1);
  return closing?.date;
}

const raisedWords = (e: ActionLogEntry): string =>
  `${formatLongDate(e.meetingDate)}${e.minuteLabel === undefined ? '' : `, minute ${e.minuteLabel.replace(/\.$/, '')}`}`;

/** Outstanding actions (overdue first), then those closed recently. */
export function actionLogSections(data: ActionLogData): { readonly open: ActionLogEntry[]; readonly closed: ActionLogEntry[] } {
  const since = addDays(data.today, -data.recentDays);
  const byDue = (a: ActionLogEntry, b: ActionLogEntry): number =>
    (a.action.dueDate ?? '9999-12-31').localeCompare(b.action.dueDate ?? '9999-12-31') || a.meetingDate.localeCompare(b.meetingDate);
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
  const overdue = open.filter((e) => isOverdue(e.action, data.today)).length;
  const blocks: Block[] = [...masthead(style), heading(1, `Action log: ${data.board.name}`)];
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
          dueWords(e.action.dueDate),
          e.action.text,
          actionOwner(e.action.owner, people),
          raisedWords(e),
          isOverdue(e.action, data.today) ? [strong('Overdue')] : actionStatusLabel(e.action.status),
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
      title: `Action log: ${data.board.name}, ${today}`,
      subject: `Open and recently closed actions of ${data.board.name}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: data.board.name, right: `Action log, ${today}` },
      audience: data.audience,
    },
    style,
    blocks,
  };
}
