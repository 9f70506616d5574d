import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { MeetingFields } from '../../../../shared/api/inputs';
import type { Meeting } from '../../../../shared/model/meeting';
import { optional, worded } from '../../components/form/form-rules';
import { clearable } from '../../components/form/patch-fields';

const { date, startTime, endTime, title, venue, onlineLink } = MeetingFields.shape;

/**
 * When and where a meeting is, from the contract's MeetingFields: text as typed; its output is the fields to send,
 * blank optional ones left out. The meeting must end after it starts.
 */
export const meetingFormSchema = z
  .object({
    date: worded(date, 'Enter the date of the meeting'),
    startTime: worded(startTime, 'Enter the time the meeting starts, such as 14:00'),
    endTime: optional(worded(endTime.unwrap(), 'Enter the time the meeting ends, such as 16:00, or leave it blank')),
    title: optional(worded(title.unwrap(), 'Keep the title to 200 characters')),
    venue: optional(worded(venue.unwrap(), 'Keep the venue to 300 characters')),
    onlineLink: optional(worded(z.string().trim().pipe(onlineLink.unwrap()), 'Enter the online link as a web address starting with https://')),
  })
  .superRefine((values, ctx) => {
    const start = startTime.safeParse(values.startTime);
    const end = endTime.unwrap().safeParse(values.endTime);
    if (start.success && end.success && end.data <= start.data)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'The meeting must end after it starts' });
  });

export type MeetingFormValues = z.input<typeof meetingFormSchema>;
/** The fields of a meeting as the contract takes them. */
export type MeetingFormInput = z.output<typeof meetingFormSchema>;

export const MEETING_FIELD_IDS = {
  date: 'meeting-date',
  startTime: 'meeting-start',
  endTime: 'meeting-end',
  title: 'meeting-title',
  venue: 'meeting-venue',
  onlineLink: 'meeting-link',
} as const;

export const newMeetingValues = (): MeetingFormValues => ({ date: '', startTime: '14:00', endTime: '', title: '', venue: '', onlineLink: '' });

export const meetingValues = (meeting: Meeting): MeetingFormValues => ({
  date: meeting.date,
  startTime: meeting.startTime,
  endTime: meeting.endTime ?? '',
  title: meeting.title ?? '',
  venue: meeting.venue ?? '',
  onlineLink: meeting.onlineLink ?? '',
});

/** The changes to `before` as a patch: a field the clerk emptied is sent as null, which clears it. */
export function meetingPatch(input: MeetingFormInput, before: Meeting): Input<'meetings.update'>['patch'] {
  return {
    date: input.date,
    startTime: input.startTime,
    ...clearable('endTime', input.endTime, before.endTime),
    ...clearable('title', input.title, before.title),
    ...clearable('venue', input.venue, before.venue),
    ...clearable('onlineLink', input.onlineLink, before.onlineLink),
  };
}

/** The field a problem at `path` (in the form, or in the contract's input) is shown beside. */
export function meetingFieldId(path: string | undefined): string | undefined {
  const key = path?.replace(/^patch\./, '').split('.')[0];
  if (key === undefined) return undefined;
  return key in MEETING_FIELD_IDS ? MEETING_FIELD_IDS[key as keyof typeof MEETING_FIELD_IDS] : undefined;
}

/** Whether a new meeting on `date` has already happened: as the clerk said, else yes for a day before today. */
export function alreadyHappened(said: boolean | null, date: string, today: string): boolean {
  if (date > today) return false;
  return said ?? date < today;
}
