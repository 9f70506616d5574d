import type { Block, DocModel } from '../../document/model';
import { resolveHouseStyle, type HouseStyle } from '../../document/house-style';
import type { ItemPurpose, Resolution, StandardItemKind } from '../../model';
import { formatLongDate, formatTime } from '../british-dates';
import { formatDuration } from '../durations';
import { isExclusionResolution } from '../press-exclusion';
import { splitSentences } from '../readability/sentences';
import { actionOwner, dueWords } from './action-words';
import { heading, masthead, para, strong, text } from './blocks';
import type { ComposeItem, MeetingData } from './meeting-data';
import { capitalise, peopleIndex, withArticle } from './people';
import { publicView } from './public-view';

/**
 * Easy-read agendas and minutes: large type, short sentences, one idea a line, plenty of space. They are public
 * documents: composed from the public view (exempt items say only that the part is private, and people who have
 * not agreed to be named appear by their role), whatever data they are given.
 */

/** Body text size for easy read and large print: 18 pt (headings 21.6 pt and up; nothing smaller than 16 pt). */
export const EASY_READ_BODY_PT = 18;

/** A house style in large print: the board's look, at the easy-read size. */
export const largePrint = (style: HouseStyle): HouseStyle => ({ ...style, bodySizePt: EASY_READ_BODY_PT });

type Tense = 'agenda' | 'minutes';

const PURPOSE_WORDS: Readonly<Record<Tense, Readonly<Record<ItemPurpose, string>>>> = {
  agenda: { decision: 'We will make a decision about this.', discussion: 'We will talk about this.', information: 'We will be told about this.' },
  minutes: { decision: 'We made a decision about this.', discussion: 'We talked about this.', information: 'We were told about this.' },
};

const STANDARD_WORDS: Readonly<Record<Tense, Partial<Readonly<Record<StandardItemKind, string>>>>> = {
  agenda: {
    apologies: 'We will hear who cannot come.',
    declarations: 'Members will say if anything we talk about affects them personally.',
    'previous-minutes': 'We will check the notes of the last meeting are right.',
    'matters-arising': 'We will check the jobs people agreed to do last time.',
    'public-questions': 'People can ask the board questions.',
    'any-other-business': 'We will talk about anything else people want to raise.',
    'date-of-next-meeting': 'We will say when we meet next.',
  },
  minutes: {
    apologies: 'We heard who could not come.',
    declarations: 'Members said if anything we talked about affected them personally.',
    'previous-minutes': 'We checked the notes of the last meeting.',
    'matters-arising': 'We checked the jobs people agreed to do last time.',
    'public-questions': 'People asked the board questions.',
    'any-other-business': 'We talked about anything else people raised.',
    'date-of-next-meeting': 'We said when we meet next.',
  },
};

/** One sentence a line: a summary's lines, each split at its sentences. */
export function easyReadLines(summary: string): string[] {
  return summary
    .split('\n')
    .flatMap((line) => splitSentences(line, 'plain').map((s) => s.text))
    .filter((line) => line !== '');
}

/** What an item without an easy-read summary says: its purpose (or what a standard item is for) in plain words. */
function fallbackLines(item: ComposeItem, tense: Tense): string[] {
  const lines = [item.standardKind === undefined ? undefined : STANDARD_WORDS[tense][item.standardKind]].filter((l) => l !== undefined);
  if (lines.length === 0) lines.push(PURPOSE_WORDS[tense][item.purpose]);
  return lines;
}

/** "Item 4: Title"; an unnumbered item is its title, and a private one without a number "A private item". */
const itemHeading = (item: ComposeItem, showTitle: boolean): string => {
  if (item.number === '') return showTitle ? item.title : 'A private item';
  return `Item ${item.number.replace(/\.$/, '')}${showTitle ? `: ${item.title}` : ''}`;
};

