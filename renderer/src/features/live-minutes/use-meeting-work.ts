import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingDetail, MemberView } from '../../../../shared/api/views';
import type { Person } from '../../../../shared/model/person';
import { toApiCallError, type ApiCallError } from '../../api/api-call-error';
import { useApi } from '../../api/ApiProvider';

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
 * Loads a meeting for the live minutes and approval screens. `refresh` asks again but keeps showing what is there
 * meanwhile: after each decision, action or attendance change the screen updates in place, without a loading
 * flash and without disturbing the editor.
 */
export function useMeetingWork(meetingId: string): MeetingWorkState & { readonly refresh: () => Promise<void>; readonly retry: () => void } {
  const { call } = useApi();
  const [state, setState] = useState<MeetingWorkState>({ status: 'loading' });
  const latest = useRef(0);

  const load = useCallback(async (): Promise<void> => {
    const ticket = (latest.current += 1);
    try {
      // The meeting first: the members are those of its board on its day. People load alongside.
      const peoplePromise = call('people.list', {});
      // Marked as handled now: if the meeting fails first, this one's failure must not surface as unhandled.
      peoplePromise.catch(() => undefined);
      // The carried-forward actions are loaded by the one panel that shows them: they cost a read of the board's history.
      const detail = await call('meetings.get', { id: meetingId, carriedActions: false });
      const [members, people] = await Promise.all([call('members.list', { boardId: detail.board.id, on: detail.meeting.date }), peoplePromise]);
      if (ticket === latest.current) setState({ status: 'ready', value: { detail, members, people } });
    } catch (thrown) {
      const error = toApiCallError('meetings.get', thrown);
      // A failed refresh keeps the screen as it was (the caller hears of it); a failed first load shows the error.
      if (ticket === latest.current) setState((previous) => (previous.status === 'ready' ? previous : { status: 'error', error }));
      throw error;
    }
  }, [call, meetingId]);

  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    load().catch(() => undefined);
  }, [load]);

  return { ...state, refresh: load, retry };
}
