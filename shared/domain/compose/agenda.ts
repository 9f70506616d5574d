import type { Attachment } from '../../model';
import type { Block, DocModel, Runs } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import { formatLongDate, formatTime } from '../british-dates';
import { londonDate } from '../london-time';
import { formatDuration } from '../durations';
import { itemPurposeLabel, quorumLabel } from '../labels';
import { actionOwner, actionStatusLabel, dueWords } from './action-words';
import { fact, heading, list, masthead, para, strong, table, text } from './blocks';
import { takenInPrivateText } from '../press-exclusion';
import { exemptParagraphsOf, exemptSourceOf, numberedTitle, presenterWords } from './item-facts';
import { parseMinuteMarkup } from './markup';
import { partRuns } from './minutes';
import type { ComposeItem, MeetingData } from './meeting-data';
import { capitalise, printedRoleLabel, peopleIndex, withArticle, type PeopleIndex } from './people';

/** How an agenda lists an item's papers: in a pack, whether each is bound in. */
export type PaperNote = (attachment: Attachment) => string | undefined;

export type AgendaOptions = {
  /** Set when composing the agenda of an agenda pack. */
  readonly paperNote?: PaperNote;
};

const sizeWords = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function itemFacts(item: ComposeItem, people: PeopleIndex): Block {
  const parts = [itemPurposeLabel(item.purpose)];
  const presenter = presenterWords(item, people);
  if (presenter !== undefined) parts.push(`presented by ${presenter}`);
  if (item.timeAllowanceMinutes !== undefined && item.timeAllowanceMinutes > 0) parts.push(formatDuration(item.timeAllowanceMinutes));
  return para(`${parts.join('; ')}.`, 'note');
}

function papersBlocks(data: MeetingData, item: ComposeItem, options: AgendaOptions): Block[] {
  const papers = item.attachmentIds.map((id) => data.attachments.find((a) => a.id === id)).filter((a): a is Attachment => a !== undefined);
  if (papers.length === 0) return [];
  return [
    para([strong('Papers:')]),
    list(
      'bullet',
      papers.map((a) => {
        const note = options.paperNote?.(a);
        return `${a.originalName} (${sizeWords(a.size)})${note === undefined ? '' : `: ${note}`}`;
      }),
    ),
  ];
}

function carriedActionsBlocks(data: MeetingData, people: PeopleIndex): Block[] {
  if (data.carriedActions.length === 0) return [para('There are no outstanding actions from earlier meetings.')];
  return [
    para('Actions from earlier meetings that are still outstanding:'),
    table(
      [
        ['Action', 4],
        ['Owner', 2],
        ['Due', 2],
        ['Status', 1],
      ],
      data.carriedActions.map((c): readonly (string | Runs)[] => [
        c.action.text,
        actionOwner(c.action.owner, people),
        dueWords(c.action.due),
        c.overdue ? [strong('Overdue')] : actionStatusLabel(c.action.status),
      ]),
    ),
  ];
}

/**
 * "5. Title", "5.1 Title", or an unnumbered item's title alone; an exempt item in a public agenda is not named.
 * Also the pack's bookmark for the item.
 */
export function agendaHeadingText(item: ComposeItem, audience: MeetingData['audience']): string {
  const number = item.depth === 0 && item.number !== '' ? `${item.number}.` : item.number;
  return numberedTitle(
    number === '' ? undefined : number,
    '',
    audience === 'public' && item.part === 'private' ? 'Item not for publication' : item.title,
    false,
  );
}

function itemBlocks(data: MeetingData, item: ComposeItem, people: PeopleIndex, options: AgendaOptions): Block[] {
  const level = item.depth === 0 ? 3 : 4;
  const privately = takenInPrivateText(exemptParagraphsOf(item, data.items), 'agenda');
  if (data.audience === 'public' && item.part === 'private') {
    return [heading(level, agendaHeadingText(item, data.audience), item.id), para(privately)];
  }
  const blocks: Block[] = [heading(level, agendaHeadingText(item, data.audience), item.id), itemFacts(item, people)];
  if (item.supplementary) blocks.push(para('Supplementary item: added after the agenda was published.', 'warning'));
  if (item.part === 'private') {
    blocks.push(para(privately, 'warning'));
    const statement = exemptSourceOf(item, data.items)?.publicInterest;
    if (statement !== undefined && (item.depth === 0 || item.confidentiality.access === 'exempt')) blocks.push(para(statement, 'note'));
  }
  if (item.description !== undefined) blocks.push(...parseMinuteMarkup(item.description));
  if (item.recommendations.length > 0) {
    blocks.push(
      para([strong(item.recommendations.length === 1 ? 'Recommendation:' : 'Recommendations:')]),
      list('parenthesised', item.recommendations),
    );
  }
  if (item.standardKind === 'matters-arising') blocks.push(...carriedActionsBlocks(data, people));
  blocks.push(...papersBlocks(data, item, options));
  return blocks;
}

