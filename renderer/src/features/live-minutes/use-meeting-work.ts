import { partialMatchKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { MeetingDetail, MemberView } from '../../../../shared/api/views';
import type { Person } from '../../../../shared/model/person';
import type { ApiCallError } from '../../api/api-call-error';
import { useApiQuery } from '../../api/use-api-query';

/** A meeting with what its minutes screens need besides: the board's members on the day, and everyone on file. */
export type MeetingWork = {
  readonly detail: MeetingDetail;
  /** Members whose term covers the day of the meeting. */
  readonly members: readonly MemberView[];
  readonly people: readonly Person[];
};

export type MeetingWorkState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: MeetingWork }
  | { readonly status: 'error'; readonly error: ApiCallError };

/**
 * Loads a meeting for the live minutes and approval screens: the meeting, its board's members on its day (once the
 * meeting has said which board and day) and everyone on file, as the route table's early calls ask for them.
 * After a change the answers are asked for again while the screen keeps showing what is there: it updates in
 * place, without a loading flash and without disturbing the editor. `refresh` waits for those answers.
 */
export function useMeetingWork(meetingId: string): MeetingWorkState & { readonly refresh: () => Promise<void>; readonly retry: () => void } {
  const people = useApiQuery('people.list', {});
  // The carried-forward actions are loaded by the one panel that shows them: they cost a read of the board's history.
  const detail = useApiQuery('meetings.get', { id: meetingId, carriedActions: false });
  const on = detail.data === undefined ? undefined : { boardId: detail.data.board.id, on: detail.data.meeting.date };
  // A meeting moved to another day keeps its members on screen until those of the new day come.
  const members = useApiQuery('members.list', on ?? { boardId: '' }, { enabled: on !== undefined, keepPrevious: true });

  const value = useMemo<MeetingWork | null>(
    () => (detail.data && members.data && people.data ? { detail: detail.data, members: members.data, people: people.data } : null),
    [detail.data, members.data, people.data],
  );
  const queryClient = useQueryClient();
  // Waits for the requests a change started (its invalidation rule says which of the screen's answers it made
  // stale), asking nothing more; the change is announced as those answers come, before the screen redraws.
  const refresh = useCallback(async (): Promise<void> => {
    const mine = [['meetings.get', { id: meetingId }], ['members.list'], ['people.list']] as const;
    await queryClient.refetchQueries(
      { type: 'active', fetchStatus: 'fetching', predicate: (query) => mine.some((key) => partialMatchKey(query.queryKey, key)) },
      { cancelRefetch: false },
    );
  }, [queryClient, meetingId]);
  const retry = useCallback(() => {
    for (const query of [detail, members, people]) if (query.isError) void query.refetch();
  }, [detail, members, people]);

  const failed = [detail, members, people].find((query) => query.isLoadingError);
  const state: MeetingWorkState = value
    ? { status: 'ready', value }
    : failed?.error
      ? { status: 'error', error: failed.error }
      : { status: 'loading' };
  return { ...state, refresh, retry };
}
