import { useId, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useApi } from '../../api/ApiProvider';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import type { RosterEntry } from './roster';
import { useMutation } from './use-mutation';

const IN_ATTENDANCE = 'in-attendance';
const OBSERVING = 'observer';
const SUBSTITUTE = 'substitute:';

/** Adds someone who is not yet listed: an officer or guest in attendance, or a substitute for a member. */
export function AddAttendeeForm({ roster }: { roster: readonly RosterEntry[] }): ReactNode {
  const { detail, people, refresh } = useLiveMeeting();
  const { call } = useApi();
  const add = useMutation(refresh);
  const id = useId();
  const [personId, setPersonId] = useState('');
  const [as, setAs] = useState(IN_ATTENDANCE);
  const [problem, setProblem] = useState<string | null>(null);

  const recorded = useMemo(() => new Set(detail.attendance.map((a) => a.personId)), [detail.attendance]);
  const candidates = useMemo(
    () => people.filter((p) => !recorded.has(p.id)).toSorted((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    [people, recorded],
  );
  const voters = roster.filter((e) => e.membership?.voting === true && e.attendance?.status !== 'present');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (personId === '') {
      setProblem('Choose the person to add.');
      return;
    }
    setProblem(null);
    const person = people.find((p) => p.id === personId);
    const substituteFor = as.startsWith(SUBSTITUTE) ? as.slice(SUBSTITUTE.length) : undefined;
    void add
      .run(
        () =>
          call('attendance.set', {
            meetingId: detail.meeting.id,
            personId,
            status: substituteFor !== undefined ? 'present' : as === OBSERVING ? 'observer' : 'in-attendance',
            ...(substituteFor === undefined ? {} : { substituteForPersonId: substituteFor }),
          }),
        `${person?.name ?? 'The person'} added to the attendance.`,
      )
      .then((done) => {
        if (done) setPersonId('');
      });
  };

  return (
    <form className="add-attendee" onSubmit={submit} noValidate>
      <fieldset className="add-attendee__fields">
        <legend>Add someone else</legend>
        <div className="stack-field">
          <label htmlFor={`${id}-person`}>Person</label>
          {problem === null ? null : (
            <p id={`${id}-problem`} className="field-problem">
              <span className="visually-hidden">Error: </span>
              {problem}
            </p>
          )}
          <select
            id={`${id}-person`}
            value={personId}
            onChange={(event) => setPersonId(event.target.value)}
            aria-invalid={problem === null ? undefined : true}
            aria-describedby={problem === null ? undefined : `${id}-problem`}
          >
            <option value="">Choose a person</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.jobTitle ? `, ${p.jobTitle}` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="stack-field">
          <label htmlFor={`${id}-as`}>Attending as</label>
          <select id={`${id}-as`} value={as} onChange={(event) => setAs(event.target.value)}>
            <option value={IN_ATTENDANCE}>In attendance (officer or guest)</option>
            <option value={OBSERVING}>Observing (takes no part)</option>
            {voters.map((e) => (
              <option key={e.person.id} value={`${SUBSTITUTE}${e.person.id}`}>
                Substitute for {e.person.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--small" aria-disabled={add.busy}>
          Add to the attendance
        </button>
        <FormError error={add.error} />
      </fieldset>
    </form>
  );
}
