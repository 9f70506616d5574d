import type { ReactNode } from 'react';
import { useRoute } from '../routing/RouteProvider';
import { hrefFor } from '../routing/routes';
import type { Route } from '../routing/routes';

type Section = {
  readonly label: string;
  readonly href: string;
  /** The screen the link opens. */
  readonly page: Route['name'];
  /** Screens reached from it, which keep the link marked as the current section. */
  readonly within: readonly Route['name'][];
  /** A keyboard shortcut that opens it from anywhere. */
  readonly keys?: string;
};

const SECTIONS: readonly Section[] = [
  { label: 'Boards', href: hrefFor({ name: 'boards' }), page: 'boards', within: ['board', 'meeting', 'board-new', 'board-edit', 'members', 'meeting-new', 'meeting-edit', 'agenda-builder', 'live-minutes', 'approval', 'access', 'coproduction', 'participation', 'you-said', 'reports'] },
  { label: 'Actions', href: hrefFor({ name: 'actions', search: '' }), page: 'actions', within: [] },
  { label: 'Resolutions', href: hrefFor({ name: 'resolutions', search: '' }), page: 'resolutions', within: [] },
  { label: 'Reward', href: hrefFor({ name: 'reward', search: '' }), page: 'reward', within: [] },
  { label: 'Search', href: hrefFor({ name: 'search', search: '' }), page: 'search', within: [], keys: 'Control+K' },
  { label: 'Backups', href: hrefFor({ name: 'backups' }), page: 'backups', within: [] },
];

export function MainNav(): ReactNode {
  const { route } = useRoute();
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="main-nav__list">
        {SECTIONS.map((section) => {
          const here = route.name === section.page;
          const active = here || section.within.includes(route.name);
          return (
            <li key={section.page}>
              <a
                className={active ? 'main-nav__link main-nav__link--active' : 'main-nav__link'}
                href={section.href}
                aria-current={here ? 'page' : undefined}
                aria-keyshortcuts={section.keys}
              >
                {section.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
