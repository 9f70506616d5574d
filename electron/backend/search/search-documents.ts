import type { SearchKind } from '../../../shared/api/search';
import type { Action, AgendaItem, MeetingCollection, Minute, RecordOf, Resolution } from '../../../shared/model';
import type { MeetingRecords, Op } from '../store';

/**
 * What the index holds for one record: enough words to find it, and the ids to find the record again. Board
 * names, dates, item numbers and owners' names are looked up when results are shown, so renaming a board never
 * leaves the index stale.
 */
export type SearchDocument = {
  readonly id: string;
  readonly kind: SearchKind;
  readonly recordId: string;
  readonly meetingId: string;
  readonly boardId: string;
  /** The meeting's date (ISO): which year's index holds the record, and how recent it is. */
  readonly meetingDate: string;
  /** Words that name the record (an item's title, a decision's reference): they weigh more. */
  readonly title: string;
  readonly text: string;
  /** An action owned by a person: renaming the person re-indexes it. */
  readonly ownerPersonId?: string;
};

/** The meeting collections search looks through, and the kind of result each gives. */
export const SEARCHED_COLLECTIONS = {
  minutes: 'minute',
  agendaItems: 'item',
  resolutions: 'resolution',
  actions: 'action',
} as const satisfies Partial<Record<MeetingCollection, SearchKind>>;
export type SearchedCollection = keyof typeof SEARCHED_COLLECTIONS;

export const isSearchedCollection = (collection: string): collection is SearchedCollection => Object.hasOwn(SEARCHED_COLLECTIONS, collection);

export const documentId = (kind: SearchKind, recordId: string): string => `${kind}:${recordId}`;

/** Who owns an action, in words (a person's name, or the organisation's). */
export type OwnerName = (owner: Action['owner']) => string;

type Place = { readonly boardId: string; readonly meetingDate: string; readonly ownerName: OwnerName };

function minuteDocument(minute: Minute, place: Place): SearchDocument | undefined {
  if (minute.text.trim() === '') return undefined;
  return {
    id: documentId('minute', minute.id),
    kind: 'minute',
    recordId: minute.id,
    meetingId: minute.meetingId,
    boardId: place.boardId,
    meetingDate: place.meetingDate,
    title: '',
    text: minute.text,
  };
}

function itemDocument(item: AgendaItem, place: Place): SearchDocument {
  return {
    id: documentId('item', item.id),
    kind: 'item',
    recordId: item.id,
    meetingId: item.meetingId,
    boardId: place.boardId,
    meetingDate: place.meetingDate,
    title: item.title,
    text: [item.presenter ?? '', ...item.recommendations].join('\n'),
  };
}

function resolutionDocument(resolution: Resolution, place: Place): SearchDocument {
  return {
    id: documentId('resolution', resolution.id),
    kind: 'resolution',
    recordId: resolution.id,
    meetingId: resolution.meetingId,
    boardId: place.boardId,
    meetingDate: place.meetingDate,
    title: [resolution.reference ?? '', resolution.kind, resolution.recommendedTo ?? ''].join(' '),
    text: resolution.parts.map((part) => part.text).join('\n'),
  };
}

function actionDocument(action: Action, place: Place): SearchDocument {
  return {
    id: documentId('action', action.id),
    kind: 'action',
    recordId: action.id,
    meetingId: action.meetingId,
    boardId: place.boardId,
    meetingDate: place.meetingDate,
    title: place.ownerName(action.owner),
    text: [action.text, ...action.history.map((update) => update.note ?? '')].join('\n'),
    ...(action.owner.kind === 'person' ? { ownerPersonId: action.owner.personId } : {}),
  };
}

/** A record of one of the searched collections, with the collection it belongs to. */
export type SearchedRecord = { readonly [C in SearchedCollection]: { readonly collection: C; readonly record: RecordOf<C> } }[SearchedCollection];

/** The searched record a put writes, if it writes one. */
export function searchedRecord(op: Op): SearchedRecord | undefined {
  if (op.type !== 'put') return undefined;
  switch (op.collection) {
    case 'minutes':
    case 'agendaItems':
    case 'resolutions':
    case 'actions':
      return op;
    default:
      return undefined;
  }
}

/** The document for one record of a searched collection; none for an empty minute. */
export function documentFor(change: SearchedRecord, place: Place): SearchDocument | undefined {
  switch (change.collection) {
    case 'minutes':
      return minuteDocument(change.record, place);
    case 'agendaItems':
      return itemDocument(change.record, place);
    case 'resolutions':
      return resolutionDocument(change.record, place);
    case 'actions':
      return actionDocument(change.record, place);
  }
}

/** Every document of one meeting. */
export function meetingDocuments(records: MeetingRecords, place: Place): SearchDocument[] {
  const out: SearchDocument[] = [];
  for (const minute of records.minutes) {
    const doc = minuteDocument(minute, place);
    if (doc !== undefined) out.push(doc);
  }
  for (const item of records.agendaItems) out.push(itemDocument(item, place));
  for (const resolution of records.resolutions) out.push(resolutionDocument(resolution, place));
  for (const action of records.actions) out.push(actionDocument(action, place));
  return out;
}
