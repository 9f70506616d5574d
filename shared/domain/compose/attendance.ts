import type { Block } from '../../document/model';
import type { Attendance, AttendanceOrder, Movement, Person } from '../../model';
import { orderAttendees } from './attendance-order';
import { heading, list, para, strong } from './blocks';
import type { ComposeItem, MeetingData } from './meeting-data';
import { capitalise, listInWords, printedRoleLabel, peopleIndex, type PeopleIndex } from './people';

/** Where the board has not chosen an order: by surname, as most councils print it. */
const DEFAULT_ORDER: AttendanceOrder = 'surname';

/** The groups of the by-role order, with the words printed above each where there is more than one. */
const GROUP_LABELS: readonly (readonly [readonly Person['kind'][], string])[] = [
  [['councillor'], 'Councillors'],
  [['expert-by-experience', 'carer', 'champion', 'member-of-the-public'], 'Experts by experience and carers'],
  [['voluntary-sector-partner', 'health-partner'], 'Partners'],
  [['officer'], 'Officers'],
];

/**
 * Who was there and who was not, as recorded and nothing more: members present (with their role, post and
 * organisation where they have one, and their initials where the board uses them), others in attendance, observers,
 * apologies, absences, then arrivals and departures. A list with no one in it is left out: an empty list may simply
 * not have been recorded. "There were no apologies for absence" is printed only when the clerk has said so.
 */
export function attendanceBlocks(data: MeetingData): Block[] {
  const people = peopleIndex(data.people);
  const roleOf = new Map(data.members.map((m) => [m.personId, m.role]));
  const order = data.board.attendanceOrder ?? DEFAULT_ORDER;
  const recorded = new Map(data.attendance.map((a, index) => [a.id, index]));
  const sorted = (status: Attendance['status']): Attendance[] => {
    const entries = data.attendance
      .filter((a) => a.status === status)
      .map((a) => ({
        record: a,
        recorded: recorded.get(a.id) ?? 0,
        person: people.get(a.personId),
        role: roleOf.get(a.personId),
        printedName: people.name(a.personId),
      }));
    return orderAttendees(entries, order).map((e) => e.record);
  };
  const line = (a: Attendance, withRole: boolean): string => attendeeLine(a, people, withRole ? roleOf.get(a.personId) : undefined, data.items);

  const blocks: Block[] = [];
  const present = sorted('present');
  if (present.length > 0) blocks.push(heading(2, 'Present'), ...groupedList(present, people, order, (a) => line(a, true)));
  const attending = sorted('in-attendance');
  if (attending.length > 0) blocks.push(heading(2, 'In attendance'), ...groupedList(attending, people, order, (a) => line(a, false)));
  const observing = sorted('observer');
  if (observing.length > 0)
    blocks.push(
      heading(2, 'Also present (observing)'),
      list(
        'bullet',
        observing.map((a) => line(a, false)),
      ),
    );
  const apologies = sorted('apologies');
  if (apologies.length > 0) {
    blocks.push(
      heading(2, 'Apologies'),
      para(`Apologies for absence were received from ${listInWords(apologies.map((a) => people.name(a.personId)))}.`),
    );
  } else if (data.meeting.noApologiesReceived === true) {
    blocks.push(heading(2, 'Apologies'), para('There were no apologies for absence.'));
  }
  const absent = sorted('absent');
  if (absent.length > 0)
    blocks.push(para(`${capitalise(listInWords(absent.map((a) => people.name(a.personId))))} ${absent.length === 1 ? 'was' : 'were'} absent.`));

  const movements = movementLines(data);
  if (movements.length > 0) blocks.push(heading(2, 'Arrivals and departures'), list('bullet', movements));
  if (data.meeting.minuteTaker !== undefined) blocks.push(para([strong('Minutes taken by:'), { text: ` ${data.meeting.minuteTaker}` }]));
  return blocks;
}

/** The by-role order prints each group under its label where there is more than one group; otherwise one list. */
function groupedList(records: readonly Attendance[], people: PeopleIndex, order: AttendanceOrder, line: (a: Attendance) => string): Block[] {
  if (order !== 'by-role') return [list('bullet', records.map(line))];
  const groups = GROUP_LABELS.map(([kinds, label]) => ({
    label,
    records: records.filter((a) => {
      const person = people.get(a.personId);
      return person !== undefined && person.consentToBeNamed && kinds.includes(person.kind);
    }),
  }));
  const grouped = new Set(groups.flatMap((g) => g.records));
  const rest = records.filter((a) => !grouped.has(a));
  const filled = groups.filter((g) => g.records.length > 0);
  if (filled.length + (rest.length > 0 ? 1 : 0) <= 1) return [list('bullet', records.map(line))];
  return [
    ...filled.flatMap((g) => [para([strong(g.label)]), list('bullet', g.records.map(line))]),
    ...(rest.length > 0 ? [para([strong('Others')]), list('bullet', rest.map(line))] : []),
  ];
}

