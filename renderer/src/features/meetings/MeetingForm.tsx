import type { ReactNode } from 'react';
import { formatLongDate, londonDateOf, parseIsoDate } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import type { ApiCallError } from '../../api/api-call-error';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import {
  alreadyHappened,
  MEETING_FIELD_IDS,
  meetingFieldId,
  meetingFormSchema,
  type MeetingFormInput,
  type MeetingFormValues,
} from './meeting-form-schema';
import { PublicationDeadline } from './PublicationDeadline';
import type { NonWorkingDays } from './use-non-working-days';

/** When and where a meeting is. The publication deadline follows the date as it is typed. */
export function MeetingForm({
  initial,
  preview,
  days,
  submitLabel,
  pending,
  refusal,
  onSubmit,
  cancelHref,
  children,
  past,
}: {
  initial: MeetingFormValues;
  /** The meeting as it stands (or a stand-in for a new one), to preview its publication deadline. */
  preview: Meeting;
  days: NonWorkingDays | null;
  submitLabel: string;
  pending: boolean;
  refusal: ApiCallError | null;
  onSubmit: (input: MeetingFormInput) => void;
  cancelHref: string;
  /** Extra fields, placed before the buttons. */
  children?: ReactNode;
  /**
   * For a new meeting: whether one dated today or earlier has already happened (`null`: not said, which means yes
   * for a day before today). Offered once such a date is typed.
   */
  past?: { readonly happened: boolean | null; readonly onChange: (happened: boolean) => void };
}): ReactNode {
  const form = useClerkForm(meetingFormSchema, initial);
  const { errors, errorFor, attempt } = useFormErrors(form, meetingFieldId, {
    error: refusal,
    fieldForPath: meetingFieldId,
    fallbackId: MEETING_FIELD_IDS.date,
  });
  const values = form.watch();
  const validDate = parseIsoDate(values.date) !== null;
  const today = londonDateOf(new Date());
  const offerPast = past !== undefined && validDate && values.date <= today;
  const happened = offerPast && alreadyHappened(past.happened, values.date, today);
  const shown: Meeting = happened
    ? { ...preview, date: values.date, historic: { enteredAt: new Date().toISOString() } }
    : { ...preview, date: values.date };

  return (
    <form className="form" onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={MEETING_FIELD_IDS.date}
        label="Date"
        type="date"
        width="medium"
        value={values.date}
        onChange={(v) => form.setValue('date', v)}
        hint={validDate ? formatLongDate(values.date) : 'For example 10 December 2025.'}
        error={errorFor(MEETING_FIELD_IDS.date)}
        required
      />
      {offerPast ? (
        <CheckboxField
          id="meeting-already-happened"
          label="This meeting has already happened"
          hint="You are entering it from its papers: it has no agenda to publish and no deadline, and its minutes can be entered and recorded as already signed."
          checked={happened}
          onChange={past.onChange}
        />
      ) : null}
      {validDate ? <PublicationDeadline meeting={shown} days={days} /> : null}
      <div className="field-row">
        <TextField
          id={MEETING_FIELD_IDS.startTime}
          label="Starts at"
          type="time"
          width="medium"
          value={values.startTime}
          onChange={(v) => form.setValue('startTime', v)}
          error={errorFor(MEETING_FIELD_IDS.startTime)}
          required
        />
        <TextField
          id={MEETING_FIELD_IDS.endTime}
          label="Ends at (optional)"
          type="time"
          width="medium"
          value={values.endTime}
          onChange={(v) => form.setValue('endTime', v)}
          error={errorFor(MEETING_FIELD_IDS.endTime)}
        />
      </div>
      <TextField
        id={MEETING_FIELD_IDS.title}
        label="Title (optional)"
        hint="Only if the meeting is special, for example “Annual meeting” or “Extraordinary meeting”."
        value={values.title}
        onChange={(v) => form.setValue('title', v)}
      />
      <TextField
        id={MEETING_FIELD_IDS.venue}
        label="Venue (optional)"
        hint="The room and building, with its address."
        width="full"
        value={values.venue}
        onChange={(v) => form.setValue('venue', v)}
        autoComplete="street-address"
      />
      <TextField
        id={MEETING_FIELD_IDS.onlineLink}
        label="Online meeting link (optional)"
        type="url"
        width="full"
        value={values.onlineLink}
        onChange={(v) => form.setValue('onlineLink', v)}
        error={errorFor(MEETING_FIELD_IDS.onlineLink)}
        spellCheck={false}
      />
      {children}
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={pending}>
          {submitLabel}
        </button>
        <a className="button button--secondary" href={cancelHref}>
          Cancel
        </a>
      </div>
    </form>
  );
}
