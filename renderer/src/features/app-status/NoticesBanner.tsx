import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Notice } from '../../../../shared/api/views';
import type { ApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../../../shared/domain';
import { ReadOnlyBanner } from './ReadOnlyBanner';

const LEVEL_WORDS: Readonly<Record<Notice['level'], string>> = {
  info: 'Note',
  warning: 'Warning',
  error: 'Problem',
};

/**
 * What the store did on opening (recovered a file, migrated), shown above every screen until hidden; and, above
 * them and never hidden, that the folder is open read-only and why.
 */
export function NoticesBanner({ status, onRetry }: { status: ApiQuery<'app.status'>; onRetry: () => void }): ReactNode {
  const [hidden, setHidden] = useState(false);
  if (status.isPending) return null;
  if (status.isLoadingError) {
    return (
      <section className="notices" aria-label="Notices">
        <div className="container">
          <ErrorAlert error={status.error} context="Minute Book could not open its data." onRetry={onRetry} />
        </div>
      </section>
    );
  }
  const { notices, readOnly, readOnlyReason } = status.data;
  const readOnlyBanner = readOnly ? <ReadOnlyBanner reason={readOnlyReason} /> : null;
  if (notices.length === 0 || hidden) return readOnlyBanner;
  return (
    <>
      {readOnlyBanner}
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
    </>
  );
}
