import type { MeetingDetail, NumberedItem } from '../../../shared/api';
import { formatLongDate } from '../../../shared/domain';
import type { Signature } from '../../../shared/model';
import type { Backend } from '../backend';
import { CliFailure, EXIT, type ExitCode } from './exit-codes';
import { callApi } from './run-api';

export type MinutesOptions = {
  readonly at?: string | undefined;
  readonly 'signed-by'?: string | undefined;
  readonly 'signed-on'?: string | undefined;
  readonly item?: string | undefined;
  readonly text?: string | undefined;
};

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

const required = (value: string | undefined, how: string): string => {
  if (value === undefined || value.trim() === '') throw new CliFailure(EXIT.unusable, how);
  return value.trim();
};

const detail = (backend: Backend, id: string): Promise<MeetingDetail> => callApi(backend, 'meetings.get', { id, carriedActions: false });

/** Who signed, named by person id, full name or public name: a member of the board on the day of the approving meeting. */
async function signer(backend: Backend, at: MeetingDetail, named: string, signedOn: string): Promise<Signature> {
  const members = await callApi(backend, 'members.list', { boardId: at.board.id, on: at.meeting.date });
  const wanted = named.toLocaleLowerCase('en-GB');
  const matches = members.filter(
    ({ person }) => person.id === named || [person.name, person.publicName].some((n) => n.toLocaleLowerCase('en-GB') === wanted),
  );
  const [only] = matches;
  if (only === undefined || matches.length > 1) {
    const names = members.map((m) => m.person.publicName).join(', ');
    throw new CliFailure(
      EXIT.unusable,
      `${matches.length > 1 ? 'More than one member' : 'No member'} of the board on ${formatLongDate(at.meeting.date)} is called "${named}". Give the name or id of one of: ${names}.`,
    );
  }
  return { name: only.person.publicName, personId: only.person.id, signedOn };
}

/** An item named by its id, its minute number ("12" or "12.") or its agenda number ("5.1"). */
function itemNamed(minutes: MeetingDetail, named: string): NumberedItem {
  const bare = named.replace(/\.$/, '');
  const item =
    minutes.items.find((i) => i.id === named) ??
    minutes.items.find((i) => i.minuteLabel?.replace(/\.$/, '') === bare) ??
    minutes.items.find((i) => i.number === bare);
  if (item === undefined)
    throw new CliFailure(
      EXIT.unusable,
      `The minutes of ${formatLongDate(minutes.meeting.date)} have no item "${named}". Give its minute number or its id.`,
    );
  return item;
}

async function approve(backend: Backend, meetingId: string, options: MinutesOptions, io: Io): Promise<ExitCode> {
  const at = await detail(backend, required(options.at, 'Say at which meeting the minutes were approved: --at MEETING_ID.'));
  const named = required(options['signed-by'], 'Say who signed the minutes: --signed-by NAME (usually the chair).');
  const signature = await signer(backend, at, named, options['signed-on'] ?? at.meeting.date);
  const { meeting, recorded } = await callApi(backend, 'minutes.approve', { meetingId, atMeetingId: at.meeting.id, signature });
  io.out(
    `Approved the minutes of ${formatLongDate(meeting.date)} as a correct record at the meeting of ${formatLongDate(at.meeting.date)}, ` +
      `signed by ${signature.name} on ${formatLongDate(signature.signedOn)}. They are now locked.`,
  );
  if (recorded === undefined) {
    io.err(
      `Note: the meeting of ${formatLongDate(at.meeting.date)} has no "Minutes of the previous meeting" item that can still change: minute the approval there yourself.`,
    );
    return EXIT.ok;
  }
  const item = at.items.find((i) => i.id === recorded.itemId);
  io.out(
    `Minuted under item ${item?.number ?? ''}, ${item?.title ?? ''}, of that meeting: RESOLVED: ${recorded.resolution.parts.map((p) => p.text).join(' ')}`,
  );
  return EXIT.ok;
}

async function correct(backend: Backend, meetingId: string, options: MinutesOptions, io: Io): Promise<ExitCode> {
  const corrected = await detail(backend, meetingId);
  const item = itemNamed(corrected, required(options.item, 'Say which minute is corrected: --item MINUTE_NUMBER (or the item’s id).'));
  const atId = required(options.at, 'Say at which later meeting the correction is minuted: --at MEETING_ID.');
  const text = required(options.text, 'Give the correction as it is to be minuted: --text "..."');
  const minute = await callApi(backend, 'minutes.recordCorrection', { meetingId: atId, corrects: { meetingId, itemId: item.id }, text });
  const at = await detail(backend, atId);
  const under = at.items.find((i) => i.id === minute.itemId);
  io.out(
    `Minuted the correction of minute ${item.minuteLabel ?? item.number} (${item.title}) at the meeting of ${formatLongDate(at.meeting.date)}, under item ${under?.number ?? ''}, ${under?.title ?? ''}.`,
  );
  return EXIT.ok;
}

export const MINUTES_VERBS = ['approve', 'sign', 'correct'] as const;

/**
 * `minute-book minutes approve|sign|correct MEETING_ID ...`: the approval workflow, through the same contract
 * methods as the approval screen. Approving and signing are one act (signed minutes are approved minutes), so
 * `sign` is `approve` by its other name.
 */
export async function minutesCommand(
  backend: Backend,
  verb: string | undefined,
  meetingId: string | undefined,
  options: MinutesOptions,
  io: Io,
): Promise<ExitCode> {
  if (verb === undefined || !(MINUTES_VERBS as readonly string[]).includes(verb)) {
    throw new CliFailure(EXIT.unusable, `Say what to do with the minutes: minute-book minutes ${MINUTES_VERBS.join('|')} MEETING_ID ...`);
  }
  const id = required(meetingId, `Say whose minutes: minute-book minutes ${verb} MEETING_ID ...`);
  return verb === 'correct' ? correct(backend, id, options, io) : approve(backend, id, options, io);
}
