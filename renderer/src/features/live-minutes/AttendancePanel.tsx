import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { peopleInRoom } from '../../../../shared/domain/quorum';
import { ATTENDANCE_STATUSES } from '../../../../shared/model/attendance';
import { useApi } from '../../api/ApiProvider';
import { AddAttendeeForm } from './AddAttendeeForm';
import { AttendanceFacts } from './AttendanceFacts';
import { AttendanceRow } from './AttendanceRow';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { buildRoster } from './roster';
import { useMutation } from './use-mutation';
import { useQuorumFacts } from './use-quorum-facts';
import { attendanceWords, plural } from './words';

const ROLES_NOT_MARKED_BY_DEFAULT = new Set(['substitute', 'officer-in-attendance']);

/** Who is at the meeting, and who comes and goes during the item on screen. */
export function AttendancePanel({ item }: { item: NumberedItem }): ReactNode {
  const { detail, members, people, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const facts = useQuorumFacts();
  const headingId = useId();
  const markRest = useMutation(refresh);
  const roster = useMemo(() => buildRoster(members, detail.attendance, people), [members, detail.attendance, people]);
  const inRoom = useMemo(() => new Set(peopleInRoom(facts, item.id)), [facts, item.id]);
  const numberOf = useMemo(() => new Map(detail.items.map((i) => [i.id, i.number])), [detail.items]);
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);

  const counts = ATTENDANCE_STATUSES.map((status) => [status, detail.attendance.filter((a) => a.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${attendanceWords(status)}: ${n}`);
  const unmarked = roster.filter((e) => e.attendance === null && e.membership !== null && !ROLES_NOT_MARKED_BY_DEFAULT.has(e.membership.role));

  // One call: everyone is marked, or nobody is.
  const markAllPresent = (): void =>
    void markRest.run(
      () => call('attendance.markPresent', { meetingId: detail.meeting.id, personIds: unmarked.map((entry) => entry.person.id) }),
      `${plural(unmarked.length, 'member')} marked as present.`,
    );

  return (
    <section className="attendance" aria-labelledby={headingId}>
      <h2 id={headingId} className="attendance__title">
        Attendance
      </h2>
      <p className="attendance__summary">{counts.length === 0 ? 'Nobody is recorded yet.' : counts.join(', ')}</p>
      {!locked && unmarked.length > 0 ? (
        <div className="attendance__bulk">
          <button type="button" className="button button--small button--secondary" aria-disabled={markRest.busy} onClick={markAllPresent}>
            Mark the {plural(unmarked.length, 'member')} not yet recorded as present
          </button>
          <FormError error={markRest.error} />
        </div>
      ) : null}
      <ul className="roster">
        {roster.map((entry) => (
          <AttendanceRow
            key={entry.person.id}
            entry={entry}
            item={item}
            inRoom={inRoom.has(entry.person.id)}
            numberOf={numberOf}
            substituteFor={entry.attendance?.substituteForPersonId === undefined ? undefined : names.get(entry.attendance.substituteForPersonId)}
          />
        ))}
      </ul>
      <AttendanceFacts />
      {locked ? null : <AddAttendeeForm roster={roster} />}
    </section>
  );
}
