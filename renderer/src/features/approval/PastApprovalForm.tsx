import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Input } from '../../../../shared/api/contract';
import { formatLongDate, londonDateOf } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import type { ApiCallError } from '../../api/api-call-error';
import { useApiQuery } from '../../api/use-api-query';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { PAST_APPROVAL_FIELD_IDS, pastApprovalFieldId, pastApprovalSchema, SOMEONE_ELSE, type PastApprovalValues } from './past-approval-schema';
import { signersFrom } from './signers';

export type PastApproval = Omit<Input<'minutes.recordPastApproval'>, 'meetingId'>;

/**
 * Records that the minutes of a meeting entered from the past were approved and signed before Minute Book knew of
 * them: who signed, when, and (if known) the day of the meeting that approved them. Signing locks them.
 */
export function PastApprovalForm({
  meeting,
  busy,
  error,
  onRecord,
}: {
  meeting: Meeting;
  busy: boolean;
  error: ApiCallError | null;
  onRecord: (approval: PastApproval) => void;
}): ReactNode {
  const members = useApiQuery('members.list', { boardId: meeting.boardId, on: meeting.date });
  const signers = useMemo(() => (members.data !== undefined ? signersFrom(members.data) : []), [members.data]);
  const today = londonDateOf(new Date());
  const schema = useMemo(() => pastApprovalSchema(signers, meeting.date, today), [signers, meeting.date, today]);
  const initial: PastApprovalValues = { signerId: '', signerName: '', signedOn: '', atMeetingOn: '', confirmed: false };
  const form = useClerkForm(schema, initial);
  const { errors, errorFor, attempt } = useFormErrors(form, pastApprovalFieldId, {
    error,
    fieldForPath: pastApprovalFieldId,
    fallbackId: PAST_APPROVAL_FIELD_IDS.signedOn,
  });
  const values = form.watch();
  const typed = values.signerId === SOMEONE_ELSE || (members.data !== undefined && signers.length === 0);

  return (
    <form
      className="form approve-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        void form.handleSubmit(onRecord)(event);
      }}
      noValidate
      aria-label="Record the past approval and signature"
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      {signers.length > 0 ? (
        <SelectField
          id={PAST_APPROVAL_FIELD_IDS.signerId}
          label="Signed by"
          hint={`Usually the chair. The list shows the board’s members on ${formatLongDate(meeting.date)}.`}
          value={values.signerId}
          choices={[
            { value: '', label: 'Choose who signed' },
            ...signers.map((s) => ({ value: s.personId, label: s.label })),
            { value: SOMEONE_ELSE, label: 'Someone else (type the name)' },
          ]}
          onChange={(v) => form.setValue('signerId', v)}
          error={errorFor(PAST_APPROVAL_FIELD_IDS.signerId)}
        />
      ) : null}
      {typed ? (
        <TextField
          id={PAST_APPROVAL_FIELD_IDS.signerName}
          label={signers.length > 0 ? 'Name of the person who signed' : 'Signed by'}
          hint="As printed under the signature, such as Cllr Amina Okafor."
          value={values.signerName}
          onChange={(v) => form.setValue('signerName', v)}
          error={errorFor(PAST_APPROVAL_FIELD_IDS.signerName)}
          autoComplete="off"
        />
      ) : null}
      <TextField
        id={PAST_APPROVAL_FIELD_IDS.signedOn}
        label="Date signed"
        type="date"
        width="medium"
        value={values.signedOn}
        onChange={(v) => form.setValue('signedOn', v)}
        error={errorFor(PAST_APPROVAL_FIELD_IDS.signedOn)}
      />
      <TextField
        id={PAST_APPROVAL_FIELD_IDS.atMeetingOn}
        label="Date of the meeting that approved them (optional)"
        hint="Usually the board’s next meeting. Leave it blank if you do not know it."
        type="date"
        width="medium"
        value={values.atMeetingOn}
        onChange={(v) => form.setValue('atMeetingOn', v)}
        error={errorFor(PAST_APPROVAL_FIELD_IDS.atMeetingOn)}
      />
      <CheckboxField
        id={PAST_APPROVAL_FIELD_IDS.confirmed}
        label="These minutes were approved as a correct record and signed. Once recorded they are locked: any later change is a correction minuted at a later meeting."
        checked={values.confirmed}
        onChange={(v) => form.setValue('confirmed', v)}
      />
      {errorFor(PAST_APPROVAL_FIELD_IDS.confirmed) ? (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {errorFor(PAST_APPROVAL_FIELD_IDS.confirmed)}
        </p>
      ) : null}
      <button type="submit" className="button" aria-disabled={busy}>
        {busy ? 'Recording…' : 'Record the approval and signature'}
      </button>
    </form>
  );
}
