import { isOverdue } from '../actions';
import { actionOwner, actionStatusLabel } from './action-words';
import { decisionInline } from './decisions';
import type { ActionLogData, RegisterData } from './meeting-data';
import { peopleIndex } from './people';
import { closedOn } from './action-log';

export type Sheet = { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** Every action of a board as rows for a spreadsheet: ISO dates, so the rows sort and filter. */
export function actionLogSheet(data: ActionLogData): Sheet {
  const people = peopleIndex(data.people);
  const rows = data.entries
    .toSorted((a, b) => (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') || a.meetingDate.localeCompare(b.meetingDate))
    .map((e) => {
      const last = e.action.history.at(-1);
      return [
        data.board.name,
        e.meetingDate,
        e.minuteLabel?.replace(/\.$/, '') ?? '',
        e.itemTitle ?? '',
        e.action.text,
        actionOwner(e.action.owner, people),
        e.action.dueDate ?? '',
        actionStatusLabel(e.action.status),
        isOverdue(e.action, data.today) ? 'Yes' : 'No',
        closedOn(e) ?? '',
        last?.date ?? '',
        last?.note ?? '',
      ];
    });
  return {
    header: [
      'Board',
      'Raised at meeting',
      'Minute',
      'Item',
      'Action',
      'Owner',
      'Due date',
      'Status',
      'Overdue',
      'Closed on',
      'Last update',
      'Last note',
    ],
    rows,
  };
}

/** The resolutions register: every decision of a board, newest meeting first. */
export function resolutionsSheet(data: RegisterData): Sheet {
  const rows = data.entries
    .toSorted(
      (a, b) =>
        b.meetingDate.localeCompare(a.meetingDate) ||
        a.resolution.itemId.localeCompare(b.resolution.itemId) ||
        a.resolution.order - b.resolution.order,
    )
    .map((e) => [
      e.resolution.reference ?? '',
      data.board.name,
      e.meetingDate,
      e.minuteLabel?.replace(/\.$/, '') ?? '',
      e.itemTitle,
      e.resolution.kind,
      e.resolution.recommendedTo ?? '',
      decisionInline(e.resolution),
      e.resolution.vote === undefined ? '' : String(e.resolution.vote.for),
      e.resolution.vote === undefined ? '' : String(e.resolution.vote.against),
      e.resolution.vote === undefined ? '' : String(e.resolution.vote.abstain),
      e.meetingStatus === 'minutes-signed' ? 'Approved' : 'Draft',
    ]);
  return {
    header: ['Reference', 'Board', 'Meeting date', 'Minute', 'Item', 'Kind', 'Recommended to', 'Decision', 'For', 'Against', 'Abstained', 'Minutes'],
    rows,
  };
}
