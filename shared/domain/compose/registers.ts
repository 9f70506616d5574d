import { dueBy, isOverdue } from '../actions';
import { actionOwner, actionStatusLabel, dueCell, referenceWords } from './action-words';
import { decisionInline, motionPersonName, movedWords, outcomeLabel } from './decisions';
import type { ActionLogData, RegisterData } from './meeting-data';
import { peopleIndex, type PeopleIndex } from './people';
import type { Resolution, VoteChoice } from '../../model';
import { closedOn, entryMinuteLabels } from './action-log';

export type Sheet = { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** Every action of a board as rows for a spreadsheet: ISO dates, so the rows sort and filter. */
export function actionLogSheet(data: ActionLogData): Sheet {
  const people = peopleIndex(data.people);
  const rows = data.entries
    .map((e) => ({ e, by: dueBy(e.action.due, { nextMeetingDate: e.nextMeetingDate }) ?? '9999' }))
    .toSorted((a, b) => a.by.localeCompare(b.by) || a.e.meetingDate.localeCompare(b.e.meetingDate))
    .map(({ e }) => {
      const last = e.action.history.at(-1);
      return [
        data.board.name,
        e.meetingDate,
        referenceWords(entryMinuteLabels(e), undefined),
        referenceWords([], e.action.references),
        e.itemTitle ?? '',
        e.action.text,
        actionOwner(e.action.owner, people),
        dueCell(e.action.due),
        actionStatusLabel(e.action.status),
        isOverdue(e.action, data.today, { nextMeetingDate: e.nextMeetingDate }) ? 'Yes' : 'No',
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
      'Reference',
      'Item',
      'Action',
      'Owner',
      'Due',
      'Status',
      'Overdue',
      'Closed on',
      'Last update',
      'Last note',
    ],
    rows,
  };
}

/** The names in a recorded vote who voted one way, as one cell. */
const namedCell = (resolution: Resolution, choice: VoteChoice, people: PeopleIndex): string =>
  (resolution.recordedVote ?? [])
    .filter((v) => v.vote === choice)
    .map((v) => people.name(v.personId))
    .join('; ');

const countCell = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** Each amendment on a line of its own: who moved it, its words and what became of it. */
function amendmentsCell(resolution: Resolution, people: PeopleIndex): string {
  return (resolution.amendments ?? [])
    .map((a) => {
      const moved = movedWords(a, people);
      return `Amendment${moved === '' ? '' : ` ${moved}`}: ${a.text}${a.outcome === undefined ? '' : ` (${outcomeLabel(a.outcome)})`}`;
    })
    .join('\n');
}

/** The resolutions register: every decision of a board, newest meeting first, with its motion and vote as recorded. */
export function resolutionsSheet(data: RegisterData): Sheet {
  const people = peopleIndex(data.people);
  const rows = data.entries
    .toSorted(
      (a, b) =>
        b.meetingDate.localeCompare(a.meetingDate) ||
        a.resolution.itemId.localeCompare(b.resolution.itemId) ||
        a.resolution.order - b.resolution.order,
    )
    .map(({ resolution: r, ...e }) => [
      r.reference ?? '',
      data.board.name,
      e.meetingDate,
      e.minuteLabel?.replace(/\.$/, '') ?? '',
      e.itemTitle,
      r.kind,
      r.recommendedTo ?? '',
      decisionInline(r),
      r.mover === undefined ? '' : motionPersonName(r.mover, people),
      r.seconder === undefined ? '' : motionPersonName(r.seconder, people),
      amendmentsCell(r, people),
      r.outcome === undefined ? '' : outcomeLabel(r.outcome),
      countCell(r.vote?.for),
      countCell(r.vote?.against),
      countCell(r.vote?.abstain),
      namedCell(r, 'for', people),
      namedCell(r, 'against', people),
      namedCell(r, 'abstain', people),
      e.meetingStatus === 'minutes-signed' ? 'Approved' : 'Draft',
    ]);
  return {
    header: [
      'Reference',
      'Board',
      'Meeting date',
      'Minute',
      'Item',
      'Verb',
      'Recommended to',
      'Decision',
      'Moved by',
      'Seconded by',
      'Amendments',
      'Outcome',
      'For',
      'Against',
      'Abstained',
      'Named for',
      'Named against',
      'Named abstaining',
      'Minutes',
    ],
    rows,
  };
}
