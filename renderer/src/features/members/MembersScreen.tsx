import { useCallback, useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { MemberView } from '../../../../shared/api/views';
import { londonDateOf } from '../../../../shared/domain';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { useScreenTitle } from '../../routing/use-screen-title';
import { AddMemberForm } from './AddMemberForm';
import { MemberCard } from './MemberCard';
import { PasteMembersForm } from './PasteMembersForm';
import { TermReminders } from './TermReminders';
import { groupMembers } from './member-groups';

/** A board's members: current, appointed from a later date, and past (kept, because old minutes name them). */
export function MembersScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  const members = useApiQuery('members.list', { boardId, includePast: true });
  const people = useApiQuery('people.list', {});
  const reminders = useApiQuery('members.termReminders', { boardId });
  const announce = useAnnounce();
  const today = londonDateOf(new Date());
  useScreenTitle({ board: board.data });
  const memberList = members.data ?? null;
  const groups = useMemo(() => (memberList ? groupMembers(memberList, today) : null), [memberList, today]);
  // After a change: wait for the lists it made stale (or ask again), so the announcement follows what is shown.
  const refresh = async (): Promise<void> => {
    await Promise.all([refreshed(members), refreshed(people), refreshed(reminders)]);
  };
  const changed = useCallback(
    async (message: string) => {
      await Promise.all([refreshed(members), refreshed(people), refreshed(reminders)]);
      announce(message);
    },
    [members, people, reminders, announce],
  );

  const failure = board.isLoadingError ? board.error : members.isLoadingError ? members.error : people.isLoadingError ? people.error : null;
  if (failure) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Members</PageHeading>
        <ErrorAlert error={failure} context="The members of this board could not be shown." onRetry={() => void refresh()} />
      </>
    );
  }
  if (board.data === undefined || groups === null || people.data === undefined) return <LoadingMessage>Loading the members…</LoadingMessage>;

  const currentIds = new Set([...groups.current, ...groups.future].map((m) => m.person.id));
  return (
    <>
      <ScreenCrumbs known={{ board: board.data }} />
      <PageHeading caption={board.data.name}>Members</PageHeading>
      {members.isRefetchError ? <ErrorAlert error={members.error} context="The list of members could not be brought up to date." /> : null}
      {reminders.data !== undefined ? <TermReminders reminders={reminders.data} onChanged={changed} /> : null}
      {reminders.isLoadingError ? (
        <ErrorAlert error={reminders.error} context="Reminders of members’ terms could not be shown." onRetry={() => void reminders.refetch()} />
      ) : null}
      <section className="form-panel" aria-labelledby="add-member-heading">
        <h2 id="add-member-heading">Add a member</h2>
        <AddMemberForm boardId={boardId} people={people.data} currentIds={currentIds} today={today} onAdded={refresh} />
        <details className="paste-members">
          <summary>Paste a list of members</summary>
          <PasteMembersForm boardId={boardId} today={today} onAdded={refresh} />
        </details>
      </section>
      {groups.current.length + groups.future.length + groups.past.length === 0 ? (
        <EmptyState title="This board has no members yet.">
          <p>Add the chair and the members above. Minute Book uses them for attendance, quorum and votes.</p>
        </EmptyState>
      ) : (
        <MemberGroup title="Current members" members={groups.current} today={today} onChanged={changed} whenEmpty="Nobody is a member today." />
      )}
      {groups.future.length > 0 ? <MemberGroup title="Joining later" members={groups.future} today={today} onChanged={changed} /> : null}
      {groups.past.length > 0 ? <MemberGroup title="Past members" members={groups.past} today={today} onChanged={changed} /> : null}
    </>
  );
}

function MemberGroup({
  title,
  members,
  today,
  onChanged,
  whenEmpty,
}: {
  title: string;
  members: readonly MemberView[];
  today: string;
  onChanged: (message: string) => Promise<void>;
  whenEmpty?: string;
}): ReactNode {
  const headingId = useId();
  return (
    <section className="member-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">({members.length})</span>
      </h2>
      {members.length === 0 ? (
        <p className="quiet">{whenEmpty}</p>
      ) : (
        <ul className="card-list member-list">
          {members.map((member) => (
            <MemberCard key={member.membership.id} member={member} today={today} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}