/**
 * "Cllr Asha Patel (Chair)", "Dr Jo Hart (Medical Director, NHS South Yorkshire)", "Jo Hart (JH), Medical Director,
 * NHS South Yorkshire", "Cllr Tom Baker, attending as Cllr Ruth Lee’s substitute", with "(from item 4)" or "(until
 * item 6)" for someone there for part of the meeting. Initials, post and organisation only for people named in public.
 */
function attendeeLine(
  a: Attendance,
  people: PeopleIndex,
  role: Parameters<typeof printedRoleLabel>[0] | undefined,
  items: readonly ComposeItem[],
): string {
  const person = people.get(a.personId);
  const named = person?.consentToBeNamed === true;
  const roleWords = role === undefined || a.substituteForPersonId !== undefined ? undefined : printedRoleLabel(role);
  const details = [roleWords, named ? person.jobTitle : undefined, named ? person.organisation : undefined].filter(
    (d): d is string => d !== undefined && d.trim() !== '',
  );
  const initials = named ? person.initials : undefined;
  let text = people.name(a.personId);
  if (initials !== undefined) text += ` (${initials})${details.length > 0 ? `, ${details.join(', ')}` : ''}`;
  else if (details.length > 0) text += ` (${details.join(', ')})`;
  if (a.substituteForPersonId !== undefined) text += `, attending as ${possessive(people.name(a.substituteForPersonId))} substitute`;
  const part = partOfMeeting(a.movements, items);
  return capitalise(`${text}${part === '' ? '' : ` ${part}`}`);
}

const possessive = (name: string): string => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/** "(from item 4)", "(until item 6)", "(from item 4 until item 6)" for one arrival and one departure; else nothing. */
function partOfMeeting(movements: readonly Movement[], items: readonly ComposeItem[]): string {
  if (movements.length === 0 || movements.length > 2) return '';
  const numberOf = (itemId: string): string | undefined => {
    const item = items.find((i) => i.id === itemId);
    return item === undefined ? undefined : itemWords(item);
  };
  const arrival = movements.find((m) => m.kind === 'arrived');
  const departure = movements.find((m) => m.kind === 'left');
  if (movements.length === 2 && (arrival === undefined || departure === undefined || movements[0] !== arrival)) return '';
  const from = arrival === undefined ? undefined : numberOf(arrival.itemId);
  const until = departure === undefined ? undefined : numberOf(departure.itemId);
  const parts = [
    from === undefined ? undefined : arrival?.when === 'after' ? `from after item ${from}` : `from item ${from}`,
    until === undefined
      ? undefined
      : departure?.when === 'after'
        ? `until the end of item ${until}`
        : departure?.when === 'before'
          ? `until item ${until} began`
          : `until item ${until}`,
  ].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? '' : `(${parts.join(' ')})`;
}

/** "Cllr Peter Holloway left the meeting during item 6 (minute 31)." in agenda order. */
export function movementLines(data: MeetingData): string[] {
  const people = peopleIndex(data.people);
  const position = new Map(data.items.map((item, index) => [item.id, index]));
  const lines: { at: number; line: string }[] = [];
  for (const a of data.attendance) {
    for (const m of a.movements) {
      const item = data.items.find((i) => i.id === m.itemId);
      if (item === undefined) continue;
      const minute =
        item.minuteLabel === undefined || item.minuteLabel.replace(/\.$/, '') === item.number
          ? ''
          : ` (minute ${item.minuteLabel.replace(/\.$/, '')})`;
      lines.push({
        at: position.get(item.id) ?? 0,
        line: `${capitalise(people.name(a.personId))} ${movementWords(m)} item ${itemWords(item)}${minute}.`,
      });
    }
  }
  return lines.sort((a, b) => a.at - b.at).map((l) => l.line);
}

/** An item as a movement names it: its number, or for an item printed without one its title in quotes. */
const itemWords = (item: Pick<ComposeItem, 'number' | 'title'>): string => (item.number === '' ? `“${item.title}”` : item.number);

/** "arrived at the meeting during", "arrived before", "left the meeting after". */
function movementWords(m: Movement): string {
  const when = m.when ?? 'during';
  if (m.kind === 'arrived')
    return when === 'before' ? 'arrived at the meeting before' : when === 'after' ? 'arrived at the meeting after' : 'arrived at the meeting during';
  return when === 'before' ? 'left the meeting before' : when === 'after' ? 'left the meeting after' : 'left the meeting during';
}
