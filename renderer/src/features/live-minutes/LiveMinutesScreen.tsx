import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { isLocked } from '../../../../shared/domain/meeting-transitions';
import { useApi } from '../../api/ApiProvider';
import { ApiCallError } from '../../api/api-call-error';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { AttendancePanel } from './AttendancePanel';
import { afterNextPaint, draftStore, localDraftStorage } from './draft-store';
import { ItemPanel } from './ItemPanel';
import { ItemSwitcher } from './ItemSwitcher';
import { LiveMeetingContext, type LiveMeeting } from './meeting-context';
import { MeetingPagesNav } from '../../components/MeetingPagesNav';
import { MeetingStatusBar } from './MeetingStatusBar';
import type { SaveFailure } from './minute-autosave';
import { createMinuteSession, type MinuteSession } from './minute-session';
import { QuorumIndicator } from './QuorumIndicator';
import { SaveStatus, saveStatusWords } from './SaveStatus';
import { useMeetingWork, type MeetingWork } from './use-meeting-work';
import { useAfterFirstPaint } from './use-after-first-paint';
import { useWideLayout } from './use-wide-layout';
import { plural } from './words';
import './live-minutes.css';

/** The meeting, item by item, as the clerk minutes it: the minute, decisions, actions, attendance and quorum. */
export function LiveMinutesScreen({
  meetingId,
  itemId,
}: {
  meetingId: string;
  /** Open at this item (from a search). */ itemId?: string;
}): ReactNode {
  const work = useMeetingWork(meetingId);
  useWideLayout();
  useScreenTitle(work.status === 'ready' ? work.value.detail : undefined);

  if (work.status === 'loading') return <LoadingMessage>Loading the meeting…</LoadingMessage>;
  if (work.status === 'error') {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Minutes</PageHeading>
        <ErrorAlert error={work.error} context="The minutes of this meeting could not be opened." onRetry={work.retry} />
      </>
    );
  }
  return <LiveMinutes work={work.value} refresh={work.refresh} arriveAt={itemId} />;
}

const describeFailure = (thrown: unknown): SaveFailure => {
  const code = thrown instanceof ApiCallError ? thrown.code : 'internal';
  const message = thrown instanceof Error ? thrown.message : 'The minute could not be saved.';
  // Signed or cancelled minutes, an item that was removed, or a folder open read-only: trying again cannot help.
  // (A full disk while open is an io_error, retried: once space is freed the words are saved without a click.)
  const final = code === 'locked' || code === 'conflict' || code === 'not_found' || code === 'invalid_input' || code === 'read_only';
  return { message, final };
};

const itemMemoryKey = (meetingId: string): string => `minute-book.live-item:${meetingId}`;

function rememberedItem(meetingId: string): string | null {
  try {
    return window.sessionStorage.getItem(itemMemoryKey(meetingId));
  } catch {
    return null;
  }
}

