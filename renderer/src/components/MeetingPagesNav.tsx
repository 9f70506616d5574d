import type { ReactNode } from 'react';
import { hrefFor } from '../routing/routes';
import './meeting-pages-nav.css';

type Page = 'meeting' | 'live-minutes' | 'approval' | 'access';

const PAGES: readonly { readonly page: Page; readonly label: string }[] = [
  { page: 'meeting', label: 'Agenda' },
  { page: 'live-minutes', label: 'Live minutes' },
  { page: 'approval', label: 'Approval and signing' },
  { page: 'access', label: 'Access checklist' },
];

/** The pages of one meeting, from its agenda to its signed minutes. */
export function MeetingPagesNav({ meetingId, current }: { meetingId: string; current: Page }): ReactNode {
  return (
    <nav className="meeting-pages" aria-label="This meeting">
      <ul className="meeting-pages__list">
        {PAGES.map(({ page, label }) => (
          <li key={page}>
            <a
              className={page === current ? 'meeting-pages__link meeting-pages__link--current' : 'meeting-pages__link'}
              href={hrefFor({ name: page, meetingId })}
              aria-current={page === current ? 'page' : undefined}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
