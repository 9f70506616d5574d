import type { ReactNode } from 'react';
import type { AppStatus } from '../../../shared/api/views';

export function AppFooter({ status }: { status: AppStatus | null }): ReactNode {
  return (
    <footer className="app-footer">
      <div className="container">
        <p>
          Minute Book{status ? ` ${status.version}` : ''}
          {status ? (
            <>
              {' · '}Data folder: <span className="app-footer__path">{status.dataDir}</span>
            </>
          ) : null}
        </p>
      </div>
    </footer>
  );
}
