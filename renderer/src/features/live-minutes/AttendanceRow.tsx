import { useId } from 'react';
import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type MovementTiming } from '../../../../shared/model/attendance';
import { useApi } from '../../api/ApiProvider';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import type { RosterEntry } from './roster';
import { useMutation } from './use-mutation';
import { attendanceWords, roleWords } from './words';

type Choice = AttendanceStatus | 'none';
const CHOICES: readonly Choice[] = ['none', ...ATTENDANCE_STATUSES];

/** "Arrived during item 3; left after item 6." */
function movementWords(entry: RosterEntry, numberOf: ReadonlyMap<string, string>): string {
  const moves = entry.attendance?.movements ?? [];
  return moves.map((m) => `${m.kind === 'arrived' ? 'Arrived' : 'Left'} ${m.when ?? 'during'} item ${numberOf.get(m.itemId) ?? '?'}`).join('; ');
}

/** One person: how they attend, and their arrival or departure during the item on screen. */
export function AttendanceRow({
  entry,
  item,
  inRoom,
  numberOf,
  substituteFor,
}: {
  entry: RosterEntry;
  item: NumberedItem;
  inRoom: boolean;
  numberOf: ReadonlyMap<string, string>;
  substituteFor: string | undefined;
}): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const change = useMutation(refresh);
  const id = useId();
  const { person, membership, attendance } = entry;
  const meetingId = detail.meeting.id;
  const status: Choice = attendance?.status ?? 'none';
  const role = substituteFor !== undefined ? `Substitute for ${substituteFor}` : membership !== null ? roleWords(membership.role) : 'Not a member';
  const moves = movementWords(entry, numberOf);
  const canMove =
    attendance !== null && (attendance.status === 'present' || attendance.status === 'in-attendance' || attendance.status === 'observer');

  const setStatus = (next: Choice): void => {
    if (next === 'none') {
      void change.run(() => call('attendance.remove', { meetingId, personId: person.id }), `${person.name}: attendance not recorded.`);
      return;
    }
    const substitute = attendance?.substituteForPersonId;
    void change.run(
      () =>
        call('attendance.set', {
          meetingId,
          personId: person.id,
          status: next,
          ...(substitute === undefined ? {} : { substituteForPersonId: substitute }),
        }),
      `${person.name}: ${attendanceWords(next)}.`,
    );
  };

  // An arrival during or before the item on screen; a departure during or after it.
  const move = (kind: 'arrived' | 'left', when: MovementTiming): void =>
    void change.run(
      () => call('attendance.recordMovement', { meetingId, personId: person.id, kind, itemId: item.id, when }),
      `${person.name} ${kind === 'arrived' ? 'arrived' : 'left'} ${when} item ${item.number}.`,
    );
  const otherTiming: MovementTiming = inRoom ? 'after' : 'before';

  const undoLastMove = (): void =>
    void change.run(
      () => call('attendance.undoMovement', { meetingId, personId: person.id }),
      `The last arrival or departure of ${person.name} was removed.`,
    );

  return (
    <li className="roster__row" data-person={person.name}>
      <div className="roster__who">
        <label className="roster__name" htmlFor={id}>
          {person.name}
        </label>
        <span className="roster__role" id={`${id}-role`}>
          {role}
          {canMove && !inRoom ? <span className="roster__out">, out of the room at item {item.number}</span> : null}
        </span>
        {moves === '' ? null : <span className="roster__moves">{moves}.</span>}
      </div>
      <div className="roster__controls">
        <select
          id={id}
          className="roster__status"
          value={status}
          disabled={locked}
          aria-describedby={`${id}-role`}
          onChange={(event) => {
            const chosen = CHOICES.find((c) => c === event.target.value);
            if (chosen !== undefined) setStatus(chosen);
          }}
        >
          <option value="none">Not recorded</option>
          {ATTENDANCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {attendanceWords(s)}
            </option>
          ))}
        </select>
        {!locked && canMove ? (
          <button
            type="button"
            className="button button--small button--secondary"
            aria-disabled={change.busy}
            onClick={() => move(inRoom ? 'left' : 'arrived', 'during')}
          >
            {inRoom ? 'Left' : 'Arrived'} during item {item.number}
            <span className="visually-hidden"> ({person.name})</span>
          </button>
        ) : null}
        {!locked && canMove ? (
          <button
            type="button"
            className="link-button roster__timing"
            aria-disabled={change.busy}
            onClick={() => move(inRoom ? 'left' : 'arrived', otherTiming)}
          >
            {inRoom ? 'Left' : 'Arrived'} {otherTiming} item {item.number}
            <span className="visually-hidden"> ({person.name})</span>
          </button>
        ) : null}
        {!locked && moves !== '' ? (
          <button type="button" className="link-button roster__undo" aria-disabled={change.busy} onClick={undoLastMove}>
            Undo last<span className="visually-hidden"> arrival or departure of {person.name}</span>
          </button>
        ) : null}
      </div>
      <FormError error={change.error} />
    </li>
  );
}
