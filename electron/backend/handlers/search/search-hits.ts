import type { NumberedItem, SearchHit } from '../../../../shared/api';
import { isOverdue, nextMeetingAfter, ownerLabel } from '../../../../shared/domain';
import { dueWords } from '../../../../shared/domain/compose/action-words';
import { partsInline } from '../../../../shared/domain/compose/decisions';
import type { Action, Board, Meeting, Resolution } from '../../../../shared/model';
import type { IndexHit } from '../../search/search-index';
import { hasMatch, makeSnippet, NO_SNIPPET, plainText } from '../../search/snippet';
import type { HandlerContext } from '../handler-context';
import { today } from '../lookup';
import { numberedItems } from '../meetings/views';

const ACTION_STATUS_WORDS: Readonly<Record<Action['status'], string>> = {
  open: 'open',
  'in-progress': 'in progress',
  done: 'done',
  cancelled: 'cancelled',
};

const TITLE_LENGTH = 140;

type MeetingPlace = { readonly meeting: Meeting; readonly board: Board; readonly items: ReadonlyMap<string, NumberedItem> };

/** Per query: each meeting's numbered agenda is worked out once, however many of its records matched. */
export type HitContext = {
  readonly ctx: HandlerContext;
  readonly today: string;
  readonly places: Map<string, MeetingPlace | null>;
};

export const hitContext = (ctx: HandlerContext): HitContext => ({ ctx, today: today(ctx), places: new Map() });

function placeOf(hc: HitContext, meetingId: string): MeetingPlace | null {
  const known = hc.places.get(meetingId);
  if (known !== undefined) return known;
  const meeting = hc.ctx.repo.get('meetings', meetingId);
  const board = meeting === undefined ? undefined : hc.ctx.repo.get('boards', meeting.boardId);
  const place =
    meeting === undefined || board === undefined
      ? null
      : { meeting, board, items: new Map(numberedItems(hc.ctx, meeting, board).map((i) => [i.id, i])) };
  hc.places.set(meetingId, place);
  return place;
}

const itemLabel = (item: NumberedItem): string => (item.minuteLabel === undefined ? `Item ${item.number}` : `Minute ${item.minuteLabel}`);

const shorten = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')}…`);

function resolutionWords(r: Resolution): string {
  return r.kind === 'RECOMMENDED' && r.recommendedTo ? `RECOMMENDED to ${r.recommendedTo}` : r.kind;
}

/** Who, by when, and how far along; whether it is overdue is said by `overdue`, which the screen marks. */
function actionDetail(action: Action, owner: string): string {
  const parts = [owner];
  if (action.due !== undefined) parts.push(`due ${dueWords(action.due)}`);
  parts.push(ACTION_STATUS_WORDS[action.status]);
  return parts.join(' · ');
}

/** A match dressed for the screen: what it is, where it is, the words around the match, and where it opens. */
export function searchHit(hc: HitContext, hit: IndexHit): SearchHit | undefined {
  const place = placeOf(hc, hit.meetingId);
  if (place === null) return undefined;
  const { meeting, board, items } = place;
  const records = hc.ctx.repo.meeting(meeting.id);
  const matched = new Set(hit.terms);
  const base = {
    id: hit.id,
    kind: hit.kind,
    boardId: board.id,
    boardName: board.name,
    meetingId: meeting.id,
    meetingDate: meeting.date,
  };
  const atItem = (itemId: string | undefined): Pick<SearchHit, 'itemLabel' | 'private' | 'target'> => {
    const item = itemId === undefined ? undefined : items.get(itemId);
    return {
      ...(item === undefined ? {} : { itemLabel: itemLabel(item) }),
      private: item?.part === 'private',
      target: { screen: 'meeting', meetingId: meeting.id, ...(item === undefined ? {} : { itemId: item.id }) },
    };
  };

  switch (hit.kind) {
    case 'minute': {
      const minute = records.minutes.find((m) => m.id === hit.recordId);
      if (minute === undefined) return undefined;
      const item = items.get(minute.itemId);
      return {
        ...base,
        ...atItem(minute.itemId),
        title: item?.title ?? 'Minute',
        snippet: makeSnippet(plainText(minute.text), matched),
        overdue: false,
        // A minute opens where it is written: the live minutes screen, at its item.
        ...(item === undefined ? {} : { target: { screen: 'live-minutes', meetingId: meeting.id, itemId: item.id } }),
      };
    }
    case 'item': {
      const item = items.get(hit.recordId);
      if (item === undefined) return undefined;
      const words = [item.presenter ? `Presented by ${item.presenter}.` : '', ...item.recommendations].filter((w) => w !== '').join(' ');
      return { ...base, ...atItem(item.id), title: item.title, snippet: makeSnippet(words, matched), overdue: false };
    }
    case 'resolution': {
      const resolution = records.resolutions.find((r) => r.id === hit.recordId);
      if (resolution === undefined) return undefined;
      const words = partsInline(resolution);
      return {
        ...base,
        ...atItem(resolution.itemId),
        title: items.get(resolution.itemId)?.title ?? 'Decision',
        ...(resolution.reference === undefined ? {} : { reference: resolution.reference }),
        snippet: makeSnippet(words, matched),
        detail: resolutionWords(resolution),
        overdue: false,
      };
    }
    case 'action': {
      const action = records.actions.find((a) => a.id === hit.recordId);
      if (action === undefined) return undefined;
      const owner =
        action.owner.kind === 'person'
          ? (hc.ctx.repo.get('people', action.owner.personId)?.name ?? 'Unknown person')
          : ownerLabel(action.owner, new Map());
      const next = action.due?.kind === 'next-meeting' ? nextMeetingAfter(meeting, hc.ctx.repo.all('meetings')) : undefined;
      const overdue = isOverdue(action, hc.today, { nextMeetingDate: next?.date });
      const notes = action.history
        .map((u) => u.note ?? '')
        .filter((n) => n !== '')
        .join(' ');
      // The title already shows a short action whole; the snippet then shows where else the words were found.
      const snippet = hasMatch(notes, matched)
        ? makeSnippet(notes, matched)
        : action.text.length > TITLE_LENGTH
          ? makeSnippet(action.text, matched)
          : NO_SNIPPET;
      return {
        ...base,
        ...atItem(action.itemId),
        title: shorten(action.text, TITLE_LENGTH),
        snippet,
        detail: actionDetail(action, owner),
        overdue,
        target: { screen: 'actions', actionId: action.id, boardId: board.id },
      };
    }
  }
}
