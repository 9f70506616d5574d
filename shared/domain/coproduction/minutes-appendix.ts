import type { Block } from '../../document/model';
import { fact, heading } from '../compose/blocks';
import type { ComposeItem, MeetingData } from '../compose/meeting-data';
import { jointRatingNote, overallBlock, ratingFacts, scoresTable } from './rating-blocks';
import { subjectKindLabel } from './rating-words';
import type { RatingWithSet } from './rating-with-set';

export const APPENDIX_TITLE = 'Appendix: co-production ratings';

/**
 * The ratings to print with a meeting's minutes: those marked for the appendix whose subject is this meeting.
 * A rating of an exempt item (one taken in private) is printed in the private minutes only.
 */
export function ratingsForMinutes(data: Pick<MeetingData, 'audience' | 'meeting' | 'items' | 'ratings'>): RatingWithSet[] {
  const privateIds = new Set(data.items.filter((i) => i.part === 'private').map((i) => i.id));
  const position = new Map(data.items.map((item, index) => [item.id, index]));
  return (data.ratings ?? [])
    .filter(({ rating }) => rating.appendToMinutes && rating.subject.meetingId === data.meeting.id)
    .filter(({ rating }) => data.audience === 'private' || rating.subject.itemId === undefined || !privateIds.has(rating.subject.itemId))
    .toSorted(
      (a, b) =>
        (position.get(a.rating.subject.itemId ?? '') ?? 1e6) - (position.get(b.rating.subject.itemId ?? '') ?? 1e6) ||
        a.rating.ratedOn.localeCompare(b.rating.ratedOn) ||
        a.rating.createdAt.localeCompare(b.rating.createdAt),
    );
}

function subjectWords(entry: RatingWithSet, item: ComposeItem | undefined): string {
  const { subject } = entry.rating;
  if (subject.kind !== 'item') return subjectKindLabel(subject.kind);
  return item === undefined ? 'Agenda item' : `Agenda item ${(item.minuteLabel ?? item.number).replace(/\.$/, '')}`;
}

/**
 * The appendix of co-production ratings at the end of a meeting's minutes, private and public alike (ratings
 * hold no exempt content, except a rating of an exempt item, which the public minutes leave out). Nothing when
 * no rating of the meeting is marked for the minutes.
 */
export function ratingsAppendix(data: MeetingData): Block[] {
  const entries = ratingsForMinutes(data);
  if (entries.length === 0) return [];
  const items = new Map(data.items.map((i) => [i.id, i]));
  const blocks: Block[] = [{ kind: 'separator', variant: 'page-break' }, heading(2, APPENDIX_TITLE), jointRatingNote()];
  for (const entry of entries) {
    const item = entry.rating.subject.itemId === undefined ? undefined : items.get(entry.rating.subject.itemId);
    blocks.push(
      heading(3, entry.rating.subject.name),
      fact('What was rated', subjectWords(entry, item)),
      ...ratingFacts(entry),
      scoresTable(entry),
      overallBlock(entry),
    );
  }
  return blocks;
}
