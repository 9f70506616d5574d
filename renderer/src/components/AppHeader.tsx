import type { ReactNode } from 'react';
import { hrefFor } from '../routing/routes';
import { MainNav } from './MainNav';

export function AppHeader(): ReactNode {
  return (
    <header className="app-header">
      <div className="container app-header__inner">
        <a className="app-header__name" href={hrefFor({ name: 'boards' })}>
          Minute Book
        </a>
        <MainNav />
      </div>
    </header>
  );
}
