import type { ReactNode } from 'react';
import './read-only-banner.css';

const WITHOUT_REASON = 'This data folder is open read-only: you can read, search, print and export, but no change can be saved.';

/**
 * Shown above every screen while the data folder is open read-only, with the reason (a full disk, a folder that can
 * only be read). It stays for the whole visit and cannot be hidden: every change is refused until the folder is
 * opened again. A status, not an alert: it is news once, when the app opens, not an interruption.
 */
export function ReadOnlyBanner({ reason }: { reason: string | undefined }): ReactNode {
  return (
    <section className="notices read-only-banner" aria-label="Read only">
      <div className="container">
        <div className="notice notice--warning" role="status">
          <p>
            <strong>Read only.</strong> {reason ?? WITHOUT_REASON}
          </p>
        </div>
      </div>
    </section>
  );
}
