import type { Block } from '../../document/model';
import type { Attendance } from '../../model';
import { heading, list, para } from './blocks';
import type { MeetingData } from './meeting-data';
import { capitalise, listInWords, printedRoleLabel, peopleIndex } from './people';

const CHAIRS = ['chair', 'co-chair', 'vice-chair'];

/** Present, in attendance, apologies, absent; then arrivals and departures during the meeting. */
export function attendanceBlocks(data: MeetingData): Block[] {
  const people = peopleIndex(data.people);
  const roleOf = new Map(data.members.map((m) => [m.personId, m.role]));
  // Chairs first; people shown by their role (no consent to be named) last, so the named list reads in order.
  const rank = (a: Attendance): number => {
    const role = roleOf.get(a.personId);
    if (role !== undefined && CHAIRS.includes(role)) return CHAIRS.indexOf(role);
    return people.get(a.personId)?.consentToBeNamed === false ? 20 : 10;
  };
  const sorted = (status: Attendance['status']): Attendance[] =>
    data.attendance
      .filter((a) => a.status === status)
      .toSorted((a, b) => rank(a) - rank(b) || people.name(a.personId).localeCompare(people.name(b.personId), 'en-GB'));

  const memberLine = (a: Attendance): string => {
    const role = roleOf.get(a.personId);
    const roleWords =
      a.substituteForPersonId !== undefined
        ? `substitute for ${people.name(a.substituteForPersonId)}`
        : role === undefined
          ? undefined
          : printedRoleLabel(role);
    return capitalise(`${people.name(a.personId)}${roleWords === undefined ? '' : ` (${roleWords})`}`);
  };
  const officerLine = (a: Attendance): string => {
    const person = people.get(a.personId);
    const post =
      person?.consentToBeNamed === true ? [person.jobTitle, person.organisation].filter((p) => p !== undefined && p !== '').join(', ') : '';
    return capitalise(`${people.name(a.personId)}${post === '' ? '' : ` (${post})`}`);
  };

  const blocks: Block[] = [];
  const present = sorted('present');
  blocks.push(heading(2, 'Present'), present.length === 0 ? para('No attendance was recorded.') : list('bullet', present.map(memberLine)));
  const attending = sorted('in-attendance');
  if (attending.length > 0) blocks.push(heading(2, 'In attendance'), list('bullet', attending.map(officerLine)));
  const apologies = sorted('apologies');
  blocks.push(
    heading(2, 'Apologies'),
    para(
      apologies.length === 0
        ? 'There were no apologies for absence.'
        : `Apologies for absence were received from ${listInWords(apologies.map((a) => people.name(a.personId)))}.`,
    ),
  );
  const absent = sorted('absent');
  if (absent.length > 0)
    blocks.push(para(`${capitalise(listInWords(absent.map((a) => people.name(a.personId))))} ${absent.length === 1 ? 'was' : 'were'} absent.`));

  const movements = movementLines(data);
  if (movements.length > 0) blocks.push(heading(2, 'Arrivals and departures'), list('bullet', movements));
  return blocks;
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
      const verb = m.kind === 'arrived' ? 'arrived at the meeting during' : 'left the meeting during';
      lines.push({ at: position.get(item.id) ?? 0, line: `${capitalise(people.name(a.personId))} ${verb} item ${item.number}${minute}.` });
    }
  }
  return lines.sort((a, b) => a.at - b.at).map((l) => l.line);
}
