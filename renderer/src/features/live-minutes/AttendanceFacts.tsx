import { useEffect, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useApi } from '../../api/ApiProvider';
import { CheckboxField } from '../../components/form/CheckboxField';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { useMutation } from './use-mutation';

/**
 * What the clerk says of the attendance as a whole: that no apologies were received (without it, an empty list of
 * apologies prints as nothing, for it may not have been recorded), and who took the minutes.
 */
export function AttendanceFacts(): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const noApologies = useMutation(refresh);
  const taker = useMutation(refresh);
  const id = useId();
  const { meeting } = detail;
  const apologiesRecorded = detail.attendance.some((a) => a.status === 'apologies');
  const [minuteTaker, setMinuteTaker] = useState(meeting.minuteTaker ?? '');
  useEffect(() => setMinuteTaker(meeting.minuteTaker ?? ''), [meeting.minuteTaker]);

  const sayNoApologies = (said: boolean): void =>
    void noApologies.run(
      () => call('meetings.update', { id: meeting.id, patch: { noApologiesReceived: said ? true : null } }),
      said ? 'Recorded: no apologies were received.' : 'No longer recorded that no apologies were received.',
    );

  const saveTaker = (event: FormEvent): void => {
    event.preventDefault();
    const name = minuteTaker.trim();
    void taker.run(
      () => call('meetings.update', { id: meeting.id, patch: { minuteTaker: name === '' ? null : name } }),
      name === '' ? 'The minute taker is no longer recorded.' : `Minutes taken by ${name}.`,
    );
  };

  if (locked) return null;
  return (
    <div className="attendance-facts">
      {apologiesRecorded ? null : (
        <>
          <CheckboxField
            label="No apologies were received"
            hint="Printed only when ticked: an empty list may just not have been recorded."
            checked={meeting.noApologiesReceived === true}
            onChange={sayNoApologies}
          />
          <FormError error={noApologies.error} />
        </>
      )}
      <form className="attendance-facts__taker" onSubmit={saveTaker} noValidate>
        <label htmlFor={`${id}-taker`}>Minutes taken by (optional)</label>
        <div className="attendance-facts__row">
          <input
            id={`${id}-taker`}
            type="text"
            maxLength={200}
            value={minuteTaker}
            placeholder="Name, post"
            onChange={(event) => setMinuteTaker(event.target.value)}
          />
          <button type="submit" className="button button--small button--secondary" aria-disabled={taker.busy}>
            Save<span className="visually-hidden"> the minute taker</span>
          </button>
        </div>
        <FormError error={taker.error} />
      </form>
    </div>
  );
}