function frontSheet(data: MeetingData, people: PeopleIndex): Block[] {
  const { board, meeting } = data;
  const blocks: Block[] = [fact('Date', formatLongDate(meeting.date)), fact('Time', formatTime(meeting.startTime))];
  if (meeting.venue !== undefined && meeting.venue !== '') blocks.push(fact('Venue', meeting.venue));
  if (meeting.onlineLink !== undefined) blocks.push(para([strong('Online:'), text(' '), { text: meeting.onlineLink, link: meeting.onlineLink }]));
  blocks.push(fact('Quorum', quorumLabel(board.quorum)));
  if (board.clerk !== undefined && board.clerk.name !== '') {
    blocks.push(
      fact('Contact', board.clerk.email === undefined || board.clerk.email === '' ? board.clerk.name : `${board.clerk.name}, ${board.clerk.email}`),
    );
  }
  if (meeting.agendaPublishedAt !== undefined) blocks.push(fact('Published', formatLongDate(londonDate(meeting.agendaPublishedAt))));
  const members = data.members.filter((m) => m.role !== 'officer-in-attendance');
  if (members.length > 0) {
    const order = ['chair', 'co-chair', 'vice-chair'];
    const rank = (role: string, personId: string): number =>
      order.includes(role) ? order.indexOf(role) : people.get(personId)?.consentToBeNamed === false ? 20 : 10;
    blocks.push(
      heading(2, 'Membership'),
      list(
        'bullet',
        members
          .toSorted(
            (a, b) => rank(a.role, a.personId) - rank(b.role, b.personId) || people.name(a.personId).localeCompare(people.name(b.personId), 'en-GB'),
          )
          .map((m) => {
            const role = printedRoleLabel(m.role);
            return capitalise(`${people.name(m.personId)}${role === undefined ? '' : ` (${role})`}`);
          }),
      ),
    );
  }
  return blocks;
}

/** The agenda: front sheet, membership, numbered items, then the private part, as a council publishes it. */
export function composeAgenda(data: MeetingData, options: AgendaOptions = {}): DocModel {
  const { board, meeting } = data;
  const style = resolveHouseStyle(board);
  const people = peopleIndex(data.people);
  const date = formatLongDate(meeting.date);
  const blocks: Block[] = [...masthead(style), heading(1, board.name)];
  blocks.push(para(`Agenda for the meeting of ${withArticle(board.name)} to be held on ${date} at ${formatTime(meeting.startTime)}.`, 'lead'));
  if (meeting.title !== undefined && meeting.title !== '') blocks.push(para(meeting.title, 'lead'));
  if (meeting.status === 'cancelled') blocks.push(para('This meeting has been cancelled.', 'warning'));
  if (data.audience === 'private' && data.items.some((i) => i.part === 'private')) {
    blocks.push(para('Not for publication: this agenda includes exempt items. Publish the public agenda instead.', 'warning'));
  }
  blocks.push(...frontSheet(data, people));

  blocks.push(heading(2, 'Agenda'));
  if (data.items.length === 0) blocks.push(para('No items have been added yet.'));
  for (const run of partRuns(data)) {
    if (run.part === 'public') {
      for (const item of run.items) blocks.push(...itemBlocks(data, item, people, options));
      continue;
    }
    blocks.push(
      { kind: 'separator', variant: 'part' },
      heading(2, 'Part II: items to be considered in private'),
      para(
        'The press and public are likely to be excluded from the meeting for the following items, by resolution, because they involve the likely disclosure of exempt information as defined in Schedule 12A to the Local Government Act 1972.',
      ),
    );
    const shown = data.audience === 'public' ? run.items.filter((i) => i.depth === 0 || !run.items.some((p) => p.id === i.parentId)) : run.items;
    for (const item of shown) blocks.push(...itemBlocks(data, item, people, options));
  }
  return {
    meta: {
      kind: 'agenda',
      title: `Agenda: ${board.name}, ${date}`,
      subject: `Agenda for the meeting of ${withArticle(board.name)} on ${date}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: board.name, right: `Agenda, ${date}` },
      audience: data.audience,
    },
    style,
    blocks,
  };
}
