import type { Input } from '../../../../shared/api/contract';
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

/**
 * The fields as the contract takes them. A blank end time or link is left out: the contract has no way to clear
 * one once set, so blanking it keeps the old value (the form says so).
 */
export function meetingFields(values: MeetingFormValues): Input<'meetings.update'>['patch'] {
  const link = values.onlineLink.trim();
  return {
    date: values.date,
    startTime: values.startTime,
    ...(values.endTime === '' ? {} : { endTime: values.endTime }),
    title: values.title.trim(),
    venue: values.venue.trim(),
    ...(link === '' ? {} : { onlineLink: link }),
  };
}

/** Where the backend's refusal points, as one of this form's fields. */
export function meetingFieldForPath(path: string | undefined): string | undefined {
  const key = path?.replace(/^patch\./, '').split('.')[0];
  if (key === undefined) return undefined;
  return key in MEETING_FIELD_IDS ? MEETING_FIELD_IDS[key as keyof typeof MEETING_FIELD_IDS] : undefined;
}
