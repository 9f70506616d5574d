import type { Input } from '../../../../shared/api/contract';
import { clearable, filled } from '../../components/form/patch-fields';
import { parseIsoDate } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import type { FieldError } from '../../components/form/field-error';

export type MeetingFormValues = {
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly title: string;
  readonly venue: string;
  readonly onlineLink: string;
};

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

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function meetingErrors(values: MeetingFormValues): FieldError[] {
  const errors: FieldError[] = [];
  if (parseIsoDate(values.date) === null) errors.push({ fieldId: MEETING_FIELD_IDS.date, message: 'Enter the date of the meeting' });
  if (!CLOCK.test(values.startTime)) errors.push({ fieldId: MEETING_FIELD_IDS.startTime, message: 'Enter the time the meeting starts, such as 14:00' });
  if (values.endTime !== '') {
    if (!CLOCK.test(values.endTime)) errors.push({ fieldId: MEETING_FIELD_IDS.endTime, message: 'Enter the time the meeting ends, such as 16:00, or leave it blank' });
    else if (CLOCK.test(values.startTime) && values.endTime <= values.startTime) {
      errors.push({ fieldId: MEETING_FIELD_IDS.endTime, message: 'The meeting must end after it starts' });
    }
  }
  const link = values.onlineLink.trim();
  if (link !== '' && !/^https?:\/\/\S+$/.test(link)) {
    errors.push({ fieldId: MEETING_FIELD_IDS.onlineLink, message: 'Enter the online link as a web address starting with https://' });
  }
  return errors;
}

type MeetingFields = Pick<Input<'meetings.create'>, 'date' | 'startTime' | 'endTime' | 'title' | 'venue' | 'onlineLink'>;

/** The fields of a new meeting as the contract takes them; what is left blank is left out. */
export function meetingFields(values: MeetingFormValues): MeetingFields {
  const endTime = filled(values.endTime);
  const title = filled(values.title);
  const venue = filled(values.venue);
  const onlineLink = filled(values.onlineLink);
  return {
    date: values.date,
    startTime: values.startTime,
    ...(endTime === undefined ? {} : { endTime }),
    ...(title === undefined ? {} : { title }),
    ...(venue === undefined ? {} : { venue }),
    ...(onlineLink === undefined ? {} : { onlineLink }),
  };
}

/** The changes to `before` as a patch: a field the clerk emptied is sent as null, which clears it. */
export function meetingPatch(values: MeetingFormValues, before: Meeting): Input<'meetings.update'>['patch'] {
  return {
    date: values.date,
    startTime: values.startTime,
    ...clearable('endTime', filled(values.endTime), before.endTime),
    ...clearable('title', filled(values.title), before.title),
    ...clearable('venue', filled(values.venue), before.venue),
    ...clearable('onlineLink', filled(values.onlineLink), before.onlineLink),
  };
}

/** Where the backend's refusal points, as one of this form's fields. */
export function meetingFieldForPath(path: string | undefined): string | undefined {
  const key = path?.replace(/^patch\./, '').split('.')[0];
  if (key === undefined) return undefined;
  return key in MEETING_FIELD_IDS ? MEETING_FIELD_IDS[key as keyof typeof MEETING_FIELD_IDS] : undefined;
}