function LiveMinutes({ work, refresh, arriveAt }: { work: MeetingWork; refresh: () => Promise<void>; arriveAt: string | undefined }): ReactNode {
  const { call } = useApi();
  const announce = useAnnounce();
  const { meeting, board, items } = work.detail;
  const locked = isLocked(meeting.status) || meeting.status === 'cancelled';

  // One session for the visit, made from the minutes as they were on arrival; the editor is the truth after that.
  const [session] = useState<MinuteSession>(() =>
    createMinuteSession({
      meetingId: meeting.id,
      minutes: work.detail.minutes,
      drafts: draftStore(localDraftStorage()),
      save: (itemId, text) => call('minutes.save', { meetingId: meeting.id, itemId, text }),
      describeFailure,
      readOnly: locked,
      deferDraft: afterNextPaint,
    }),
  );

  const [currentId, setCurrentId] = useState<string | null>(() => {
    // The item asked for in the address (a search result) first, else the one the clerk was last on.
    const remembered = arriveAt ?? rememberedItem(meeting.id);
    return items.some((i) => i.id === remembered) ? remembered : (items[0]?.id ?? null);
  });
  const current = items.find((i) => i.id === currentId) ?? items[0] ?? null;
  const focusEditorNext = useRef(false);

  const goTo = useCallback(
    (itemId: string, focusEditor: boolean) => {
      focusEditorNext.current = focusEditor;
      setCurrentId(itemId);
      try {
        window.sessionStorage.setItem(itemMemoryKey(meeting.id), itemId);
      } catch {
        /* the item is simply not remembered */
      }
    },
    [meeting.id],
  );

  const saveNow = useCallback(async () => {
    const state = await session.flushAll();
    announce(saveStatusWords(state));
  }, [announce, session]);

  // Leaving the screen or the window, or the window being hidden, saves at once; whatever cannot be saved in time
  // is in the draft.
  useEffect(() => {
    const onHide = (): void => void session.flushAll();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      onHide();
    };
  }, [session]);

  // Ctrl+S saves now; Alt+Page Up and Alt+Page Down move between items without leaving the keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveNow();
        return;
      }
      if (event.altKey && !mod && (event.key === 'PageDown' || event.key === 'PageUp') && current !== null) {
        const at = items.findIndex((i) => i.id === current.id);
        const next = items[event.key === 'PageDown' ? at + 1 : at - 1];
        if (next === undefined) return;
        event.preventDefault();
        goTo(next.id, true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, goTo, items, saveNow]);

  useEffect(() => {
    if (session.restoredItems.length > 0) {
      announce(`Words typed earlier on this computer were put back in ${plural(session.restoredItems.length, 'item')}.`);
    }
  }, [announce, session]);

  const context = useMemo<LiveMeeting>(() => ({ ...work, locked, refresh }), [work, locked, refresh]);
  // The item's minute first, so the clerk can type; attendance, quorum and the rest a frame later.
  const complete = useAfterFirstPaint();
  const restored = session.restoredItems.map((id) => items.find((i) => i.id === id)?.number).filter((n) => n !== undefined);

  return (
    <LiveMeetingContext value={context}>
      <ScreenCrumbs known={work.detail} />
      <PageHeading caption={board.name}>Minutes: {formatLongDate(meeting.date)}</PageHeading>
      <MeetingPagesNav meetingId={meeting.id} current="live-minutes" />
      <div className="live-minutes__bar">
        <MeetingStatusBar />
        {locked ? null : <SaveStatus session={session} onRetry={() => void saveNow()} />}
      </div>
      {restored.length > 0 ? (
        <p className="callout">
          Words typed on this computer that had not reached the data folder were put back in {restored.length === 1 ? 'item' : 'items'}{' '}
          {restored.join(', ')}, and saved.
        </p>
      ) : null}
      {current === null ? (
        <p className="callout">
          This meeting has no agenda items yet.{' '}
          <a href={hrefFor({ name: 'agenda-builder', meetingId: meeting.id })}>Add them in the agenda builder</a>; then each item gets its minute
          here.
        </p>
      ) : (
        <div className="live-minutes" data-live-minutes-ready="" data-live-minutes-complete={complete ? '' : undefined}>
          <div className="live-minutes__main">
            <ItemSwitcher items={items} currentId={current.id} onGo={goTo} />
            <ItemPanel
              key={current.id}
              item={current}
              autosave={session.forItem(current.id)}
              focusEditor={focusEditorNext}
              onGo={goTo}
              complete={complete}
            />
          </div>
          <aside className="live-minutes__side" aria-label="Attendance and quorum">
            {complete ? (
              <>
                <QuorumIndicator item={current} />
                <AttendancePanel item={current} />
              </>
            ) : (
              <LoadingMessage>Loading the attendance…</LoadingMessage>
            )}
          </aside>
        </div>
      )}
    </LiveMeetingContext>
  );
}
