import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import type { Meeting, Signature } from '../../../../shared/model/meeting';
import type { ApiCallError } from '../../api/api-call-error';
import { useApiQuery } from '../../api/use-api-query';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { FormError } from '../live-minutes/FormError';
import { signersFrom } from './signers';

export type Approval = { readonly atMeeting: Meeting; readonly signature: Signature };

/**
 * Approves minutes as a correct record at a later meeting and records the chair's signature, which locks them.
 * The clerk confirms that the chair has signed, because nothing in the minutes can change afterwards.
 */
export function ApproveForm({
  toApprove,
  choices,
  busy,
  error,
  onApprove,
}: {
  toApprove: Meeting;
  /** Later meetings of the board at which the minutes may be approved, soonest first. */
  choices: readonly Meeting[];
  busy: boolean;
  error: ApiCallError | null;
  onApprove: (approval: Approval) => void;
}): ReactNode {
  const base = useId();
  const [atId, setAtId] = useState(choices[0]?.id ?? '');
  const at = choices.find((m) => m.id === atId) ?? choices[0];
  const members = useApiQuery('members.list', { boardId: toApprove.boardId, on: at?.date ?? toApprove.date });
  const signers = members.data !== undefined ? signersFrom(members.data) : [];
  const [signerId, setSignerId] = useState('');
  const [signedOn, setSignedOn] = useState(at?.date ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);

  if (at === undefined) {
    return <p className="quiet">The minutes are approved at a later meeting of the board, once its agenda is published. There is none yet.</p>;
  }

  const problems = [
    ...(signerId === '' ? [{ fieldId: `${base}-signer`, message: 'Choose who signed the minutes.' }] : []),
    ...(!/^\d{4}-\d{2}-\d{2}$/.test(signedOn)
      ? [{ fieldId: `${base}-date`, message: 'Give the date the minutes were signed.' }]
      : signedOn < toApprove.date
        ? [{ fieldId: `${base}-date`, message: `The minutes cannot be signed before the meeting on ${formatLongDate(toApprove.date)}.` }]
        : []),
    ...(!confirmed ? [{ fieldId: `${base}-confirm`, message: 'Confirm that the chair has signed the minutes.' }] : []),
  ];
  const shown = checked ? problems : [];
  const problemFor = (id: string): string | undefined => shown.find((p) => p.fieldId === id)?.message;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    if (problems.length > 0) {
      setChecked(true);
      setAttempt((n) => n + 1);
      return;
    }
    const signer = signers.find((s) => s.personId === signerId);
    if (signer === undefined) return;
    onApprove({ atMeeting: at, signature: { name: signer.signatureName, personId: signer.personId, signedOn } });
  };

  return (
    <form className="approve-form" onSubmit={submit} noValidate aria-label="Approve and sign the minutes">
      <ErrorSummary errors={shown} attempt={attempt} />
      {choices.length > 1 ? (
        <SelectField
          label="Approved at the meeting of"
          value={at.id}
          choices={choices.map((m) => ({ value: m.id, label: formatLongDate(m.date) }))}
          onChange={(id) => {
            setAtId(id);
            setSignerId('');
            setSignedOn(choices.find((m) => m.id === id)?.date ?? signedOn);
          }}
        />
      ) : (
        <p>
          Approved at the meeting of <strong>{formatLongDate(at.date)}</strong>.
        </p>
      )}
      <SelectField
        id={`${base}-signer`}
        label="Signed by"
        hint="Usually the chair of the meeting that approves them."
        value={signerId}
        choices={[
          { value: '', label: members.isPending ? 'Loading the members…' : 'Choose who signed' },
          ...signers.map((s) => ({ value: s.personId, label: s.label })),
        ]}
        onChange={setSignerId}
        error={problemFor(`${base}-signer`)}
      />
      <TextField
        id={`${base}-date`}
        label="Date signed"
        type="date"
        value={signedOn}
        onChange={setSignedOn}
        error={problemFor(`${base}-date`)}
        width="medium"
      />
      <CheckboxField
        id={`${base}-confirm`}
        label="The chair has signed these minutes as a correct record. Once signed they are locked: any later change is a correction minuted at a later meeting."
        checked={confirmed}
        onChange={setConfirmed}
      />
      {problemFor(`${base}-confirm`) ? (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {problemFor(`${base}-confirm`)}
        </p>
      ) : null}
      <FormError error={error} />
      <button type="submit" className="button" aria-disabled={busy}>
        {busy ? 'Signing…' : 'Approve and sign the minutes'}
      </button>
    </form>
  );
}
