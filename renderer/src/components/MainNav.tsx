import type { ReactNode } from 'react';
import { useRoute } from '../routing/RouteProvider';
import { hrefFor, routeSpec, type KnownRoute, type Section } from '../routing/routes';

type Link = {
  readonly label: string;
  /** The screen the link opens; every screen of its section keeps the link marked as the current section. */
  readonly page: Extract<KnownRoute, { name: Section }>;
  /** A keyboard shortcut that opens it from anywhere. */
  readonly keys?: string;
};

const LINKS: readonly Link[] = [
  { label: 'Boards', page: { name: 'boards' } },
  { label: 'Actions', page: { name: 'actions', search: '' } },
  { label: 'Resolutions', page: { name: 'resolutions', search: '' } },
  { label: 'Reward', page: { name: 'reward', search: '' } },
  { label: 'Search', page: { name: 'search', search: '' }, keys: 'Control+K' },
  { label: 'Backups', page: { name: 'backups' } },
];

export function MainNav(): ReactNode {
  const { route } = useRoute();
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="main-nav__list">
        {LINKS.map((link) => {
          const here = route.name === link.page.name;
          const active = route.name !== 'not-found' && routeSpec(route.name).section === link.page.name;
          return (
            <li key={link.page.name}>
              <a
                className={active ? 'main-nav__link main-nav__link--active' : 'main-nav__link'}
                href={hrefFor(link.page)}
                aria-current={here ? 'page' : undefined}
                aria-keyshortcuts={link.keys}
              >
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
