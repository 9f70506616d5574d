import type { Block, DocModel } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import { formatLongDate, formatTime } from '../british-dates';
import { heading, list, masthead, para, strong, table, text } from './blocks';
import { attendanceBlocks } from './attendance';
import { EXCLUSION_LOST_TEXT, exclusionResolutionText, isExclusionResolution, takenInPrivateText } from '../press-exclusion';
import { decisionRecordBlocks, referenceBlock } from './decisions';
import { chairChanges, exemptParagraphsOf, exemptSourceOf, numberedTitle, presenterWords } from './item-facts';
import { parseMinuteMarkup } from './markup';
import type { ComposeItem, MeetingData } from './meeting-data';
import { capitalise, interestLabel, peopleIndex, withArticle, type PeopleIndex } from './people';
import { actionMinuteCell, actionOwner, dueWords } from './action-words';
import { ratingsAppendix } from '../coproduction/minutes-appendix';

/**
 * "25. Options for the new service": the minute label (or, before numbering, the agenda number) and title; with
 * `showAgendaNumber`, "68. Apologies (agenda item 1)". An unnumbered item is its title alone.
 */
export function itemHeadingText(item: ComposeItem, showAgendaNumber = false): string {
  return numberedTitle(item.minuteLabel, item.number, item.title, showAgendaNumber);
}

const headingLevel = (item: ComposeItem): 2 | 3 | 4 => (item.depth === 0 ? 2 : item.depth === 1 ? 3 : 4);

/** "at Committee Room 2, Riverside Town Hall and online", or "online", or nothing when no place is known. */
export function placeWords(meeting: MeetingData['meeting']): string {
  if (meeting.venue !== undefined && meeting.venue !== '') return ` at ${meeting.venue}${meeting.onlineLink === undefined ? '' : ' and online'}`;
  return meeting.onlineLink === undefined ? '' : ' online';
}

function declarationBlocks(data: MeetingData, item: ComposeItem, people: PeopleIndex): Block[] {
  return data.declarations
    .filter((d) => d.itemId === item.id)
    .map((d) => {
      const who = capitalise(people.name(d.personId));
      const left = d.leftTheRoom ? ` ${who} left the meeting for this item and took no part in the discussion or the vote.` : '';
      return para([
        strong('Declaration of interest:'),
        text(` ${who} declared ${interestLabel(d.type)}: ${d.nature.replace(/\s*$/, '')}${/[.!?]$/.test(d.nature.trim()) ? '' : '.'}${left}`),
      ]);
    });
}

/** Where the clerk wrote nothing under "Declarations of interest", the declarations themselves. */
function declarationsSummary(data: MeetingData, people: PeopleIndex): Block[] {
  if (data.declarations.length === 0) return [para('There were no declarations of interest.')];
  const numberOf = new Map(data.items.map((i) => [i.id, i.number === '' ? `“${i.title}”` : i.number]));
  return [
    para('The following interests were declared:'),
    list(
      'bullet',
      data.declarations.map(
        (d) =>
          `${capitalise(people.name(d.personId))}: ${interestLabel(d.type)} in item ${numberOf.get(d.itemId) ?? ''}${d.leftTheRoom ? ', and left the meeting for that item' : ''}.`,
      ),
    ),
  ];
}

type ItemContext = { readonly people: PeopleIndex; readonly chairLines: ReadonlyMap<string, string> };

/** What the agenda said the item was for, then "Minutes:" before the minute, as modern.gov-style minutes print it. */
function agendaTextBlocks(item: ComposeItem, narrative: readonly Block[]): Block[] {
  const agendaText = item.description === undefined ? [] : parseMinuteMarkup(item.description);
  if (agendaText.length === 0) return [...narrative];
  return [...agendaText, ...(narrative.length === 0 ? [] : [para([strong('Minutes:')])]), ...narrative];
}

