import { useCallback, useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { MemberView } from '../../../../shared/api/views';
import { londonDateOf } from '../../../../shared/domain';
import { useApiQuery } from '../../api/use-api-query';
import { useLiveQuery } from '../../api/use-live-query';
import { useAnnounce } from '../../components/Announcer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/use-document-title';
import { hrefFor } from '../../routing/routes';
import { AddMemberForm } from './AddMemberForm';
import { MemberCard } from './MemberCard';
import { TermReminders } from './TermReminders';
import { groupMembers } from './member-groups';

/** A board's members: current, appointed from a later date, and past (kept, because old minutes name them). */
export function MembersScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  const members = useLiveQuery('members.list', { boardId, includePast: true });
  const people = useLiveQuery('people.list', {});
  const reminders = useLiveQuery('members.termReminders', { boardId });
  const announce = useAnnounce();
  const today = londonDateOf(new Date());
  useDocumentTitle(board.status === 'ready' ? `Members: ${board.value.name}` : 'Members');
  const memberList = members.status === 'ready' ? members.value : null;
  const groups = useMemo(() => (memberList ? groupMembers(memberList, today) : null), [memberList, today]);
  const { refresh: refreshMembers } = members;
  const { refresh: refreshPeople } = people;
  const { refresh: refreshReminders } = reminders;
  const refresh = useCallback(async () => {
    await Promise.all([refreshMembers(), refreshPeople(), refreshReminders()]);
  }, [refreshMembers, refreshPeople, refreshReminders]);
  const changed = useCallback(
    async (message: string) => {
      await refresh();
      announce(message);
    },
    [refresh, announce],
  );

  const trail = [{ label: 'Boards', href: hrefFor({ name: 'boards' }) }];
  const failure = board.status === 'error' ? board.error : members.status === 'error' ? members.error : people.status === 'error' ? people.error : null;
  if (failure) {
    return (
      <>
        <Breadcrumbs trail={[...trail, { label: 'Members' }]} />
        <PageHeading>Members</PageHeading>
        <ErrorAlert error={failure} context="The members of this board could not be shown." onRetry={() => void refresh()} />
      </>
    );
  }
  if (board.status !== 'ready' || groups === null || people.status !== 'ready') return <LoadingMessage>Loading the members…</LoadingMessage>;

  const currentIds = new Set([...groups.current, ...groups.future].map((m) => m.person.id));
  return (
    <>
      <Breadcrumbs trail={[...trail, { label: board.value.name, href: hrefFor({ name: 'board', boardId }) }, { label: 'Members' }]} />
      <PageHeading caption={board.value.name}>Members</PageHeading>
      {members.refreshError ? <ErrorAlert error={members.refreshError} context="The list of members could not be brought up to date." /> : null}
      {reminders.status === 'ready' ? <TermReminders reminders={reminders.value} onChanged={changed} /> : null}
      {reminders.status === 'error' ? <ErrorAlert error={reminders.error} context="Reminders of members’ terms could not be shown." onRetry={() => void refreshReminders()} /> : null}
      {groups.current.length + groups.future.length + groups.past.length === 0 ? (
        <EmptyState title="This board has no members yet.">
          <p>Add the chair and the members below. Minute Book uses them for attendance, quorum and votes.</p>
        </EmptyState>
      ) : (
        <MemberGroup title="Current members" members={groups.current} today={today} onChanged={changed} whenEmpty="Nobody is a member today." />
      )}
      {groups.future.length > 0 ? <MemberGroup title="Joining later" members={groups.future} today={today} onChanged={changed} /> : null}
      <section className="form-panel" aria-labelledby="add-member-heading">
        <h2 id="add-member-heading">Add a member</h2>
        <AddMemberForm boardId={boardId} people={people.value} currentIds={currentIds} today={today} onAdded={refresh} />
      </section>
      {groups.past.length > 0 ? (
        <MemberGroup title="Past members" members={groups.past} today={today} onChanged={changed} />
      ) : null}
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