function whenAndWhere(data: MeetingData, tense: Tense): Block[] {
  const { meeting } = data;
  const is = tense === 'agenda' ? 'is' : 'was';
  const blocks: Block[] = [heading(2, 'When and where'), para(`The meeting ${is} on ${formatLongDate(meeting.date)}.`)];
  blocks.push(para(`It ${tense === 'agenda' ? 'starts' : 'started'} at ${formatTime(meeting.startTime)}.`));
  if (meeting.endTime !== undefined)
    blocks.push(para(tense === 'agenda' ? `It should end at about ${formatTime(meeting.endTime)}.` : `It ended at ${formatTime(meeting.endTime)}.`));
  if (meeting.venue !== undefined && meeting.venue !== '') blocks.push(para(`It ${is} at ${meeting.venue}.`));
  if (meeting.onlineLink !== undefined) {
    blocks.push(para(tense === 'agenda' ? 'You can also join online:' : 'People could also join online.'));
    if (tense === 'agenda') blocks.push(para([{ text: meeting.onlineLink, link: meeting.onlineLink }]));
  }
  return blocks;
}

function contactBlocks(data: MeetingData): Block[] {
  const clerk = data.board.clerk;
  if (clerk === undefined || clerk.name === '') return [];
  const blocks: Block[] = [heading(2, 'Questions'), para('If you have a question, please contact:'), para(capitalise(clerk.name))];
  if (clerk.email !== undefined && clerk.email !== '') blocks.push(para([{ text: clerk.email, link: `mailto:${clerk.email}` }]));
  return blocks;
}

function agendaItemBlocks(item: ComposeItem): Block[] {
  if (item.part === 'private') return [heading(3, itemHeading(item, false)), para('This part of the meeting is private.')];
  const blocks: Block[] = [heading(3, itemHeading(item, true))];
  const summary = easyReadLines(item.easyReadSummary ?? '');
  for (const line of summary.length > 0 ? summary : fallbackLines(item, 'agenda')) blocks.push(para(line));
  if (item.presenter !== undefined && item.presenter !== '') blocks.push(para(`${capitalise(item.presenter)} will tell us about it.`));
  if (item.timeAllowanceMinutes !== undefined && item.timeAllowanceMinutes > 0)
    blocks.push(para(`This should take about ${formatDuration(item.timeAllowanceMinutes)}.`));
  return blocks;
}

/** Private items inside a private item are not listed on their own: the part is private as a whole. */
const shownItems = (data: MeetingData): ComposeItem[] =>
  data.items.filter((i) => i.part === 'public' || i.depth === 0 || !data.items.some((p) => p.id === i.parentId && p.part === 'private'));

function meta(data: MeetingData, style: HouseStyle, kind: 'agenda' | 'minutes'): DocModel['meta'] {
  const date = formatLongDate(data.meeting.date);
  const which = kind === 'agenda' ? 'Easy read agenda' : 'Easy read minutes';
  return {
    kind,
    title: `${which}: ${data.board.name}, ${date}`,
    subject: `${which} for the meeting of ${withArticle(data.board.name)} on ${date}`,
    author: style.organisation,
    language: 'en-GB',
    header: { left: data.board.name, right: `${which}, ${date}` },
    audience: 'public',
  };
}

/** The easy-read agenda: when and where, then each item in a few short lines. */
export function composeEasyReadAgenda(input: MeetingData): DocModel {
  const data = input.audience === 'public' ? input : publicView(input);
  const style = largePrint(resolveHouseStyle(data.board));
  const blocks: Block[] = [
    ...masthead(style),
    heading(1, data.board.name),
    para('Easy read agenda', 'lead'),
    para('This is what we will talk about at our next meeting.'),
  ];
  if (data.meeting.status === 'cancelled') blocks.push(para('This meeting has been cancelled.', 'warning'));
  blocks.push(...whenAndWhere(data, 'agenda'), heading(2, 'What we will talk about'));
  const items = shownItems(data);
  if (items.length === 0) blocks.push(para('There is nothing on the agenda yet.'));
  for (const item of items) blocks.push(...agendaItemBlocks(item));
  blocks.push(...contactBlocks(data));
  return { meta: meta(data, style, 'agenda'), style, blocks };
}