function itemBlocks(data: MeetingData, item: ComposeItem, context: ItemContext): Block[] {
  const { people } = context;
  const blocks: Block[] = [heading(headingLevel(item), itemHeadingText(item, data.board.printAgendaItemNumbers === true), item.id)];
  const chairLine = context.chairLines.get(item.id);
  if (chairLine !== undefined) blocks.push(para([{ text: chairLine, italic: true }]));
  if (data.audience === 'public' && item.part === 'private') {
    blocks.push(para(takenInPrivateText(exemptParagraphsOf(item, data.items), 'minutes')));
    return blocks;
  }
  if (item.confidentiality.access === 'exempt' && item.confidentiality.exclusionMotion === 'lost') blocks.push(para(EXCLUSION_LOST_TEXT));
  const presenter = presenterWords(item, people);
  if (presenter !== undefined) blocks.push(para(`Presented by ${presenter}.`, 'note'));
  blocks.push(...declarationBlocks(data, item, people));
  const minute = data.minutes.find((m) => m.itemId === item.id);
  const narrative = minute === undefined ? [] : parseMinuteMarkup(minute.text);
  if (narrative.length === 0 && item.standardKind === 'declarations') blocks.push(...declarationsSummary(data, people));
  blocks.push(...agendaTextBlocks(item, narrative));
  // The exclusion of the press and public is printed once, before the private part, wherever it was recorded.
  const decisions = data.resolutions.filter((r) => r.itemId === item.id && !isExclusionResolution(r.parts)).toSorted((a, b) => a.order - b.order);
  for (const resolution of decisions) {
    blocks.push(...decisionRecordBlocks(resolution, people), ...referenceBlock(resolution));
  }
  return blocks;
}

/**
 * Runs of items taken in public and in private, in printed order. Unless the board keeps exempt items in the order
 * taken, every private item (an exempt sub-item too) goes after the public ones: one run of each.
 */
export function partRuns(data: MeetingData): { readonly part: 'public' | 'private'; readonly items: ComposeItem[] }[] {
  const items =
    data.board.exemptItemsOrder === 'as-taken'
      ? data.items
      : [...data.items.filter((i) => i.part === 'public'), ...data.items.filter((i) => i.part === 'private')];
  const runs: { part: 'public' | 'private'; items: ComposeItem[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last?.part === item.part) last.items.push(item);
    else runs.push({ part: item.part, items: [item] });
  }
  return runs;
}

/** The exclusion of the press and public before a run of private items: as recorded, else in the usual words. */
function exclusionBlocks(data: MeetingData, run: readonly ComposeItem[], printRecorded: boolean, people: PeopleIndex): Block[] {
  const top = run.filter((i) => i.depth === 0 || !run.some((p) => p.id === i.parentId));
  const blocks: Block[] = [{ kind: 'separator', variant: 'part' }, heading(2, 'Exclusion of the press and public')];
  const recorded = printRecorded ? data.resolutions.filter((r) => isExclusionResolution(r.parts)) : [];
  if (recorded.length > 0) for (const r of recorded) blocks.push(...decisionRecordBlocks(r, people), ...referenceBlock(r));
  else {
    const paragraphs = top.flatMap((i) => exemptParagraphsOf(i, data.items));
    blocks.push(para([strong('RESOLVED:'), text(` ${exclusionResolutionText(paragraphs, top.length)}`)]));
  }
  const statements = [...new Set(top.flatMap((i) => exemptSourceOf(i, data.items)?.publicInterest ?? []))];
  for (const statement of statements) blocks.push(para(statement));
  if (data.audience === 'private') blocks.push(para('Part II: the minutes that follow are not for publication.', 'warning'));
  return blocks;
}

function actionsSummary(data: MeetingData, people: PeopleIndex): Block[] {
  if (data.actions.length === 0) return [];
  const position = new Map(data.items.map((item, index) => [item.id, index]));
  const labelOf = new Map(data.items.map((i) => [i.id, (i.minuteLabel ?? i.number).replace(/\.$/, '')]));
  const rows = data.actions
    .toSorted((a, b) => (position.get(a.itemId ?? '') ?? 1e6) - (position.get(b.itemId ?? '') ?? 1e6) || a.createdAt.localeCompare(b.createdAt))
    .map((a) => [actionMinuteCell(a, labelOf), a.text, actionOwner(a.owner, people), dueWords(a.due)]);
  return [
    heading(2, 'Summary of actions'),
    table(
      [
        ['Minute', 1],
        ['Action', 4],
        ['Owner', 2],
        ['Due', 2],
      ],
      rows,
    ),
  ];
}

