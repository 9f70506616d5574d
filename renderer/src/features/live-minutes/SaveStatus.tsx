import { memo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { formatTime } from '../../../../shared/domain/british-dates';
import { londonParts } from '../../../../shared/domain/london-time';
import type { MinuteSession, SessionState } from './minute-session';
import { plural } from './words';

const timeOf = (iso: string): string => formatTime(londonParts(new Date(iso)).time);

export function saveStatusWords(state: SessionState): string {
  switch (state.kind) {
    case 'saved':
      return state.lastSavedAt === null ? 'All changes saved' : `All changes saved at ${timeOf(state.lastSavedAt)}`;
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return `Unsaved changes in ${plural(state.pendingItems.length, 'item')}, kept on this computer`;
    case 'failed':
      return `Not saved: ${state.failure ?? 'the minutes could not be saved'} Your words are kept on this computer.`;
  }
}

/**
 * Whether the backend has every word. It re-renders only when that changes (not at every keystroke) and is not a
 * live region: announcing "Saving… Saved" every few seconds would drown a screen reader. Ctrl+S announces instead.
 */
export const SaveStatus = memo(function SaveStatus({ session, onRetry }: { session: MinuteSession; onRetry: () => void }): ReactNode {
  const state = useSyncExternalStore(session.subscribe, session.state);
  return (
    <div className={`save-status save-status--${state.kind}`} data-save-state={state.kind}>
      <span className="save-status__text">{saveStatusWords(state)}</span>
      {state.kind === 'failed' ? (
        <button type="button" className="button button--small button--secondary" onClick={onRetry}>
          Try saving again
        </button>
      ) : null}
    </div>
  );
});