/** What an easy-read reader is told of a decision: what was decided, or an idea the board said no to or was taken back. */
function easyReadDecisionLead(resolution: Pick<Resolution, 'kind' | 'outcome'>): string {
  if (resolution.outcome === 'withdrawn') return 'An idea that was taken back:';
  if (resolution.kind === 'LOST' || resolution.outcome === 'lost' || resolution.outcome === 'lost-on-casting-vote') return 'We said no to:';
  return 'What we decided:';
}

function minutesItemBlocks(data: MeetingData, item: ComposeItem, people: ReturnType<typeof peopleIndex>): Block[] {
  if (item.part === 'private') return [heading(3, itemHeading(item, false)), para('This part was private.')];
  const blocks: Block[] = [heading(3, itemHeading(item, true))];
  const summary = easyReadLines(item.easyReadSummary ?? '');
  for (const line of summary.length > 0 ? summary : fallbackLines(item, 'minutes')) blocks.push(para(line));
  const decisions = data.resolutions.filter((r) => r.itemId === item.id && !isExclusionResolution(r.parts)).toSorted((a, b) => a.order - b.order);
  for (const resolution of decisions) {
    const lead = easyReadDecisionLead(resolution);
    for (const part of resolution.parts) blocks.push(para([strong(lead), text(` ${part.text}`)]));
  }
  for (const action of data.actions.filter((a) => a.itemId === item.id)) {
    blocks.push(para([strong('What happens next:'), text(` ${action.text}`)]));
    blocks.push(para(`Who will do it: ${actionOwner(action.owner, people)}.`));
    if (action.due !== undefined) blocks.push(para(`By when: ${dueWords(action.due)}.`));
  }
  return blocks;
}

function whoCame(data: MeetingData, people: ReturnType<typeof peopleIndex>): Block[] {
  const present = data.attendance.filter((a) => a.status === 'present' || a.status === 'in-attendance');
  const apologies = data.attendance.filter((a) => a.status === 'apologies');
  const blocks: Block[] = [heading(2, 'Who came')];
  if (present.length === 0) return [...blocks, para('We did not write down who came.')];
  blocks.push(para(`${present.length} ${present.length === 1 ? 'person' : 'people'} came to the meeting.`));
  // One name a line; people who have not agreed to be named appear by their role.
  for (const a of present) blocks.push(para(capitalise(people.name(a.personId))));
  if (apologies.length > 0) blocks.push(para(`${apologies.length} ${apologies.length === 1 ? 'person' : 'people'} could not come.`));
  return blocks;
}

/** The easy-read minutes: when and where, who came, then each item in short lines with what we decided. */
export function composeEasyReadMinutes(input: MeetingData): DocModel {
  const data = input.audience === 'public' ? input : publicView(input);
  const style = largePrint(resolveHouseStyle(data.board));
  const people = peopleIndex(data.people);
  const blocks: Block[] = [
    ...masthead(style),
    heading(1, data.board.name),
    para('Easy read minutes', 'lead'),
    para('This is what happened at our meeting.'),
  ];
  blocks.push(
    data.meeting.approval === undefined
      ? para('These notes are a draft. The board has not agreed them yet.', 'warning')
      : para('The board agreed these notes are right.'),
  );
  if (data.meeting.status === 'cancelled') {
    blocks.push(para('This meeting was cancelled.'), ...whenAndWhere(data, 'minutes'));
    return { meta: meta(data, style, 'minutes'), style, blocks };
  }
  blocks.push(...whenAndWhere(data, 'minutes'), ...whoCame(data, people), heading(2, 'What we talked about'));
  const items = shownItems(data);
  if (items.length === 0) blocks.push(para('No items were recorded.'));
  for (const item of items) blocks.push(...minutesItemBlocks(data, item, people));
  blocks.push(...contactBlocks(data));
  return { meta: meta(data, style, 'minutes'), style, blocks };
}