function signatureBlock(data: MeetingData): Block {
  const signature = data.meeting.approval?.signature;
  if (signature === undefined) return { kind: 'signature', role: 'Chair' };
  const role = data.members.find((m) => m.personId === signature.personId)?.role;
  const roleWords = role === 'co-chair' ? 'Co-chair' : role === 'vice-chair' ? 'Vice-chair' : 'Chair';
  return { kind: 'signature', role: roleWords, name: capitalise(signature.name), date: formatLongDate(signature.signedOn) };
}

/** Minutes, private or public (pass `publicView(data)` for the public ones), in the shape councils print. */
export function composeMinutes(data: MeetingData): DocModel {
  const { board, meeting } = data;
  const style = resolveHouseStyle(board);
  const people = peopleIndex(data.people);
  const date = formatLongDate(meeting.date);
  const blocks: Block[] = [...masthead(style), heading(1, board.name)];
  blocks.push(
    para(`Minutes of the meeting of ${withArticle(board.name)} held on ${date} at ${formatTime(meeting.startTime)}${placeWords(meeting)}.`, 'lead'),
  );
  if (meeting.title !== undefined && meeting.title !== '') blocks.push(para(meeting.title, 'lead'));
  if (meeting.approval !== undefined) {
    const at = data.approvedAtMeetingDate === undefined ? '' : ` at the meeting held on ${formatLongDate(data.approvedAtMeetingDate)}`;
    blocks.push(para(`These minutes were approved as a correct record${at} and signed by the chair.`, 'note'));
  } else {
    blocks.push(para('Draft: these minutes have not yet been approved as a correct record.', 'warning'));
  }
  if (data.audience === 'private' && data.items.some((i) => i.part === 'private')) {
    blocks.push(para('Not for publication: these minutes include exempt information. Publish the public minutes instead.', 'warning'));
  }
  if (meeting.status === 'cancelled') {
    blocks.push(para('This meeting was cancelled.'));
    return { meta: minutesMeta(data, style.organisation, date), style, blocks };
  }

  blocks.push(...attendanceBlocks(data));
  const context: ItemContext = { people, chairLines: chairChanges(data.items, data.members, people) };
  let exclusionPrinted = false;
  for (const run of partRuns(data)) {
    if (run.part === 'private') {
      blocks.push(...exclusionBlocks(data, run.items, !exclusionPrinted, people));
      exclusionPrinted = true;
    }
    const shown =
      data.audience === 'public' && run.part === 'private'
        ? run.items.filter((i) => i.depth === 0 || !run.items.some((p) => p.id === i.parentId))
        : run.items;
    for (const item of shown) blocks.push(...itemBlocks(data, item, context));
  }
  blocks.push(...actionsSummary(data, people));
  if (meeting.endTime !== undefined) blocks.push(para(`The meeting ended at ${formatTime(meeting.endTime)}.`));
  blocks.push(signatureBlock(data), ...ratingsAppendix(data));
  return { meta: minutesMeta(data, style.organisation, date), style, blocks };
}

function minutesMeta(data: MeetingData, organisation: string, date: string): DocModel['meta'] {
  const which = data.audience === 'public' ? 'Public minutes' : 'Minutes';
  return {
    kind: 'minutes',
    title: `${which}: ${data.board.name}, ${date}`,
    subject: `Minutes of the meeting of ${withArticle(data.board.name)} held on ${date}`,
    author: organisation,
    language: 'en-GB',
    header: { left: data.board.name, right: `${which}, ${date}` },
    audience: data.audience,
  };
}
