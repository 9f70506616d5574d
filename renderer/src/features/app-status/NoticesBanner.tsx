import { useState } from 'react';
import type { ReactNode } from 'react';
import type { AppStatus, Notice } from '../../../../shared/api/views';
import type { QueryState } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../../../shared/domain';

const LEVEL_WORDS: Readonly<Record<Notice['level'], string>> = {
  info: 'Note',
  warning: 'Warning',
  error: 'Problem',
};

const READ_ONLY: Notice = {
  level: 'warning',
  message:
    'Read only: another copy of Minute Book is using this data folder, so nothing you change here can be saved. Close the other copy, then restart Minute Book.',
  at: '',
};

/** What the store did on opening (recovered a file, migrated, read only), shown once above every screen. */
export function NoticesBanner({
  status,
  onRetry,
}: {
  status: QueryState<AppStatus>;
  onRetry: () => void;
}): ReactNode {
  const [hidden, setHidden] = useState(false);
  if (status.status === 'loading') return null;
  if (status.status === 'error') {
    return (
      <section className="notices" aria-label="Notices">
        <div className="container">
          <ErrorAlert error={status.error} context="Minute Book could not open its data." onRetry={onRetry} />
        </div>
      </section>
    );
  }
  const notices = status.value.readOnly ? [READ_ONLY, ...status.value.notices] : status.value.notices;
  if (notices.length === 0 || hidden) return null;
  return (
    <section className="notices" aria-label="Notices">
      <div className="container notices__inner">
        <ul className="notices__list">
          {notices.map((notice, index) => (
            <li key={`${index}:${notice.at}`} className={`notice notice--${notice.level}`}>
              <p>
                <strong>{LEVEL_WORDS[notice.level]}:</strong> {notice.message}
              </p>
              {notice.at ? <p className="notice__time">{formatTimestamp(notice.at)}</p> : null}
            </li>
          ))}
        </ul>
        <button type="button" className="button button--secondary" onClick={() => setHidden(true)}>
          Hide {notices.length === 1 ? 'this notice' : 'these notices'}
        </button>
      </div>
    </section>
  );
}
